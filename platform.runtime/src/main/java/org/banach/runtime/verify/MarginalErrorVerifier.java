package org.banach.runtime.verify;

import org.banach.api.Certificate;
import org.banach.api.CertificateVerifier;
import org.banach.api.Result;
import org.banach.api.optim.OptimalTransport;
import org.osgi.service.component.annotations.Component;

/**
 * Certifies an optimal-transport result from the problem (a, b, C), the returned potentials
 * (f, g) = solution (length n + m) and the run's {@code epsilon} setting; the solver's own figures
 * are never used except the claimed cost in the exact case, which is what that case checks.
 *
 * <ul>
 * <li><b>ε &gt; 0</b> (entropic): the plan is P_ij = a_i·b_j·exp((f_i + g_j − C_ij)/ε) and the value is
 * the marginal error ‖P·1 − a‖₁ + ‖Pᵀ·1 − b‖₁. It is computed in the log domain: row i's mass is
 * a_i·exp(ℓ_i) with ℓ_i = log Σ_j exp(log b_j + x_ij) (x_ij = (f_i + g_j − C_ij)/ε, max-shifted), its
 * error a_i·|expm1(ℓ_i)|, and likewise for the columns with running per-column log-sum-exps; one
 * sweep over the rows of C, no n×m temporary besides the problem's copy of C, no overflow for any
 * representable plan. A mass that itself overflows gives +∞.</li>
 * <li><b>ε = 0 or no epsilon setting</b> (exact solvers, potentials of the linear program's dual):
 * value = max(max_ij (f_i + g_j − C_ij)₊, |claimed − D| / max(1, |D|)) with D = Σ a_i f_i + Σ b_j g_j
 * the dual value and claimed the result's objective. The first term certifies dual feasibility, so D
 * is a lower bound of the optimal cost (weak duality); the second that the claimed cost is D. The
 * runtime has no plan to check, so this certifies optimality only together with the solver's claim
 * that some feasible plan costs {@code claimed}: a solver returning a feasible but poor dual and
 * claiming its value would pass. A NaN claimed cost gives NaN (the certificate fails).</li>
 * </ul>
 * The solution-only {@link #verify(OptimalTransport, double[], double)} cannot know ε and throws.
 */
@Component(service = CertificateVerifier.class,
        property = "banach.verifier.criterion=" + Certificate.MARGINAL_ERROR)
public final class MarginalErrorVerifier implements CertificateVerifier<OptimalTransport> {

    /** The name of the run setting that holds ε. */
    public static final String EPSILON = "epsilon";

    @Override
    public Class<OptimalTransport> problemType() {
        return OptimalTransport.class;
    }

    @Override
    public String criterion() {
        return Certificate.MARGINAL_ERROR;
    }

    /** Always throws: the marginal error needs the run's epsilon setting (and, when ε = 0, its claimed cost). */
    @Override
    public Certificate verify(OptimalTransport problem, double[] solution, double tolerance) {
        throw new UnsupportedOperationException("the marginal error needs the whole result (its '" + EPSILON
                + "' setting and claimed cost): use verify(problem, result, tolerance)");
    }

    /** @throws IllegalArgumentException for a solution that is not n + m long or a bad epsilon setting */
    @Override
    public Certificate verify(OptimalTransport problem, Result result, double tolerance) {
        double eps = epsilon(result);
        double[] fg = result.solution();
        double[] a = problem.source();
        double[] b = problem.target();
        if (fg.length != a.length + b.length) {
            throw new IllegalArgumentException("solution has " + fg.length + " entries but the problem needs "
                    + (a.length + b.length) + " (the potentials f, length " + a.length + ", then g, length "
                    + b.length + ")");
        }
        double[] f = java.util.Arrays.copyOf(fg, a.length);
        double[] g = java.util.Arrays.copyOfRange(fg, a.length, fg.length);
        double value = eps > 0 ? planSums(a, b, problem.cost(), f, g, eps)[0]
                : exactDualCheck(a, b, problem.cost(), f, g, result.objective());
        return Certificate.of(Certificate.MARGINAL_ERROR, value, tolerance);
    }

    /**
     * The run's ε: the {@value #EPSILON} setting (a Number), 0 when absent.
     *
     * @throws IllegalArgumentException when it is not a number, negative or NaN
     */
    public static double epsilon(Result result) {
        Object e = result.settings().get(EPSILON);
        if (e == null) {
            return 0.0;
        }
        if (!(e instanceof Number)) {
            throw new IllegalArgumentException("the run's '" + EPSILON + "' setting is " + e + " ("
                    + e.getClass().getSimpleName() + "), not a number");
        }
        double eps = ((Number) e).doubleValue();
        if (!(eps >= 0)) {
            throw new IllegalArgumentException("the run's '" + EPSILON + "' setting is " + eps
                    + "; it must be 0 (exact) or positive");
        }
        return eps;
    }

    /** ‖P·1 − a‖₁ + ‖Pᵀ·1 − b‖₁ of the entropic plan of (f, g) at ε &gt; 0 (see the class comment). */
    public static double marginalError(OptimalTransport problem, double[] f, double[] g, double epsilon) {
        return planSums(problem.source(), problem.target(), problem.cost(), f, g, positive(epsilon))[0];
    }

    /** The transport cost ⟨C, P⟩ of the entropic plan of (f, g) at ε &gt; 0, in the same log-domain sweep. */
    public static double transportCost(OptimalTransport problem, double[] f, double[] g, double epsilon) {
        return planSums(problem.source(), problem.target(), problem.cost(), f, g, positive(epsilon))[1];
    }

