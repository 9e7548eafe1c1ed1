package org.banach.plugins.games.finitesum;

import java.util.Arrays;

import org.banach.api.Certificate;
import org.banach.api.Monitor;
import org.banach.api.Result;
import org.banach.api.Status;
import org.banach.api.games.FiniteSumOperator;
import org.banach.plugins.games.firstorder.ViSolver;

/**
 * What one run of {@link VrHalpern} shares between its two variants: the counted oracles, the residual
 * checks and the way a run ends.
 *
 * <p>Two counters keep the algorithm's cost apart from the cost of certifying it:
 * {@value VrHalpern#COMPONENT_CALLS} counts the component evaluations Fᵢ(z) the method itself needs
 * (one per Fᵢ, n per full F), {@value VrHalpern#RESIDUAL_CALLS} counts those spent only on measuring
 * the natural residual r(z) = ‖z − P_Z(z − F(z))‖₂ for the stopping test, the trace and the claim (n per
 * full F). A residual computed from a full F the method needed anyway is free. Component calls reach
 * the monitor in one sum per check (every run ends at a check), not one call per evaluation.
 *
 * <p>The end: CONVERGED (a checked point with r ≤ tolerance), ITERATION_LIMIT, the monitor's stop
 * reason, DIVERGED (r beyond 1e12·r(z₀)) or NUMERICAL_ERROR (a non-finite F or iterate; the last checked
 * finite point is returned). The returned point is always a checked one and the certificate is its
 * residual, as the runtime computes it.
 */
final class FiniteSumRun {

    static final double DIVERGENCE_FACTOR = 1e12;

    private final String id;
    private final FiniteSumOperator problem;
    private final Monitor monitor;
    private final double tolerance;
    private final int n;
    private final int d;
    private final double[] work;
    private final double[] best;
    private double bestResidual = Double.NaN;
    private long bestIteration;
    private double r0 = Double.NaN;
    private double[] calls = new double[64];
    private double[] residuals = new double[64];
    private int checks;
    private long componentCalls;
    private long unreported;

    FiniteSumRun(String id, FiniteSumOperator problem, Monitor monitor, double tolerance) {
        this.id = id;
        this.problem = problem;
        this.monitor = monitor;
        this.tolerance = tolerance;
        this.n = problem.components();
        this.d = problem.dimension();
        this.work = new double[d];
        this.best = new double[d];
    }

    int components() {
        return n;
    }

    int dimension() {
        return d;
    }

    FiniteSumOperator problem() {
        return problem;
    }

    /** out = Fᵢ(z), counted as one component call (reported to the monitor at the next check). */
    void component(int i, double[] z, double[] out) {
        problem.componentOperator(i, z, out);
        componentCalls++;
        unreported++;
    }

    /** out = F(z), counted as n component calls of the method. */
    void full(double[] z, double[] out) {
        problem.operator(z, out);
        componentCalls += n;
        unreported += n;
    }

    void project(double[] z) {
        problem.project(z);
    }

    /** The natural residual of z from a full F(z) already at hand. */
    double residual(double[] z, double[] fz) {
        double r = ViSolver.naturalResidual(z, fz, work, problem::project);
        return Double.isFinite(r) ? r : Double.NaN;
    }

    /** The natural residual of z, paying n residual calls for F(z). */
    double paidResidual(double[] z) {
        double[] fz = new double[d];
        problem.operator(z, fz);
        monitor.count(VrHalpern.RESIDUAL_CALLS, n);
        return residual(z, fz);
    }

    /**
     * Records a checked point z with residual r after outer iteration k; returns the result that ends
     * the run here, or null to go on.
     */
    Result check(long k, double[] z, double r, long maxIterations) {
        monitor.count(VrHalpern.COMPONENT_CALLS, unreported);
        unreported = 0;
        if (Double.isNaN(r) || firstNonFinite(z) >= 0) {
            String what = firstNonFinite(z) >= 0 ? "the iterate" : "F";
            return Double.isNaN(bestResidual)
                    ? Result.failure(Status.NUMERICAL_ERROR, id + ": " + what + " is not finite at the start point")
                    : end(Status.NUMERICAL_ERROR, what + " became non-finite by iteration " + k
                            + "; returning the last checked finite point (iteration " + bestIteration + ")");
        }
        if (Double.isNaN(r0)) {
            r0 = r;
        }
        System.arraycopy(z, 0, best, 0, d);
        bestResidual = r;
        bestIteration = k;
        if (checks == calls.length) {
            calls = Arrays.copyOf(calls, 2 * checks);
            residuals = Arrays.copyOf(residuals, 2 * checks);
        }
        calls[checks] = componentCalls;
        residuals[checks++] = r;
        monitor.iteration(k, Double.NaN, r);
        if (r <= tolerance) {
            return end(Status.CONVERGED, null);
        }
        if (r > DIVERGENCE_FACTOR * Math.max(r0, Double.MIN_NORMAL)) {
            return end(Status.DIVERGED, "the residual grew from " + r0 + " to " + r + " by iteration " + k
                    + "; the step is too large for this problem");
        }
        if (monitor.stopRequested()) {
            Status why = monitor.stopReason() == null ? Status.CANCELLED : monitor.stopReason();
            return end(why, "stopped (" + why + ") after iteration " + k);
        }
        if (k >= maxIterations) {
            return end(Status.ITERATION_LIMIT, "reached maxIterations = " + maxIterations + " with residual " + r);
        }
        return null;
    }

    /** The iteration of the last checked point. */
    long lastCheckedIteration() {
        return bestIteration;
    }

    private Result end(Status status, String message) {
        return Result.builder(status).message(message == null ? null : id + ": " + message).solution(best.clone())
                .iterations(bestIteration)
                .certificate(Certificate.of(Certificate.OPERATOR_RESIDUAL, bestResidual, tolerance))
                .series(VrHalpern.COMPONENT_CALLS, Arrays.copyOf(calls, checks))
                .series(VrHalpern.RESIDUAL, Arrays.copyOf(residuals, checks)).build();
    }

    static int firstNonFinite(double[] v) {
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                return i;
            }
        }
        return -1;
    }
}
