package org.banach.api;

import java.util.List;

/**
 * A solver for one problem family, registered as an OSGi service with the properties named in
 * {@link SolverProperties}. Stateless between calls: every call owns its own state, so a bundle
 * update never corrupts a run. Its version is its bundle's version.
 *
 * @param <P> the problem family it solves
 */
public interface Solver<P extends Problem> {

    /** The family interface this solver accepts. */
    Class<P> problemType();

    /** The parameters this solver accepts, with defaults, ranges and help; settings are validated against them. */
    List<ParameterSpec> parameters();

    /**
     * Solves {@code problem}. Must not throw for ordinary numerical trouble: return a result with the
     * matching {@link Status} and a message instead. Must poll {@link Monitor#stopRequested()} regularly.
     */
    Result solve(P problem, Settings settings, Monitor monitor);
}
