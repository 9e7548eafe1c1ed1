package org.banach.api;

/** How a run ended, in the spirit of MathOptInterface's termination status. */
public enum Status {
    CONVERGED, ITERATION_LIMIT, TIME_LIMIT, CANCELLED, DIVERGED, INFEASIBLE, NUMERICAL_ERROR, INVALID_INPUT, FAILED;

    /** Process exit code used by the command line for a run that ended with this status. */
    public int exitCode() {
        switch (this) {
            case CONVERGED:
                return 0;
            case ITERATION_LIMIT:
                return 10;
            case TIME_LIMIT:
                return 11;
            case CANCELLED:
                return 12;
            case DIVERGED:
                return 13;
            case INFEASIBLE:
                return 14;
            case NUMERICAL_ERROR:
                return 15;
            case INVALID_INPUT:
                return 16;
            default:
                return 17;
        }
    }
}
