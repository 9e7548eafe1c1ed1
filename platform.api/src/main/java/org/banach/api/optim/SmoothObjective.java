package org.banach.api.optim;

import java.util.Optional;

import org.banach.api.Problem;

/**
 * Minimise a smooth f: R^n → R from a starting point. Value and gradient are required; a
 * Hessian-vector product, a dense Hessian (since 1.2; by default assembled from Hessian-vector
 * products) and box bounds are optional. Implementations must be safe to call from
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

    /**
     * Since 1.2. True when {@link #hessian} gives the dense Hessian; by default exactly when
     * {@link #hasHessianVector()} is true (the default {@link #hessian} builds it from n products).
     */
    default boolean hasHessian() {
        return hasHessianVector();
    }

    /**
     * Since 1.2. Writes the dense Hessian ∇²f(x), row-major n×n, into {@code out} (length n·n). By
     * default column j is ∇²f(x)·e_j from {@link #hessianVector} (n products), then the result is
     * symmetrised, (H + Hᵀ)/2, so rounding in the products cannot make it asymmetric; a problem with a
     * cheaper closed form overrides it.
     *
     * @throws UnsupportedOperationException when the problem has neither a Hessian nor Hessian-vector products
     */
    default void hessian(double[] x, double[] out) {
        if (!hasHessianVector()) {
            throw new UnsupportedOperationException(name() + " has no Hessian");
        }
        int n = dimension();
        double[] e = new double[n];
        double[] column = new double[n];
        for (int j = 0; j < n; j++) {
            e[j] = 1.0;
            hessianVector(x, e, column);
            e[j] = 0.0;
            for (int i = 0; i < n; i++) {
                out[i * n + j] = column[i];
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double m = 0.5 * (out[i * n + j] + out[j * n + i]);
                out[i * n + j] = m;
                out[j * n + i] = m;
            }
        }
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
