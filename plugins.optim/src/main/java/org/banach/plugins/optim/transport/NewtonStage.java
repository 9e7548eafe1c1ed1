package org.banach.plugins.optim.transport;

import org.banach.api.Monitor;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Status;

/**
 * The state of one {@link SinkhornNewton} run: the iteration count, the current point's plan sums and
 * Lyapunov value L = ⟨a, φ⟩ + ⟨b, ψ⟩ − Σ P, and the Newton step (sparsify, CG, line search).
 */
final class NewtonStage {

    long k;
    private final LogDomain ld;
    private final double[] a;
    private final double[] b;
    private final int n;
    private final int m;
    private final Monitor monitor;
    private final double density;
    private final double cgTolerance;
    private final int cgMaxIterations;
    private double[] rows;
    private double[] cols;
    private double[] plan;
    private double lyapunov;
    private double scale;

    /** Armijo's sufficient-ascent constant and the most halvings of the step. */
    private static final double ARMIJO = 1e-4;
    private static final int MAX_HALVINGS = 30;

    NewtonStage(LogDomain ld, double[] a, double[] b, Settings settings, Monitor monitor) {
        this.ld = ld;
        this.a = a;
        this.b = b;
        this.monitor = monitor;
        n = a.length;
        m = b.length;
        rows = new double[n];
        cols = new double[m];
        density = settings.real("density");
        cgTolerance = settings.real("cgTolerance");
        cgMaxIterations = settings.intValue("cgMaxIterations");
    }

    /** The plan at the current (φ, ψ): sums, L, and P itself for the next sparsification. */
    void evaluateHere() {
        double sum = ld.evaluate(0.0, null, null, rows, cols);
        plan = ld.plan();
        lyapunov = lyapunov(0.0, null, null, sum);
    }

    /** L at (φ + α·dPhi, ψ + α·dPsi) given Σ P there; sets {@link #scale} to the size of its terms. */
    private double lyapunov(double alpha, double[] dPhi, double[] dPsi, double sumP) {
        double[] terms = new double[n + m + 1];
        for (int i = 0; i < n; i++) {
            terms[i] = a[i] == 0.0 ? 0.0 : a[i] * (ld.phi[i] + (dPhi == null ? 0.0 : alpha * dPhi[i]));
        }
        for (int j = 0; j < m; j++) {
            terms[n + j] = b[j] == 0.0 ? 0.0 : b[j] * (ld.psi[j] + (dPsi == null ? 0.0 : alpha * dPsi[j]));
        }
        terms[n + m] = -sumP;
        double s = 0.0;
        for (double t : terms) {
            s += Math.abs(t);
        }
        scale = s;
        return PlanCheck.sum(terms);
    }

    /** ‖P1 − a‖₁ + ‖Pᵀ1 − b‖₁ of the current point. */
    double marginalError() {
        double e = 0.0;
        for (int i = 0; i < n; i++) {
            e += Math.abs(rows[i] - a[i]);
        }
        for (int j = 0; j < m; j++) {
            e += Math.abs(cols[j] - b[j]);
        }
        return e;
    }

    /**
     * One Newton iteration: sparsified Hessian of the current plan, CG for Δ, backtracking line search on L;
     * a Sinkhorn iteration instead when no step length up to 2^-30 ascends (rounding). Leaves the new point's
     * plan in the backend's work matrix (for its cost) and its sums here.
     */
    void newtonStep() {
        SparseHessian h = new SparseHessian(plan, n, m, rows, cols, density);
        double[] grad = new double[n + m];
        for (int i = 0; i < n; i++) {
            grad[i] = a[i] - rows[i];
        }
        for (int j = 0; j < m; j++) {
            grad[n + j] = b[j] - cols[j];
        }
        long[] cg = new long[1];
        double[] delta = h.solve(grad, cgTolerance, cgMaxIterations, cg);
        monitor.count(SinkhornNewton.NEWTON_STEP, 1);
        monitor.count(SinkhornNewton.CG_ITERATION, cg[0]);
        double[] dPhi = java.util.Arrays.copyOf(delta, n);
        double[] dPsi = java.util.Arrays.copyOfRange(delta, n, n + m);
        double slope = SparseHessian.dot(grad, delta);
        double[] newRows = new double[n];
        double[] newCols = new double[m];
        double alpha = 1.0;
        double before = lyapunov;
        double beforeScale = scale;
        for (int t = 0; t <= MAX_HALVINGS; t++, alpha *= 0.5) {
            double sum = ld.evaluate(alpha, dPhi, dPsi, newRows, newCols);
            monitor.count(SinkhornNewton.LINE_SEARCH, 1);
            double trial = lyapunov(alpha, dPhi, dPsi, sum);
            double slack = 64 * 0x1p-53 * Math.max(scale, beforeScale); // rounding error of the two L values
            if (trial >= before + ARMIJO * alpha * slope - slack) {
                for (int i = 0; i < n; i++) {
                    ld.phi[i] += alpha * dPhi[i];
                }
                for (int j = 0; j < m; j++) {
                    ld.psi[j] += alpha * dPsi[j];
                }
                rows = newRows;
                cols = newCols;
                lyapunov = trial;
                plan = ld.plan();
                return;
            }
        }
        monitor.count(SinkhornNewton.FALLBACK, 1);
        ld.fStep(false);
        ld.gStep();
        evaluateHere();
    }


    /** The result for the current potentials. */
    Result result(Status status, String message, double[] a, double[] b, double[] c, double eps, double tolerance) {
        return TransportSolver.entropic(status, message, k, ld.potentials(), a, b, c, eps, tolerance);
    }

    /** The result of a stop request with the current marginal error. */
    Result stopped(double error, double[] a, double[] b, double[] c, double eps, double tolerance) {
        Status st = TransportSolver.stopStatus(monitor);
        return result(st, "stopped (" + st + ") after iteration " + k + " with marginal error " + error, a, b, c, eps,
                tolerance);
    }
}
