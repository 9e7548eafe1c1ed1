package org.banach.plugins.optim.problems;

import java.util.Optional;
import java.util.OptionalDouble;

import org.banach.api.optim.SmoothObjective;

/**
 * A sum of squares f(x) = Σᵢ rᵢ(x)², the form of every problem in Moré, Garbow &amp; Hillstrom,
 * "Testing Unconstrained Optimization Software", ACM TOMS 7(1):17–41, 1981 (there fᵢ, here rᵢ).
 * Subclasses give the m residuals and their m×n Jacobian; f and ∇f = 2Jᵀr follow. Where the
 * residuals' Hessians are cheap a subclass also gives Σᵢ wᵢ∇²rᵢ(x)v, and the exact Hessian-vector
 * product ∇²f(x)v = 2Jᵀ(Jv) + 2Σᵢ rᵢ∇²rᵢ(x)v follows. Each call
 * allocates its own work arrays, so an instance keeps no state between calls.
 */
public abstract class LeastSquaresProblem implements SmoothObjective {

    /** Id prefix of the MGH problems. */
    public static final String PREFIX = "optim/mgh/";

    private final String id;
    private final int number;
    private final int n;
    private final int m;
    private final double[] start;
    private final Double optimum;
    private final double uncertainty;
    private final String note;
    private final String description;

    /**
     * @param kebab the id without {@link #PREFIX}
     * @param number the MGH problem number (1–35)
     * @param n unknowns
     * @param m residuals
     * @param start the standard starting point x₀ of the paper
     * @param optimum the optimal value the paper publishes for this (n, m), or null
     * @param uncertainty half a unit in the last printed digit of {@code optimum} (0 when exact)
     * @param note which minimum the value belongs to, as the paper states it
     * @param description one line
     */
    protected LeastSquaresProblem(String kebab, int number, int n, int m, double[] start, Double optimum,
            double uncertainty, String note, String description) {
        if (start.length != n) {
            throw new IllegalArgumentException(kebab + ": start of length " + start.length + " for n = " + n);
        }
        this.id = PREFIX + kebab;
        this.number = number;
        this.n = n;
        this.m = m;
        this.start = start.clone();
        this.optimum = optimum;
        this.uncertainty = uncertainty;
        this.note = note;
        this.description = description;
    }

    /** Writes the m residuals r(x) into {@code r}. */
    protected abstract void residuals(double[] x, double[] r);

    /** Writes the Jacobian J_ij = ∂r_i/∂x_j into {@code j} (m rows of length n, zero on entry). */
    protected abstract void jacobian(double[] x, double[][] j);

    /**
     * Half a unit in the last digit MGH print for the optimal value (0 when the value is exact, e.g.
     * 0 or a closed form): how far the true optimum may be from the printed one.
     */
    public double optimumUncertainty() {
        return uncertainty;
    }

    /** Which minimum the published value belongs to. */
    public String optimumNote() {
        return note;
    }

    /** The MGH problem number (1–35). */
    public int mghNumber() {
        return number;
    }

    /** One line describing the problem. */
    public String description() {
        return description;
    }

    /** The citation of this instance. */
    public String reference() {
        return "Moré, Garbow & Hillstrom, Testing Unconstrained Optimization Software, ACM TOMS 7(1), 1981, problem "
                + number + " (n=" + n + ", m=" + m + "); " + note;
    }

    /** Number of residuals. */
    public int residualCount() {
        return m;
    }

    @Override
    public final String name() {
        return id;
    }

    @Override
    public final int dimension() {
        return n;
    }

    @Override
    public final double[] start() {
        return start.clone();
    }

    @Override
    public OptionalDouble knownOptimalValue() {
        return optimum == null ? OptionalDouble.empty() : OptionalDouble.of(optimum);
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return Optional.empty();
    }

    /** True when the subclass implements {@link #addResidualCurvature} (as every {@link LeastSquaresWithHessians} does). */
    protected boolean hasResidualHessians() {
        return false;
    }

    /** Adds Σᵢ wᵢ∇²rᵢ(x)v to {@code out} (only called when {@link #hasResidualHessians()}). */
    protected void addResidualCurvature(double[] x, double[] w, double[] v, double[] out) {
        throw new UnsupportedOperationException(id + " gives no residual Hessians");
    }

    @Override
    public final boolean hasHessianVector() {
        return hasResidualHessians();
    }

    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        if (!hasResidualHessians()) {
            throw new UnsupportedOperationException(id + " has no Hessian-vector product");
        }
        checkLength(x);
        double[] r = new double[m];
        double[][] jac = new double[m][n];
        residuals(x, r);
        jacobian(x, jac);
        java.util.Arrays.fill(out, 0, n, 0.0);
        for (int i = 0; i < m; i++) {
            double jv = 0;
            double[] row = jac[i];
            for (int k = 0; k < n; k++) {
                jv += row[k] * v[k];
            }
            for (int k = 0; k < n; k++) {
                out[k] += 2 * jv * row[k];
            }
            r[i] *= 2;
        }
        addResidualCurvature(x, r, v, out);
    }

    @Override
    public double value(double[] x) {
        checkLength(x);
        double[] r = new double[m];
        residuals(x, r);
        return sumOfSquares(r);
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradient) {
        checkLength(x);
        double[] r = new double[m];
        double[][] jac = new double[m][n];
        residuals(x, r);
        jacobian(x, jac);
        java.util.Arrays.fill(gradient, 0, n, 0.0);
        for (int i = 0; i < m; i++) {
            double ri = 2 * r[i];
            double[] row = jac[i];
            for (int k = 0; k < n; k++) {
                gradient[k] += ri * row[k];
            }
        }
        return sumOfSquares(r);
    }

    private void checkLength(double[] x) {
        if (x.length != n) {
            throw new IllegalArgumentException(id + " has dimension " + n + ", got a point of length " + x.length);
        }
    }

    private static double sumOfSquares(double[] r) {
        double s = 0;
        for (double v : r) {
            s += v * v;
        }
        return s;
    }

    /** An array of {@code count} copies of {@code value} (for starting points). */
    protected static double[] filled(int count, double value) {
        double[] a = new double[count];
        java.util.Arrays.fill(a, value);
        return a;
    }

    /** The published optimum, or null. */
    public Double publishedOptimum() {
        return optimum;
    }
}
