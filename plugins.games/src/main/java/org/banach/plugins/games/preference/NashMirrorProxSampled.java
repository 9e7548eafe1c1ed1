package org.banach.plugins.games.preference;

import java.util.List;
import java.util.function.LongToDoubleFunction;

import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.Status;
import org.banach.api.games.PreferenceGame;
import org.osgi.service.component.annotations.Component;

/**
 * Nash Mirror Prox with sampled preference queries (Tiapkin et al., "Accelerating Nash learning from
 * human feedback via Mirror Prox", arXiv:2505.19731, 2025, the approximate / stochastic policy-gradient
 * version of Nash-MP) on the β-regularised preference game {@link PreferenceGame}. As in NLHF, the
 * preference matrix is only sampled: one query compares two responses and returns one Bernoulli(P_ij)
 * outcome. Each iteration makes the two KL-prox steps of {@link NashMirrorProx},
 * log π⁺ = (log π_t + η_t·ĝ + η_tβ·log μ)/(1 + η_tβ) − log Σ exp(·), with ĝ an unbiased estimate of
 * P·π_t (first step) and of P·π_{t+½} (second step) from {@code batchSize} = B fresh queries each
 * ({@link SampledPreferences}: own responses spread evenly over the actions, opponent responses drawn
 * from the policy, Var ĝ_i ≤ n/(4B)), seeded by the run's seed; counter {@code preference-queries} =
 * 2·B per iteration.
 * <p>
 * Step schedule ({@code schedule}): {@code decreasing} (default) η_t = η₀/(1 + η₀βt/2), i.e. η₀ at first
 * and 2/(βt) late — the O(1/t) schedule of stochastic mirror descent / mirror prox for a β-strongly
 * monotone problem (decay a/(βt) with a = 2 &gt; 1, so the rate stays 1/t with only the paper's
 * contraction (1 + ηβ)^(−1) per iteration); the expected KL to the equilibrium and the exploitability
 * then fall like σ²/(β²t) with σ² ∝ n/B. {@code constant}: η_t = η₀, linear convergence down to a noise
 * floor ∝ η₀·n/B. η₀ = {@code step} (0 picks 2 = 1/L, the exact version's step).
 * <p>
 * Deviation: the paper's approximate Nash-MP estimates each prox step by inner stochastic
 * policy-gradient iterations on a parametrised policy; here the policy is tabular and each prox step is
 * solved exactly in closed form for the sampled ĝ (stochastic Mirror Prox, Juditsky, Nemirovski &amp;
 * Tauvel 2011), so a step's error is the query noise alone. The claim {@code exploitability} and the
 * series {@code exploitability} are exact: computed from P (one exact Backend product per iteration,
 * counted {@code matvec}, a measurement that is not a preference query), as the runtime's verifier
 * computes it. No {@code kl-to-last} series (the last iterate is noisy, not the equilibrium). Refusals
 * as {@link NashMirrorProx}.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + NashMirrorProxSampled.ID,
        SolverProperties.PROBLEM + "=" + PreferenceGame.FAMILY,
        SolverProperties.REFERENCE + "=Tiapkin et al., arXiv:2505.19731 (2025)",
        SolverProperties.DESCRIPTION + "=Nash Mirror Prox with sampled Bernoulli preference queries (batchSize per prox step)" })
public final class NashMirrorProxSampled implements Solver<PreferenceGame> {

    public static final String ID = "games.nash-mirror-prox-sampled";
    static final String DECREASING = "decreasing";
    static final String CONSTANT = "constant";

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.integer("maxIterations", 2_000, 0, Integer.MAX_VALUE,
                    "most iterations (two prox steps, 2*batchSize preference queries each) before stopping with ITERATION_LIMIT"),
            ParameterSpec.real("tolerance", 1e-6, 0, Double.MAX_VALUE,
                    "stop with CONVERGED once the exact regularised exploitability 2*beta*KL(pi||BR(pi)) is at most this"),
            ParameterSpec.integer("batchSize", 64, 1, 1 << 26,
                    "sampled preference queries (Bernoulli comparisons) per prox step; the estimate's variance is at most n/(4*batchSize)"),
            ParameterSpec.choice("schedule", DECREASING, List.of(DECREASING, CONSTANT),
                    "decreasing: eta_t = eta0/(1 + eta0*beta*t/2) (O(1/t) in expectation); constant: eta_t = eta0 (noise floor ~ eta0*n/batchSize)"),
            ParameterSpec.real("step", 0, 0, Double.MAX_VALUE,
                    "first prox step eta0; 0 picks 2 = 1/L, L = 1/2 the l1-Lipschitz constant of pi -> P pi"));

    @Override
    public Class<PreferenceGame> problemType() {
        return PreferenceGame.class;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    /** η_t of the named schedule from η₀. */
    static LongToDoubleFunction schedule(String name, double eta0, double beta) {
        return CONSTANT.equals(name) ? t -> eta0 : t -> eta0 / (1 + eta0 * beta * t / 2);
    }

    @Override
    public Result solve(PreferenceGame game, Settings settings, Monitor monitor) {
        String bad = NashMirrorProx.refusal(game);
        if (bad != null) {
            return Result.failure(Status.INVALID_INPUT, ID + ": " + bad);
        }
        if (monitor.backend() == null) {
            return Result.failure(Status.FAILED, ID + " measures the exact exploitability on the run's Backend, but the monitor gave none");
        }
        double eta0 = settings.real("step") == 0 ? 2.0 : settings.real("step");
        PreferenceOracle oracle = new SampledPreferences(game, settings.intValue("batchSize"), settings.seed(), monitor);
        try (PreferenceProducts products = new PreferenceProducts(monitor.backend(), monitor, game.actions(),
                game.preferences())) {
            return new NashMirrorProxRun(ID, game, settings.real("tolerance"), settings.integer("maxIterations"), monitor,
                    products, oracle, schedule(settings.string("schedule"), eta0, game.beta()), false).loop();
        }
    }
}
