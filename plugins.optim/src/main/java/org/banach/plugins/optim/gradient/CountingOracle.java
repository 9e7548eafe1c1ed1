package org.banach.plugins.optim.gradient;

import org.banach.api.Monitor;
import org.banach.api.optim.SmoothObjective;

/**
 * The objective as a solver sees it: every call is counted through {@link Monitor#count} under the
 * names {@code f} and {@code grad}, so studies can compare methods by oracle calls (the measure the
 * papers use) rather than by time. One instance per run; not thread-safe.
 */
public final class CountingOracle {

    /** Counter name for objective evaluations. */
    public static final String F = "f";
    /** Counter name for gradient evaluations. */
    public static final String GRAD = "grad";

    private final SmoothObjective problem;
    private final Monitor monitor;
    private long valueCalls;
    private long gradientCalls;

    public CountingOracle(SmoothObjective problem, Monitor monitor) {
        this.problem = problem;
        this.monitor = monitor;
    }

    public SmoothObjective problem() {
        return problem;
    }

    public int dimension() {
        return problem.dimension();
    }

    /** f(x), counted as one {@code f} call. */
    public double value(double[] x) {
        valueCalls++;
        monitor.count(F, 1);
        return problem.value(x);
    }

    /** f(x) and ∇f(x) into {@code gradient}, counted as one {@code f} and one {@code grad} call. */
    public double valueAndGradient(double[] x, double[] gradient) {
        valueCalls++;
        gradientCalls++;
        monitor.count(F, 1);
        monitor.count(GRAD, 1);
        return problem.valueAndGradient(x, gradient);
    }

    /** Objective evaluations so far (what {@link org.banach.api.Result#evaluations()} reports). */
    public long valueCalls() {
        return valueCalls;
    }

    /** Gradient evaluations so far. */
    public long gradientCalls() {
        return gradientCalls;
    }
}
