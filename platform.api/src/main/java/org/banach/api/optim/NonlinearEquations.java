package org.banach.api.optim;

import java.util.Optional;

import org.banach.api.Problem;

/**
 * Since 1.2. Solve F(x) = 0 for a smooth F: Rⁿ → Rᵐ (m may differ from n; the solution set may be a
 * manifold rather than isolated points, and the Jacobian may be singular on it). The certificate
 * ({@code relative-residual}) is ‖F(x)‖₂ / ‖F(x₀)‖₂ at the returned x, x₀ = {@link #start()} (‖F(x)‖₂
 * when F(x₀) = 0), recomputed by the runtime from F alone: the same ratio, residual over the residual
 * at the start, that a linear system's ‖b − A·x‖ / ‖b‖ is for its zero start.
 * Implementations must not keep state between calls.
 */
public interface NonlinearEquations extends Problem {

    String FAMILY = "optim.nonlinear-equations";

    @Override
    default String family() {
        return FAMILY;
    }

    /** Number of equations m (the length of F(x)); the unknowns are {@link #dimension()}. */
    int equationCount();

    /** Writes F(x) (length m) into {@code out}. */
    void residual(double[] x, double[] out);

    /** Writes the Jacobian F'(x), row-major m×n (entry (i, j) = ∂Fᵢ/∂xⱼ at index i·n + j), into {@code out}. */
    void jacobian(double[] x, double[] out);

    /** The standard starting point (a fresh copy). */
    double[] start();

    /** One known solution x* with F(x*) = 0, when published or constructed (for tests). */
    default Optional<double[]> knownSolution() {
        return Optional.empty();
    }

    /**
     * What is known about the solution set, in words (e.g. "isolated, Jacobian of rank 2 at x* = 0" or
     * "a 2-dimensional affine subspace of log-concentrations"); "unknown" by default.
     */
    default String solutionSet() {
        return "unknown";
    }
}
