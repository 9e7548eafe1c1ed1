package org.banach.api.optim;

import org.banach.api.Problem;

/**
 * Solve A·x = b for a square sparse A. The certificate ({@code relative-residual}) is
 * ‖b − A·x‖₂ / ‖b‖₂ recomputed from A, b and the returned x.
 */
public interface LinearSystem extends Problem {

    String FAMILY = "optim.linear-system";

    @Override
    default String family() {
        return FAMILY;
    }

    /** A (square, dimension × dimension). */
    CsrMatrix matrix();

    /** b (a fresh copy). */
    double[] rhs();

    /** True when A is known to be symmetric positive definite (CG applies). */
    default boolean symmetricPositiveDefinite() {
        return false;
    }

    /** The starting guess; zero unless the instance says otherwise. */
    default double[] start() {
        return new double[dimension()];
    }
}
