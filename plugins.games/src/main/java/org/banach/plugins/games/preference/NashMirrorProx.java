package org.banach.plugins.games.preference;

import java.util.List;

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
 * Nash Mirror Prox (Nash-MP; Tiapkin, Calandriello, Belomestny, Moulines, Naumov, Rasul, Valko &amp;
 * Ménard, "Accelerating Nash learning from human feedback via Mirror Prox", arXiv:2505.19731, 2025),
 * exact (full-information) version, on the β-regularised preference game {@link PreferenceGame}. The
 * game is symmetric, so one policy plays itself. Each iteration makes two KL-prox steps, each with one
 * preference query g = P·π:
 * π_{t+½} = argmax_π [η·πᵀP π_t − ηβ·KL(π‖μ) − KL(π‖π_t)],
 * π_{t+1} = argmax_π [η·πᵀP π_{t+½} − ηβ·KL(π‖μ) − KL(π‖π_t)],
 * i.e. in softmax form log π⁺ = (log π_t + η·g + ηβ·log μ)/(1 + ηβ) − log Σ exp(·). The step η
 * ({@code step}, default 2) is 1/L with L = ½ the ℓ1→ℓ∞ Lipschitz constant of π ↦ Pπ on the simplex
 * (entries of P in [0, 1]); with it the paper's bound is KL(π*‖π_t) ≤ (1 + ηβ)^(−t)·KL(π*‖π_0) =
 * (1 + 2β)^(−N/2)·KL(π*‖π_0) after N = 2t queries, independent of n. The version with sampled
 * preference queries is {@link NashMirrorProxSampled}.
 * <p>
 * Each iteration measures the regularised exploitability 2β·KL(π_t‖BR(π_t)) from the query it makes
 * anyway (series {@code exploitability}, the trace's measure; the objective is KL(π_t‖μ)), and stops
 * with CONVERGED once it is at most the tolerance — after recomputing it on the host from P, as the
 * runtime's verifier will — ITERATION_LIMIT, the monitor's stop reason, or NUMERICAL_ERROR. It also
 * keeps the log-iterates (while they fit in 2^22 doubles) and at the end records series
 * {@code kl-to-last} = KL(π_last‖π_t) for every t: the KL to the regularised equilibrium, measured
 * against the returned policy, which the exploitability certifies (KL(π_last‖π*) ≤ exploitability/(2β)).
 * The products P·π and the softmax normalisers run on the Backend. Refuses (INVALID_INPUT) preferences
 * outside [0, 1] or with P + Pᵀ ≠ 1 (beyond 1e-12), a reference that is not a positive probability
 * vector, β ≤ 0, and a start that is not a fully mixed policy.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + NashMirrorProx.ID,
        SolverProperties.PROBLEM + "=" + PreferenceGame.FAMILY,
        SolverProperties.REFERENCE + "=Tiapkin et al., arXiv:2505.19731 (2025)",
        SolverProperties.DESCRIPTION + "=Nash Mirror Prox: two KL-prox steps per iteration on the beta-regularised preference game" })
public final class NashMirrorProx implements Solver<PreferenceGame> {

    public static final String ID = "games.nash-mirror-prox";

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.integer("maxIterations", 10_000, 0, Integer.MAX_VALUE,
                    "most iterations (two preference queries each) before stopping with ITERATION_LIMIT"),
            ParameterSpec.real("tolerance", 1e-10, 0, Double.MAX_VALUE,
                    "stop with CONVERGED once the regularised exploitability 2*beta*KL(pi||BR(pi)) is at most this"),
            ParameterSpec.real("step", 0, 0, Double.MAX_VALUE,
                    "prox step eta; 0 picks 2 = 1/L, L = 1/2 the l1-Lipschitz constant of pi -> P pi"));

    @Override
    public Class<PreferenceGame> problemType() {
        return PreferenceGame.class;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public Result solve(PreferenceGame game, Settings settings, Monitor monitor) {
        String bad = refusal(game);
        if (bad != null) {
            return Result.failure(Status.INVALID_INPUT, ID + ": " + bad);
        }
        if (monitor.backend() == null) {
            return Result.failure(Status.FAILED, ID + " runs its preference queries on the run's Backend, but the monitor gave none");
        }
        double eta = settings.real("step") == 0 ? 2.0 : settings.real("step");
        try (PreferenceProducts products = new PreferenceProducts(monitor.backend(), monitor, game.actions(),
                game.preferences())) {
            return new NashMirrorProxRun(ID, game, settings.real("tolerance"), settings.integer("maxIterations"), monitor,
                    products, null, t -> eta, true).loop();
        }
    }

    /** Why the game or its start is refused, or null. */
    static String refusal(PreferenceGame game) {
        int n = game.actions();
        double[] p = game.preferences();
        double[] mu = game.reference();
        if (n < 1 || p == null || p.length != n * n || mu == null || mu.length != n) {
            return "a game with " + n + " actions needs an n x n preference matrix and a reference of length n";
        }
        if (!(game.beta() > 0) || !Double.isFinite(game.beta())) {
            return "beta = " + game.beta() + " must be positive";
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = p[i * n + j];
                if (!(v >= 0 && v <= 1) || Math.abs(v + p[j * n + i] - 1) > 1e-12) {
                    return "P_" + i + "," + j + " = " + v + " and P_" + j + "," + i + " = " + p[j * n + i]
                            + ": preferences must lie in [0, 1] with P + P' = 1";
                }
            }
        }
        String reference = notFullyMixed(mu);
        if (reference != null) {
            return "the reference policy " + reference;
        }
        String start = notFullyMixed(game.start());
        return start == null ? null : "the start " + start + " (the KL-prox steps never leave its support)";
    }

    private static String notFullyMixed(double[] v) {
        double sum = 0;
        for (int i = 0; i < v.length; i++) {
            if (!(v[i] > 0) || !Double.isFinite(v[i])) {
                return "has entry " + i + " = " + v[i] + ", not positive";
            }
            sum += v[i];
        }
        return Math.abs(sum - 1) <= 1e-9 ? null : "sums to " + sum + ", not 1";
    }
}
