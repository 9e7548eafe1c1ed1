package org.banach.api.optim;

/**
 * Since 1.1. Minimise a smooth convex f over a compact convex set C given by its linear minimisation oracle
 * (LMO): s = argmin_{s ∈ C} ⟨d, s⟩. Projection-free methods (Frank–Wolfe) need nothing else. The
 * certificate ({@code duality-gap}) is the Frank–Wolfe gap max_{s∈C} ⟨∇f(x), x − s⟩ ≥ f(x) − f*,
 * recomputed by the runtime from the gradient and the oracle. f may be finite only on part of C
 * (e.g. a log-barrier): {@link #value} then returns +∞ outside its domain. {@link #start()} lies in C
 * and in the domain of f.
 */
public interface ConvexSetObjective extends SmoothObjective {

    String FAMILY = "optim.convex-set";

    @Override
    default String family() {
        return FAMILY;
    }

    /** Writes argmin over C of ⟨direction, s⟩ into {@code vertex}. */
    void linearMinimizer(double[] direction, double[] vertex);

    /** A short description of C, e.g. "probability simplex in R^5" or "l1 ball of radius 2". */
    String feasibleSet();
}
