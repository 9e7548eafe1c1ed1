package org.banach.api.optim;

import java.util.Optional;

import org.banach.api.Problem;

/**
 * Minimise a smooth f: R^n → R from a starting point. Value and gradient are required; a
 * Hessian-vector product and box bounds are optional. Implementations must be safe to call from
 * one thread at a time per run and must not keep state between calls.
 */
public interface SmoothObjective extends Problem {

    String FAMILY = "optim.smooth";

    @Override
    default String family() {
        return FAMILY;
    }

    /** f(x). */
    double value(double[] x);

    /** Writes ∇f(x) into {@code gradient} and returns f(x). */
    double valueAndGradient(double[] x, double[] gradient);

    /** The standard starting point (a fresh copy). */
    double[] start();

    /** True when {@link #hessianVector} is implemented. */
    default boolean hasHessianVector() {
        return false;
    }

    /** Writes ∇²f(x)·v into {@code out}. */
    default void hessianVector(double[] x, double[] v, double[] out) {
        throw new UnsupportedOperationException(name() + " has no Hessian-vector product");
    }

    /** Box bounds, when the problem has them. */
    default Optional<Bounds> bounds() {
        return Optional.empty();
    }

    /** A known minimiser, when published (for tests and the conformance kit). */
    default Optional<double[]> knownMinimizer() {
        return Optional.empty();
    }
}
