package org.banach.plugins.games.saddle;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;

import org.banach.api.games.SaddlePoint;

/**
 * The linear assignment programme min Σ c_ij x_ij s.t. Σ_j x_ij = 1 (rows), Σ_i x_ij = 1 (columns),
 * x ≥ 0 as the saddle min_x max_y ⟨Ax, y⟩ + G(x) − F*(y) with K = A (2n × n², the row and column sums),
 * G(x) = cᵀx + ι_{x≥0}, F*(y) = 1ᵀy. So y is the multiplier of the equality constraints with the sign
 * of Chambolle–Pock's form: the dual programme is max −1ᵀy s.t. c + Aᵀy ≥ 0, i.e. the classical
 * potentials are u = −y_rows, v = −y_columns with u_i + v_j ≤ c_ij. x is row-major (x_ij at i·n + j);
 * y holds the n row multipliers, then the n column ones. A is applied directly (row and column sums,
 * O(n²)), not as a dense matrix. Relative KKT measures (PDLP): primal infeasibility
 * ‖(Ax − 1, min(x, 0))‖₂ / (1 + √(2n)), dual infeasibility ‖min(c + Aᵀy, 0)‖₂ / (1 + ‖c‖₂).
 * The optimum (value and a saddle point) is the exact {@link Hungarian} solution; start (0, 0).
 */
public final class AssignmentLp implements SaddlePoint {

    private final String name;
    private final int n;
    private final double[] cost;
    private final double costNorm;
    private Hungarian exact;

    /** The programme of the row-major n×n {@code cost} matrix (entries are not checked here). */
    public AssignmentLp(String name, int n, double[] cost) {
        if (cost.length != (long) n * n) {
            throw new IllegalArgumentException("an assignment of size " + n + " needs " + (long) n * n + " costs");
        }
        this.name = name;
        this.n = n;
        this.cost = cost.clone();
        double s = 0;
        for (double c : cost) {
            s += c * c;
        }
        this.costNorm = Math.sqrt(s);
    }

    /** Costs drawn uniformly from the integers 1..maxCost with the given seed. */
    public static AssignmentLp random(int n, long seed, int maxCost) {
        Random random = new Random(seed);
        double[] c = new double[n * n];
        for (int k = 0; k < c.length; k++) {
            c[k] = 1 + random.nextInt(maxCost);
        }
        return new AssignmentLp(SaddleProblemProvider.ASSIGNMENT, n, c);
    }

    /** n, the number of rows (and of columns). */
    public int size() {
        return n;
    }

    /** The cost matrix, row-major (a copy). */
    public double[] costs() {
        return cost.clone();
    }

    /** The exact Hungarian solution (computed once). */
    public synchronized Hungarian exact() {
        if (exact == null) {
            exact = Hungarian.solve(cost, n);
        }
        return exact;
    }

    private boolean finiteCosts() {
        return Double.isFinite(costNorm);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int primalDimension() {
        return n * n;
    }

    @Override
    public int dualDimension() {
        return 2 * n;
    }

    @Override
    public void applyK(double[] x, double[] out) {
        java.util.Arrays.fill(out, 0, 2 * n, 0.0);
        for (int i = 0; i < n; i++) {
            double row = 0;
            int off = i * n;
            for (int j = 0; j < n; j++) {
                double v = x[off + j];
                row += v;
                out[n + j] += v;
            }
            out[i] = row;
        }
    }

    @Override
    public void applyKT(double[] y, double[] out) {
        for (int i = 0; i < n; i++) {
            int off = i * n;
            for (int j = 0; j < n; j++) {
                out[off + j] = y[i] + y[n + j];
            }
        }
    }

    @Override
    public void proxG(double tau, double[] x) {
        for (int k = 0; k < x.length; k++) {
            x[k] = Math.max(0, x[k] - tau * cost[k]);
        }
    }

    @Override
    public void proxFStar(double sigma, double[] y) {
        for (int i = 0; i < y.length; i++) {
            y[i] -= sigma;
        }
    }

    @Override
    public double[] start() {
        return new double[n * n + 2 * n];
    }

    @Override
    public double primalObjective(double[] x) {
        double s = 0;
        for (int k = 0; k < cost.length; k++) {
            s += cost[k] * x[k];
        }
        return s;
    }

    @Override
    public double dualObjective(double[] y) {
        double s = 0;
        for (double v : y) {
            s -= v;
        }
        return s;
    }

    @Override
    public double primalInfeasibility(double[] x) {
        double[] ax = new double[2 * n];
        applyK(x, ax);
        double s = 0;
        for (double v : ax) {
            s += (v - 1) * (v - 1);
        }
        for (double v : x) {
            if (v < 0) {
                s += v * v;
            }
        }
        return Math.sqrt(s) / (1 + Math.sqrt(2.0 * n));
    }

    @Override
    public double dualInfeasibility(double[] y) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double slack = cost[i * n + j] + y[i] + y[n + j];
                if (slack < 0 || Double.isNaN(slack)) {
                    s += slack * slack;
                }
            }
        }
        return Math.sqrt(s) / (1 + costNorm);
    }

    /** The Hungarian optimum: x the optimal permutation matrix, y = −(u, v) its potentials. */
    @Override
    public Optional<double[]> knownSolution() {
        if (!finiteCosts()) {
            return Optional.empty();
        }
        Hungarian h = exact();
        double[] z = new double[n * n + 2 * n];
        int[] p = h.assignment();
        for (int i = 0; i < n; i++) {
            z[i * n + p[i]] = 1;
        }
        double[] u = h.rowPotentials();
        double[] v = h.columnPotentials();
        for (int i = 0; i < n; i++) {
            z[n * n + i] = -u[i];
            z[n * n + n + i] = -v[i];
        }
        return Optional.of(z);
    }

    @Override
    public OptionalDouble knownOptimalValue() {
        return finiteCosts() ? OptionalDouble.of(exact().cost()) : OptionalDouble.empty();
    }
}
