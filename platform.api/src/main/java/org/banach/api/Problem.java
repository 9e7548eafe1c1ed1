package org.banach.api;

import java.util.OptionalDouble;

/**
 * One problem instance. Families are sub-interfaces in the family packages (for example
 * {@link org.banach.api.optim.SmoothObjective}); a solver declares the family it solves.
 */
public interface Problem {

    /** The instance's id, as a provider names it, e.g. {@code optim/mgh/rosenbrock}. */
    String name();

    /** Number of unknowns. */
    int dimension();

    /** The family name, e.g. {@code optim.smooth}; equals the family interface's {@code FAMILY} constant. */
    String family();

    /** The optimal value published in the literature for this instance, when one is known. */
    default OptionalDouble knownOptimalValue() {
        return OptionalDouble.empty();
    }
}
