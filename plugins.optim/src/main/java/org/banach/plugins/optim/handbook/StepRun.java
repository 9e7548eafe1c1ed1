package org.banach.plugins.optim.handbook;

import org.banach.api.Certificate;
import org.banach.api.Monitor;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Status;
import org.banach.plugins.optim.gradient.RunSupport;
import org.banach.plugins.optim.gradient.Vectors;

/**
 * The loop of one run: x₀, then steps t = 0, 1, … of the method; every {@code reportEvery} steps the
 * output point is evaluated in full ({@link #evaluate}), reported with {@link Monitor#iteration}
 * (iteration = step count) and compared with {@code tolerance}. Ends with CONVERGED once the measure is
 * at most the tolerance, with the monitor's reason when a stop is requested, with ITERATION_LIMIT after
 * {@code maxIterations} steps, and with NUMERICAL_ERROR at the last reported point when an iterate or
 * its evaluation stops being finite. The result is the last reported point, with its step count as the
 * iterations (a stop between two reports returns the earlier one); it carries the method's claimed
 * certificate.
 */
abstract class StepRun {

    final Monitor monitor;
    final int n;
    private final long maxSteps;
    private final double tolerance;
    private final long reportEvery;

    /** The iterate x_t (updated in place by {@link #step}) and t. */
    double[] x;
    long t;
    long evaluations;

    private double[] reported;
    private long reportedStep;
    private double objective;
    private double measure;

    StepRun(int n, Settings settings, Monitor monitor, long defaultReportEvery) {
        this.n = n;
        this.monitor = monitor;
        this.maxSteps = settings.intValue("maxIterations");
        this.tolerance = settings.real("tolerance");
        long every = settings.intValue("reportEvery");
        this.reportEvery = every > 0 ? every : Math.max(1, defaultReportEvery);
    }

    /** Moves x from x_t to x_{t+1}; returns why it could not, or null. */
    abstract String step();

    /** Evaluates the output point: writes its objective into {@code out[0]} and returns the measure. */
    abstract double evaluate(double[] point, double[] out);

    /** The point the method outputs after t steps (the iterate, or an average of iterates). */
    double[] output() {
        return x;
    }

    /** The claimed certificate for the measure. */
    abstract Certificate certificate(double measure, double tolerance);

    final Result run(double[] start) {
        x = start;
        if (!report()) {
            return finish(Status.NUMERICAL_ERROR, "objective or measure is not finite at the starting point");
        }
        while (true) {
            if (measure <= tolerance) {
                return finish(Status.CONVERGED, null);
            }
            if (monitor.stopRequested()) {
                Status why = RunSupport.stopStatus(monitor);
                return finish(why, "stopped (" + why + ") after step " + t);
            }
            if (t >= maxSteps) {
                return finish(Status.ITERATION_LIMIT, "reached maxIterations = " + maxSteps + " steps with measure " + measure);
            }
            String failure = step();
            t++;
            if (failure == null && !Vectors.allFinite(x)) {
                failure = "iterate became NaN/Inf at step " + t;
            }
            if (failure != null) {
                return finish(Status.NUMERICAL_ERROR, failure + "; returning the last reported point");
            }
            if ((t % reportEvery == 0 || t == maxSteps) && !report()) {
                return finish(Status.NUMERICAL_ERROR, "objective or measure became NaN/Inf at step " + t
                        + "; returning the last reported point");
            }
        }
    }

    /** Evaluates and reports the output point; false (keeping the last good one) when not finite. */
    private boolean report() {
        double[] out = new double[1];
        double[] point = output().clone();
        evaluations++;
        double m = evaluate(point, out);
        if (!Double.isFinite(out[0]) || Double.isInfinite(m)) {
            return false;
        }
        reported = point;
        reportedStep = t;
        objective = out[0];
        measure = m;
        monitor.iteration(t, objective, measure);
        return true;
    }

    private Result finish(Status status, String message) {
        double[] point = reported == null ? x : reported;
        return Result.builder(status)
                .message(message)
                .solution(point)
                .objective(objective)
                .iterations(reported == null ? t : reportedStep)
                .evaluations(evaluations)
                .certificate(certificate(measure, tolerance))
                .build();
    }
}
