package org.banach.plugins.optim.problems.constrained;

import java.util.Optional;
import java.util.OptionalDouble;

import org.banach.api.optim.EqualityConstrainedProblem;
import org.banach.plugins.optim.numerics.Cholesky;

/**
 * Distributed optimal control of the 1-D Poisson equation (Tröltzsch, Optimal Control of Partial
 * Differential Equations, AMS 2010, §2): minimise ½‖y − y_d‖² + (α/2)‖u‖² over state y and control
 * u subject to −y'' = u on (0, 1), y(0) = y(1) = 0, discretised by second differences on N interior
 * points (h = 1/(N+1)) with the discrete L² norm h·Σ. Unknowns x = (y_1..y_N, u_1..u_N), N equality
 * constraints h²(K y − u) = 0 with K = tridiag(−1, 2, −1)/h² (scaled by h² so that the Jacobian's
 * entries are O(1); the solution set is the same). The target is y_d(t) = t(1 − t)·10 sin(3πt).
 * The KKT matrix's condition number grows like 1/(α h²); a randomized sketch-and-project inner
 * solver needs about the square of its scaled condition number in projections per Newton step, so
 * the default instance is small (N = 6, α = 1: scaled condition about 60).
 * The exact discrete minimiser comes from the reduced normal equations
 * (K⁻ᵀK⁻¹ + αI) u = K⁻ᵀ y_d, solved by Cholesky (N ≤ 400).
 */
public final class PdeControl1d implements EqualityConstrainedProblem {

    public static final String ID = "optim/pde-control-1d";
    public static final int MAX_N = 400;

    private final int n;
    private final double alpha;
    private final double h;
    private final double[] target;
    private final double[] minimizer;

    public PdeControl1d(int n, double alpha) {
        if (n < 1 || n > MAX_N || !(alpha > 0)) {
            throw new IllegalArgumentException("need 1 <= N <= " + MAX_N + " and alpha > 0, got N = " + n
                    + ", alpha = " + alpha);
        }
        this.n = n;
        this.alpha = alpha;
        this.h = 1.0 / (n + 1);
        this.target = new double[n];
        for (int i = 0; i < n; i++) {
            double t = (i + 1) * h;
            target[i] = 10 * t * (1 - t) * Math.sin(3 * Math.PI * t);
        }
        this.minimizer = solveReduced();
    }

    /** y = K⁻¹ r by the Thomas algorithm for K = tridiag(−1, 2, −1)/h². */
    private double[] poissonSolve(double[] r) {
        double[] c = new double[n];
        double[] d = new double[n];
        double h2 = h * h;
        for (int i = 0; i < n; i++) { // sub- and super-diagonal −1, diagonal 2, right side h²·r
            double denominator = 2 + (i > 0 ? c[i - 1] : 0);
            c[i] = -1 / denominator;
            d[i] = (r[i] * h2 + (i > 0 ? d[i - 1] : 0)) / denominator;
        }
        double[] y = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            y[i] = d[i] - c[i] * (i + 1 < n ? y[i + 1] : 0);
        }
        return y;
    }

    private double[] solveReduced() {
        double[] kInv = new double[n * n]; // column j = K⁻¹ e_j; K symmetric so K⁻ᵀ = K⁻¹
        for (int j = 0; j < n; j++) {
            double[] e = new double[n];
            e[j] = 1;
            double[] col = poissonSolve(e);
            for (int i = 0; i < n; i++) {
                kInv[i * n + j] = col[i];
            }
        }
        double[] a = new double[n * n];
        double[] rhs = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += kInv[k * n + i] * kInv[k * n + j];
                }
                a[i * n + j] = s + (i == j ? alpha : 0);
            }
            double s = 0;
            for (int k = 0; k < n; k++) {
                s += kInv[k * n + i] * target[k];
            }
            rhs[i] = s;
        }
        if (!Cholesky.factor(a, n, 0)) {
            throw new IllegalStateException("reduced Hessian not positive definite");
        }
        Cholesky.solve(a, n, rhs);
        double[] y = poissonSolve(rhs);
        double[] x = new double[2 * n];
        System.arraycopy(y, 0, x, 0, n);
        System.arraycopy(rhs, 0, x, n, n);
        return x;
    }

    @Override
    public String name() {
        return ID;
    }

    @Override
    public int dimension() {
        return 2 * n;
    }

    @Override
    public int constraintCount() {
        return n;
    }

    @Override
    public double value(double[] x) {
        return valueAndGradient(x, null);
    }

    @Override
    public double valueAndGradient(double[] x, double[] g) {
        double f = 0;
        for (int i = 0; i < n; i++) {
            double r = x[i] - target[i];
            double u = x[n + i];
            f += r * r + alpha * u * u;
            if (g != null) {
                g[i] = h * r;
                g[n + i] = h * alpha * u;
            }
        }
        return 0.5 * h * f;
    }

    @Override
    public void constraints(double[] x, double[] c) {
        double h2 = h * h;
        for (int i = 0; i < n; i++) {
            double left = i > 0 ? x[i - 1] : 0;
            double right = i + 1 < n ? x[i + 1] : 0;
            c[i] = 2 * x[i] - left - right - h2 * x[n + i];
        }
    }

    @Override
    public void jacobian(double[] x, double[] jac) {
        java.util.Arrays.fill(jac, 0, n * 2 * n, 0.0);
        double h2 = h * h;
        int cols = 2 * n;
        for (int i = 0; i < n; i++) {
            jac[i * cols + i] = 2;
            if (i > 0) {
                jac[i * cols + i - 1] = -1;
            }
            if (i + 1 < n) {
                jac[i * cols + i + 1] = -1;
            }
            jac[i * cols + n + i] = -h2;
        }
    }

    /** Zero state and control. */
    @Override
    public double[] start() {
        return new double[2 * n];
    }

    @Override
    public boolean hasLagrangianHessianVector() {
        return true;
    }

    /** The constraints are linear: ∇²L = h·diag(1, …, 1, α, …, α). */
    @Override
    public void lagrangianHessianVector(double[] x, double[] lambda, double[] v, double[] out) {
        for (int i = 0; i < n; i++) {
            out[i] = h * v[i];
            out[n + i] = h * alpha * v[n + i];
        }
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return Optional.of(minimizer.clone());
    }

    @Override
    public OptionalDouble knownOptimalValue() {
        return OptionalDouble.of(value(minimizer));
    }
}
