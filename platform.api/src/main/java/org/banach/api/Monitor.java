package org.banach.api;

import org.banach.api.backend.Backend;

/**
 * What a running solver talks to: it reports each iteration's figures (the trace), counts oracle
 * calls by name, asks whether it must stop, and gets the backend it was given.
 */
public interface Monitor {

    /**
     * Reports one iteration.
     *
     * @param iteration iteration number (0 for the starting point)
     * @param objective objective value, or NaN when the family has none
     * @param measure the solver's own convergence measure (e.g. gradient norm), or NaN
     */
    void iteration(long iteration, double objective, double measure);

    /** Adds {@code n} to the counter named {@code oracle} (e.g. {@code f}, {@code grad}, {@code hvp}). */
    void count(String oracle, long n);

    /** True once the run was cancelled or its time limit passed; the solver should return promptly. */
    boolean stopRequested();

    /** Why {@link #stopRequested()} is true: {@link Status#CANCELLED} or {@link Status#TIME_LIMIT}; null otherwise. */
    Status stopReason();

    /** The backend this run was given for heavy linear algebra. */
    Backend backend();
}
