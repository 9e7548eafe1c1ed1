package org.banach.plugins.optim.problems.constrained;

import java.util.Optional;
import java.util.OptionalDouble;

import org.banach.api.optim.EqualityConstrainedProblem;

/**
 * One equality-constrained Hock–Schittkowski test problem (Hock &amp; Schittkowski, Test Examples for
 * Nonlinear Programming Codes, LNEMS 187, Springer 1981): objective, constraints, analytic gradient,
 * Jacobian and dense Lagrangian Hessian, the standard start and the published optimum. Subclasses
 * write the formulas; this class turns the dense Hessian into Hessian-vector products.
 */
public abstract class HsProblem implements EqualityConstrainedProblem {

    private final int number;
    private final int n;
    private final int m;
    private final double[] start;
    private final double[] minimizer;
    private final double optimum;
    private final String note;

    /**
     * @param number the problem's number in the collection
     * @param start the standard starting point
     * @param minimizer the published minimiser (refined where the book gives only 6–7 digits; see {@code note})
     * @param optimum the published optimal value f*
     * @param note how the minimiser relates to the published one
     */
    protected HsProblem(int number, int m, double[] start, double[] minimizer, double optimum, String note) {
        this.number = number;
        this.n = start.length;
        this.m = m;
        this.start = start.clone();
        this.minimizer = minimizer.clone();
        this.optimum = optimum;
        this.note = note;
    }

    /** f(x); writes ∇f(x) into {@code g} when it is not null. */
    protected abstract double objective(double[] x, double[] g);

    /** c(x). */
    protected abstract void evalConstraints(double[] x, double[] c);

    /** Row-major m×n Jacobian, every entry written. */
    protected abstract void evalJacobian(double[] x, double[] jac);

    /** Adds ∇²f(x) + Σ λᵢ∇²cᵢ(x) into the zeroed row-major n×n array {@code h}. */
    protected abstract void addLagrangianHessian(double[] x, double[] lambda, double[] h);

    /** The id of HS number k: {@code optim/hs/hs026}. */
    public static String idOf(int k) {
        return String.format(java.util.Locale.ROOT, "optim/hs/hs%03d", k);
    }

    public int number() {
        return number;
    }

    @Override
    public String name() {
        return idOf(number);
    }

    @Override
    public int dimension() {
        return n;
    }

    @Override
    public int constraintCount() {
        return m;
    }

    @Override
    public double value(double[] x) {
        return objective(x, null);
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradient) {
        java.util.Arrays.fill(gradient, 0.0);
        return objective(x, gradient);
    }

    @Override
    public void constraints(double[] x, double[] c) {
        evalConstraints(x, c);
    }

    @Override
    public void jacobian(double[] x, double[] jacobian) {
        java.util.Arrays.fill(jacobian, 0.0);
        evalJacobian(x, jacobian);
    }

    @Override
    public double[] start() {
        return start.clone();
    }

    @Override
    public boolean hasLagrangianHessianVector() {
        return true;
    }

    @Override
    public void lagrangianHessianVector(double[] x, double[] lambda, double[] v, double[] out) {
        double[] h = lagrangianHessian(x, lambda);
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += h[i * n + j] * v[j];
            }
            out[i] = s;
        }
    }

    /** The dense Lagrangian Hessian ∇²ₓₓL(x, λ), row-major n×n. */
    public double[] lagrangianHessian(double[] x, double[] lambda) {
        double[] h = new double[n * n];
        addLagrangianHessian(x, lambda, h);
        return h;
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return Optional.of(minimizer.clone());
    }

    @Override
    public OptionalDouble knownOptimalValue() {
        return OptionalDouble.of(optimum);
    }

    public String reference() {
        return "Hock & Schittkowski, Test Examples for Nonlinear Programming Codes, LNEMS 187 (1981), problem "
                + number + "; f* = " + optimum + (note == null ? "" : "; " + note);
    }

    public String description() {
        return "HS" + number + ": n = " + n + ", " + m + " equality constraint" + (m == 1 ? "" : "s")
                + ", analytic gradient, Jacobian and Lagrangian Hessian";
    }

    /** Adds v to h[i][j] and, off the diagonal, to h[j][i]. */
    protected final void addSym(double[] h, int i, int j, double v) {
        h[i * n + j] += v;
        if (i != j) {
            h[j * n + i] += v;
        }
    }

    /** Adds w·[[1, −1], [−1, 1]] on rows/columns i, j: the Hessian of (w/2)(x_i − x_j)². */
    protected final void addDifference(double[] h, int i, int j, double w) {
        addSym(h, i, i, w);
        addSym(h, j, j, w);
        addSym(h, i, j, -w);
    }

    /** Writes J[row][col] = v. */
    protected final void set(double[] jac, int row, int col, double v) {
        jac[row * n + col] = v;
    }
}
