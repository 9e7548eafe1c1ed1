package org.banach.plugins.optim.gradient;

import org.banach.api.Monitor;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Status;
import org.banach.api.optim.SmoothObjective;

/**
 * The iteration of a descent method, from the start point to a result; a subclass finds each step.
 * Ends with CONVERGED once ‖∇f(x_k)‖₂ ≤ {@code tolerance}, with the monitor's reason when a stop is
 * requested, with ITERATION_LIMIT after {@code maxIterations} iterations, and with NUMERICAL_ERROR
 * when f or ∇f is not finite at the start or when {@link #step()} finds no step. Every result
 * carries the gradient-norm certificate. The state of one call; nothing survives it.
 */
public abstract class DescentRun {

    protected final CountingOracle oracle;
    protected final Monitor monitor;
    protected final int maxIterations;
    protected final double tolerance;
    protected final int n;

    /** The iterate x_k, ∇f(x_k), f(x_k), ‖∇f(x_k)‖₂ and k. */
    protected double[] x;
    protected double[] g;
    protected double f;
    protected double gnorm;
    protected long k;
    /** The trial point and its gradient; {@link #step()} leaves the accepted one here, with its value in {@link #fNew}. */
    protected double[] xNew;
    protected double[] gNew;
    protected double fNew;

    protected DescentRun(SmoothObjective problem, Settings settings, Monitor monitor) {
        this.oracle = new CountingOracle(problem, monitor);
        this.monitor = monitor;
        this.maxIterations = settings.intValue("maxIterations");
        this.tolerance = settings.real("tolerance");
        this.n = problem.dimension();
    }

    /**
     * Finds the next iterate: writes it and its gradient into {@link #xNew} and {@link #gNew} and its
     * value into {@link #fNew}.
     *
     * @return null when a step was found, else why not (the run ends with NUMERICAL_ERROR at x_k)
     */
    protected abstract String step();

    /** Runs from {@code start} (checked by {@link RunSupport#checkUnconstrained}) to the result. */
    final Result run(double[] start) {
        x = start;
        g = new double[n];
        xNew = new double[n];
        gNew = new double[n];
        f = oracle.valueAndGradient(x, g);
        if (!Double.isFinite(f) || !Vectors.allFinite(g)) {
            return RunSupport.result(Status.NUMERICAL_ERROR, RunSupport.nonFiniteAtStart(f, g), x, f,
                    Vectors.norm(g), tolerance, 0, oracle);
        }
        gnorm = Vectors.norm(g);
        monitor.iteration(0, f, gnorm);
        k = 0;
        while (true) {
            if (gnorm <= tolerance) {
                return finish(Status.CONVERGED, null);
            }
            if (monitor.stopRequested()) {
                Status why = RunSupport.stopStatus(monitor);
                return finish(why, "stopped (" + why + ") after iteration " + k);
            }
            if (k >= maxIterations) {
                return finish(Status.ITERATION_LIMIT, "reached maxIterations = " + maxIterations
                        + " with ||grad|| = " + gnorm);
            }
            String failure = step();
            if (failure != null) {
                return finish(Status.NUMERICAL_ERROR, failure);
            }
            accept();
        }
    }

    /** Makes the trial point the iterate x_{k+1} and reports the iteration. */
    private void accept() {
        double[] t = x;
        x = xNew;
        xNew = t;
        t = g;
        g = gNew;
        gNew = t;
        f = fNew;
        gnorm = Vectors.norm(g);
        k++;
        monitor.iteration(k, f, gnorm);
    }

    private Result finish(Status status, String message) {
        return RunSupport.result(status, message, x, f, gnorm, tolerance, k, oracle);
    }
}
