package org.banach.plugins.optim.handbook;

import java.util.List;
import java.util.OptionalDouble;
import java.util.function.LongToDoubleFunction;

import org.banach.api.ParameterSpec;
import org.banach.api.Problem;
import org.banach.api.Settings;

/**
 * The step sizes of the Handbook's (proximal, mini-batch) SGD theorems, shared by {@link HandbookSgd}
 * and {@link ProxSgd}. {@code constant}: γₜ = γ with default γ = 1/(2L_b) (the strongly convex
 * theorems, Sec. 5–6 and 12; the Handbook's PL theorem for SGD asks for a smaller step, which is
 * then given as {@code step}); {@code switching}: γₜ = γ for t ≤ 4⌈K⌉ and γₜ = (2t + 1)/((t + 1)²μ)
 * afterwards, K = L_b/μ (the decreasing schedule of Gower et al., ICML 2019, Thm 3.2, Handbook Sec. 5),
 * which gives E‖xₜ − x*‖² = O(1/t). {@code output=average} returns x̄_T = (1/T) Σ_{t&lt;T} xₜ, the point
 * of the convex theorem (Handbook Sec. 5): for γ &lt; 1/(2L_max),
 * E f(x̄_T) − inf f ≤ ‖x₀ − x*‖²/(2γ(1 − 2γL_max)T) + γσ* / (1 − 2γL_max).
 */
final class SgdSteps {

    static final String CONSTANT = "constant";
    static final String SWITCHING = "switching";

    static final ParameterSpec BATCH_SIZE = ParameterSpec.integer("batchSize", 1, 1, Integer.MAX_VALUE,
            "b: components per step, drawn uniformly without replacement (b = 1: one component)");

    static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.real("step", 0, 0, 1e12, "step gamma; 0: the Handbook's 1/(2 L_b) from the problem's constants"),
            ParameterSpec.choice("stepRule", CONSTANT, List.of(CONSTANT, SWITCHING),
                    "constant gamma, or gamma for t <= 4 ceil(L_b/mu) then (2t+1)/((t+1)^2 mu)"),
            BATCH_SIZE,
            ParameterSpec.choice("output", "last", List.of("last", "average"),
                    "the point returned and reported: the last iterate, or the average of x_0..x_{t-1} (convex theorem)"));

    private SgdSteps() {
    }

    /** Why these settings cannot be used on {@code p} (whose constants the default step needs), or null. */
    static String check(Problem p, int components, Settings s) {
        if (s.real("step") == 0 && Constants.batchSmoothness(p, components, s.intValue("batchSize")).isEmpty()) {
            return Constants.missing(p, "L_max (and L for batches of more than one component)", "step");
        }
        if (SWITCHING.equals(s.string("stepRule")) && Constants.strongConvexity(p).isEmpty()) {
            return "stepRule=switching needs the strong convexity constant mu, which problem '" + p.name()
                    + "' does not publish";
        }
        return null;
    }

    /** The schedule t ↦ γₜ for checked settings. */
    static LongToDoubleFunction schedule(Problem p, int components, Settings s) {
        int b = s.intValue("batchSize");
        double gamma = s.real("step");
        OptionalDouble lb = Constants.batchSmoothness(p, components, b);
        if (gamma == 0) {
            gamma = 1 / (2 * lb.getAsDouble());
        }
        double constant = gamma;
        if (!SWITCHING.equals(s.string("stepRule"))) {
            return t -> constant;
        }
        double mu = Constants.strongConvexity(p).getAsDouble();
        double k = lb.isPresent() ? lb.getAsDouble() / mu : 1 / (2 * gamma * mu);
        long switchAt = 4 * (long) Math.ceil(k);
        return t -> t <= switchAt ? constant : (2.0 * t + 1) / ((t + 1.0) * (t + 1.0) * mu);
    }
}
