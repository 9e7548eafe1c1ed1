package org.banach.api;

/** Names of the service properties that identify a {@link Solver} service. */
public final class SolverProperties {

    /** Solver id, e.g. {@code optim.lbfgs}. */
    public static final String ID = "banach.solver.id";
    /** The family name the solver accepts (the family interface's {@code FAMILY} constant). */
    public static final String PROBLEM = "banach.solver.problem";
    /** The paper or book the algorithm follows. */
    public static final String REFERENCE = "banach.solver.reference";
    /** One line describing the solver. */
    public static final String DESCRIPTION = "banach.solver.description";

    private SolverProperties() {
    }
}
