package org.banach.api.optim;

import java.util.OptionalDouble;

import org.banach.api.Problem;

/**
 * Minimise f(x) subject to c(x) = 0, f: Rⁿ → R, c: Rⁿ → Rᵐ, both smooth. The certificate
 * ({@code kkt-residual}) is recomputed from the returned x alone: the runtime finds the
 * least-squares multipliers λ = argmin ‖∇f(x) + J(x)ᵀλ‖ and reports max(‖∇f + Jᵀλ‖, ‖c(x)‖).
 */
public interface EqualityConstrainedProblem extends Problem {

    String FAMILY = "optim.equality-constrained";

    @Override
    default String family() {
        return FAMILY;
    }

    /** Number of constraints m. */
    int constraintCount();

    /** f(x). */
    double value(double[] x);

    /** Writes ∇f(x) into {@code gradient} and returns f(x). */
    double valueAndGradient(double[] x, double[] gradient);

    /** Writes c(x) (length m) into {@code c}. */
    void constraints(double[] x, double[] c);

    /** Writes the Jacobian of c at x, row-major m×n, into {@code jacobian} (length m·n). */
    void jacobian(double[] x, double[] jacobian);

    /** The standard starting point (a fresh copy). */
    double[] start();

    /** True when {@link #lagrangianHessianVector} is implemented. */
    default boolean hasLagrangianHessianVector() {
        return false;
    }

    /** Writes ∇²ₓₓL(x, λ)·v = (∇²f(x) + Σ λᵢ∇²cᵢ(x))·v into {@code out}. */
    default void lagrangianHessianVector(double[] x, double[] lambda, double[] v, double[] out) {
        throw new UnsupportedOperationException(name() + " has no Hessian of the Lagrangian");
    }

    /** A published minimiser, when known. */
    default java.util.Optional<double[]> knownMinimizer() {
        return java.util.Optional.empty();
    }

    @Override
    default OptionalDouble knownOptimalValue() {
        return OptionalDouble.empty();
    }
}