    private static double positive(double epsilon) {
        if (!(epsilon > 0) || epsilon == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("the entropic plan needs a finite epsilon > 0, not " + epsilon);
        }
        return epsilon;
    }

    /**
     * {marginal error, transport cost} of P_ij = a_i b_j exp((f_i + g_j − C_ij)/ε), streaming over the
     * rows of C once (row buffer and per-column accumulators of length m). NaN anywhere gives NaN.
     */
    static double[] planSums(double[] a, double[] b, double[] c, double[] f, double[] g, double eps) {
        int n = a.length;
        int m = b.length;
        if (c.length != (long) n * m || f.length != n || g.length != m) {
            throw new IllegalArgumentException("cost matrix has " + c.length + " entries but the marginals are "
                    + n + " and " + m + " long");
        }
        double[] logB = new double[m];
        for (int j = 0; j < m; j++) {
            logB[j] = Math.log(b[j]);
        }
        double[] colM = new double[m]; // Σ_i exp(log a_i + x_ij) = exp(colM_j)·colS_j
        double[] colS = new double[m];
        java.util.Arrays.fill(colM, Double.NEGATIVE_INFINITY);
        double[] x = new double[m];
        boolean nan = false;
        double rowError = 0.0;
        double cost = 0.0;
        double costC = 0.0; // compensation: costs may have both signs
        for (int i = 0; i < n; i++) {
            double logA = Math.log(a[i]);
            int off = i * m;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < m; j++) {
                double xij = (f[i] + g[j] - c[off + j]) / eps;
                nan |= xij != xij;
                x[j] = xij;
                double w = xij + logB[j];
                max = w > max ? w : max;
                addToColumn(xij + logA, j, colM, colS);
            }
            if (a[i] == 0.0 || max == Double.NEGATIVE_INFINITY) {
                rowError += a[i]; // an empty row: its mass is 0
                continue;
            }
            if (max == Double.POSITIVE_INFINITY) {
                rowError = Double.POSITIVE_INFINITY;
                cost = Double.POSITIVE_INFINITY;
                continue;
            }
            double s = 0.0;
            double t = 0.0;
            for (int j = 0; j < m; j++) {
                double e = Math.exp(x[j] + logB[j] - max);
                if (e != 0.0) { // also skips C_ij = +∞ (forbidden, never used)
                    s += e;
                    t += c[off + j] * e;
                }
            }
            rowError += a[i] * Math.abs(Math.expm1(max + Math.log(s)));
            double rowCost = t * Math.exp(logA + max);
            double y = cost + rowCost; // Neumaier
            costC += Math.abs(cost) >= Math.abs(rowCost) ? (cost - y) + rowCost : (rowCost - y) + cost;
            cost = y;
        }
        double colError = 0.0;
        for (int j = 0; j < m; j++) {
            if (b[j] != 0.0) {
                colError += b[j] * Math.abs(Math.expm1(colM[j] + Math.log(colS[j])));
            }
        }
        if (nan) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double total = cost + costC;
        return new double[] {rowError + colError, Double.isNaN(total) ? cost : total};
    }

    /** Adds exp(v) to column j's running log-sum-exp (exp(colM_j)·colS_j), never forming ∞ − ∞. */
    private static void addToColumn(double v, int j, double[] colM, double[] colS) {
        double mj = colM[j];
        if (v > mj) {
            colS[j] = colS[j] * Math.exp(mj - v) + 1.0;
            colM[j] = v;
        } else if (v == mj) {
            colS[j] += 1.0; // ties, including −∞ (harmless: −∞ + log k is −∞) and +∞
        } else {
            colS[j] += Math.exp(v - mj);
        }
    }

    /**
     * The exact (ε = 0) check: max(max_ij (f_i + g_j − C_ij)₊, |claimed − D| / max(1, |D|)),
     * D = Σ a_i f_i + Σ b_j g_j (compensated); NaN anywhere gives NaN.
     */
    public static double exactDualCheck(double[] a, double[] b, double[] c, double[] f, double[] g,
            double claimed) {
        int n = a.length;
        int m = b.length;
        if (c.length != (long) n * m || f.length != n || g.length != m) {
            throw new IllegalArgumentException("cost matrix has " + c.length + " entries but the marginals are "
                    + n + " and " + m + " long");
        }
        double infeasibility = 0.0;
        for (int i = 0; i < n; i++) {
            int off = i * m;
            for (int j = 0; j < m; j++) {
                infeasibility = Math.max(infeasibility, f[i] + g[j] - c[off + j]);
            }
        }
        double[] terms = new double[n + m];
        for (int i = 0; i < n; i++) {
            terms[i] = a[i] * f[i];
        }
        for (int j = 0; j < m; j++) {
            terms[n + j] = b[j] * g[j];
        }
        double dual = neumaierSum(terms);
        double gap = Math.abs(claimed - dual) / Math.max(1.0, Math.abs(dual));
        return Math.max(infeasibility, gap);
    }

    private static double neumaierSum(double[] v) {
        double s = 0.0;
        double c = 0.0;
        for (double x : v) {
            double t = s + x;
            c += Math.abs(s) >= Math.abs(x) ? (s - t) + x : (x - t) + s;
            s = t;
        }
        double r = s + c;
        return Double.isNaN(r) && !Double.isNaN(s) ? s : r;
    }
}
