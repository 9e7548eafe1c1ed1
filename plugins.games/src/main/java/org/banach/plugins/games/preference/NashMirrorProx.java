package org.banach.plugins.games.preference;

import java.util.ArrayList;
import java.util.List;

import org.banach.api.Certificate;
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
 * (1 + 2β)^(−N/2)·KL(π*‖π_0) after N = 2t queries, independent of n. Deviation: the stochastic
 * policy-gradient version (approximate prox steps) is not implemented; the prox steps are exact.
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
    private static final long STORE_LIMIT = 1L << 22;

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
            return new Run(game, settings, monitor, products, eta).loop();
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

    /** One run: the log-policy, its queries, and the records. */
    private static final class Run {

        private final PreferenceGame game;
        private final Monitor monitor;
        private final PreferenceProducts products;
        private final double eta;
        private final double tolerance;
        private final long maxIterations;
        private final int n;
        private final double[] logMu;
        private final double[] etaBetaLogMu;
        private final double shrink;
        private final List<Double> exploitability = new ArrayList<>();
        private final List<double[]> stored = new ArrayList<>();
        private boolean storing = true;

        Run(PreferenceGame game, Settings settings, Monitor monitor, PreferenceProducts products, double eta) {
            this.game = game;
            this.monitor = monitor;
            this.products = products;
            this.eta = eta;
            this.tolerance = settings.real("tolerance");
            this.maxIterations = settings.integer("maxIterations");
            this.n = game.actions();
            this.shrink = 1 / (1 + eta * game.beta());
            this.logMu = new double[n];
            this.etaBetaLogMu = new double[n];
            for (int i = 0; i < n; i++) {
                logMu[i] = Math.log(game.reference()[i]);
                etaBetaLogMu[i] = eta * game.beta() * logMu[i];
            }
        }

        Result loop() {
            double[] pi = game.start().clone();
            double[] logPi = new double[n];
            for (int i = 0; i < n; i++) {
                logPi[i] = Math.log(pi[i]);
            }
            double[] g = new double[n];
            double[] half = new double[n];
            double[] logHalf = new double[n];
            double[] gHalf = new double[n];
            products.against(pi, g);
            for (long k = 0;; k++) {
                double e = PreferenceGame.exploitability(game, pi, logPi, g);
                exploitability.add(e);
                if (storing && (stored.size() + 1L) * n <= STORE_LIMIT) {
                    stored.add(logPi.clone());
                } else {
                    storing = false;
                }
                if (!Double.isFinite(e)) {
                    return end(Status.NUMERICAL_ERROR, "the policy or its preference query became non-finite at iteration "
                            + k, pi, logPi, k);
                }
                monitor.iteration(k, PreferenceGame.kl(logPi, logMu), e);
                if (e <= tolerance && PreferenceGame.exploitability(game, pi) <= tolerance) {
                    return end(Status.CONVERGED, null, pi, logPi, k);
                }
                if (monitor.stopRequested()) {
                    Status why = monitor.stopReason() == null ? Status.CANCELLED : monitor.stopReason();
                    return end(why, "stopped (" + why + ") after iteration " + k, pi, logPi, k);
                }
                if (k >= maxIterations) {
                    return end(Status.ITERATION_LIMIT, "reached maxIterations = " + maxIterations
                            + " with exploitability " + e, pi, logPi, k);
                }
                prox(logPi, g, logHalf, half);
                products.against(half, gHalf);
                prox(logPi, gHalf, logPi, pi);
                products.against(pi, g);
            }
        }

        /** log out := (log π + η·g + ηβ·log μ)/(1 + ηβ), normalised; out = exp. {@code logOut} may be {@code logPi}. */
        private void prox(double[] logPi, double[] g, double[] logOut, double[] out) {
            double[] l = new double[n];
            for (int i = 0; i < n; i++) {
                l[i] = shrink * (logPi[i] + eta * g[i] + etaBetaLogMu[i]);
            }
            double lse = products.logSumExp(l);
            for (int i = 0; i < n; i++) {
                logOut[i] = l[i] - lse;
                out[i] = Math.exp(logOut[i]);
            }
        }

        private Result end(Status status, String message, double[] pi, double[] logPi, long k) {
            double value = PreferenceGame.exploitability(game, pi);
            Result.Builder b = Result.builder(status).message(message == null ? null : ID + ": " + message)
                    .solution(pi.clone()).objective(PreferenceGame.kl(logPi, logMu)).iterations(k)
                    .series("exploitability", exploitability.stream().mapToDouble(Double::doubleValue).toArray())
                    .certificate(Certificate.of(Certificate.EXPLOITABILITY, value, tolerance));
            if (storing) {
                double[] kl = new double[stored.size()];
                for (int t = 0; t < kl.length; t++) {
                    kl[t] = PreferenceGame.kl(logPi, stored.get(t));
                }
                b.series("kl-to-last", kl);
            }
            return b.build();
        }
    }
}
