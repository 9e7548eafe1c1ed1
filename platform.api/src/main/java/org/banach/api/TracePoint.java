package org.banach.api;

/** One row of a run's trace: iteration, seconds since start, objective and the solver's measure. */
public final class TracePoint {

    private final long iteration;
    private final double seconds;
    private final double objective;
    private final double measure;

    public TracePoint(long iteration, double seconds, double objective, double measure) {
        this.iteration = iteration;
        this.seconds = seconds;
        this.objective = objective;
        this.measure = measure;
    }

    public long iteration() {
        return iteration;
    }

    public double seconds() {
        return seconds;
    }

    public double objective() {
        return objective;
    }

    public double measure() {
        return measure;
    }
}
