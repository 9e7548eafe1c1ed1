package org.banach.api.optim;

import java.util.Optional;

import org.banach.api.Problem;

/**
 * Since 1.2. Minimise F(x) = f(x) + g(x) with f smooth (given as a {@link SmoothObjective}, or a
 * {@link FiniteSumObjective} for stochastic proximal methods) and g convex, lower semicontinuous and
 * "prox-friendly": its proximal map prox_{γg}(v) = argmin_u { g(u) + ‖u − v‖²/(2γ) } is cheap (the
 * ℓ1 norm's is soft thresholding). Proximal gradient methods need nothing else.
 *
 * <p>The certificate ({@value #PROX_GRADIENT_MAPPING}) is the norm of the gradient mapping
 * ‖G_γ(x)‖ = ‖x − prox_{γg}(x − γ∇f(x))‖ / γ, which vanishes exactly at the minimisers of F (for
 * convex f and any γ &gt; 0) and reduces to ‖∇f(x)‖ when g = 0. The runtime recomputes it with
 * γ = 1/L when the problem knows L ({@link ProblemConstants#smoothness()}) and γ = 1 otherwise, see
 * {@link #certificateStep()}.
 */
public interface CompositeObjective extends Problem {

    String FAMILY = "optim.composite";

    /** The criterion name of this family's certificate. */
    String PROX_GRADIENT_MAPPING = "prox-gradient-mapping";

    @Override
    default String family() {
        return FAMILY;
    }

    /** The smooth part f (a {@link FiniteSumObjective} when f is an average of components). */
    SmoothObjective smoothPart();

    /** g(x), finite on the domain of g (+∞ outside it). */
    double regularizer(double[] x);

    /** Writes prox_{γg}(v) into {@code out} (γ &gt; 0; {@code out} may be {@code v}). */
    void prox(double[] v, double gamma, double[] out);

    @Override
    default int dimension() {
        return smoothPart().dimension();
    }

    /** F(x) = f(x) + g(x). */
    default double value(double[] x) {
        return smoothPart().value(x) + regularizer(x);
    }

    /** The standard starting point (a fresh copy): that of the smooth part by default. */
    default double[] start() {
        return smoothPart().start();
    }

    /** A known minimiser of F, when one is (for tests and studies). */
    default Optional<double[]> knownMinimizer() {
        return Optional.empty();
    }

    /**
     * The step γ of the certificate: 1/L when this problem implements {@link ProblemConstants} and
     * knows L, else 1. Solvers claim and the runtime verifies ‖G_γ(x)‖ with this same γ.
     */
    default double certificateStep() {
        if (this instanceof ProblemConstants) {
            java.util.OptionalDouble l = ((ProblemConstants) this).smoothness();
            if (l.isPresent() && l.getAsDouble() > 0 && Double.isFinite(l.getAsDouble())) {
                return 1.0 / l.getAsDouble();
            }
        }
        return 1.0;
    }
}
