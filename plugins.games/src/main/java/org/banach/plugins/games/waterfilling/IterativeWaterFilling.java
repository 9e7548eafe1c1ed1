package org.banach.plugins.games.waterfilling;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.banach.api.Certificate;
import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.Status;
import org.banach.api.games.WaterFillingGame;
import org.osgi.service.component.annotations.Component;

/**
 * Iterative water-filling (Yu, Ginis &amp; Cioffi 2002; analysed by Scutari, Palomar &amp; Barbarossa,
 * IEEE Trans. Inf. Theory 54 (2008) 2868–2878 and IEEE Trans. Signal Process. 56 (2008) 1917–1935):
 * every user answers the others' current powers with its exact water-filling best response
 * ({@link WaterFillingGame#bestResponse}). Schedules: {@code sequential} (Gauss–Seidel, users in turn,
 * each seeing the latest powers), {@code simultaneous} (Jacobi, all users at once) and
 * {@code asynchronous} (the paper's totally asynchronous scheme: each iteration a random non-empty
 * subset of users — each user with probability ½ — updates, each reading every other user's power
 * from an iterate up to {@code delay} iterations old, delays drawn uniformly; all from the run's seed).
 * Before iterating it computes the sufficient condition ρ(S) &lt; 1 ({@link SpectralCondition}), records
 * it (series {@code spectral-radius}, and in the message) and says when it is violated, then runs
 * anyway. Each iteration measures the fixed-point residual max_q ‖BR_q(p_−q) − p_q‖_∞ (series
 * {@code residual}, the trace's measure; the objective is the sum-rate) and the step
 * ‖p_{k+1} − p_k‖_∞ (series {@code step}); it stops with CONVERGED once the residual is at most the
 * tolerance, DIVERGED when a deterministic schedule is caught in a cycle of period 2 (‖p_k − p_{k−2}‖_∞ at
 * most 1e-6 times the residual: the classic ping-pong of strong interference, or an oscillation whose
 * factor is within 1e-6 of −1), ITERATION_LIMIT, or the monitor's stop reason.
 * Claim: exploitability Σ_q [R_q(BR_q) − R_q(p)] ({@link WaterFillingGame#exploitability}), the figure
 * the runtime's verifier recomputes; since it is quadratic in the residual near the equilibrium, its
 * tolerance is the residual tolerance. Refuses (INVALID_INPUT) negative or non-finite gains,
 * non-positive noise, negative budgets, a user with budget but no positive direct gain, and an
 * infeasible start. Host arithmetic only: O(Q²N) per sweep, small.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + IterativeWaterFilling.ID,
        SolverProperties.PROBLEM + "=" + WaterFillingGame.FAMILY,
        SolverProperties.REFERENCE + "=Scutari, Palomar & Barbarossa, IEEE Trans. Inf. Theory 54 (2008) 2868-2878",
        SolverProperties.DESCRIPTION + "=iterative water-filling (sequential, simultaneous or asynchronous) for Gaussian interference games" })
public final class IterativeWaterFilling implements Solver<WaterFillingGame> {

    public static final String ID = "games.water-filling";
    /** Counter: one user's water-filling response. */
    static final String BEST_RESPONSE = "best-response";

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.integer("maxIterations", 10_000, 0, Integer.MAX_VALUE,
                    "most iterations (sweeps) before stopping with ITERATION_LIMIT"),
            ParameterSpec.real("tolerance", 1e-10, 0, Double.MAX_VALUE,
                    "stop with CONVERGED once max_q ||BR_q(p_-q) - p_q||_inf is at most this"),
            ParameterSpec.choice("schedule", "simultaneous", List.of("sequential", "simultaneous", "asynchronous"),
                    "who updates: users in turn (Gauss-Seidel), all at once (Jacobi), or random subsets with delays"),
            ParameterSpec.integer("delay", 2, 0, 100,
                    "asynchronous only: the most iterations a user's view of another's power may lag"));

    @Override
    public Class<WaterFillingGame> problemType() {
        return WaterFillingGame.class;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public Result solve(WaterFillingGame game, Settings settings, Monitor monitor) {
        String bad = refusal(game);
        if (bad != null) {
            return Result.failure(Status.INVALID_INPUT, ID + ": " + bad);
        }
        double rho = SpectralCondition.spectralRadius(SpectralCondition.matrix(game));
        String condition = String.format(Locale.ROOT, "ρ(S) = %.4g %s 1", rho, rho < 1 ? "<" : ">=")
                + (rho < 1 ? " (Scutari-Palomar-Barbarossa condition holds: unique NE, every schedule converges)"
                        : " (sufficient condition for convergence VIOLATED: the NE may not be unique and the iteration may not converge)");
        return new Run(game, settings, monitor, rho, condition).loop();
    }

    /** Why the game or its start cannot be played, or null. */
    static String refusal(WaterFillingGame game) {
        int n = game.carriers();
        if (game.users() < 1 || n < 1) {
            return "the game needs at least one user and one carrier, not " + game.users() + " and " + n;
        }
        for (int q = 0; q < game.users(); q++) {
            if (!(game.budget(q) >= 0) || !Double.isFinite(game.budget(q))) {
                return "user " + q + "'s budget " + game.budget(q) + " is not a non-negative number";
            }
            boolean direct = false;
            for (int k = 0; k < n; k++) {
                if (!(game.noise(q, k) > 0) || !Double.isFinite(game.noise(q, k))) {
                    return "noise at receiver " + q + " on carrier " + k + " is " + game.noise(q, k) + ", not positive";
                }
                for (int r = 0; r < game.users(); r++) {
                    double g = game.gain(q, r, k);
                    if (!(g >= 0) || !Double.isFinite(g)) {
                        return "gain |H_" + q + r + "(" + k + ")|^2 = " + g + " is not a non-negative number";
                    }
                }
                direct |= game.gain(q, q, k) > 0;
            }
            if (!direct && game.budget(q) > 0) {
                return "user " + q + " has a budget but no carrier with a positive direct gain";
            }
        }
        if (!WaterFillingGame.isFeasible(game, game.start())) {
            return "the start is not a feasible power profile (length Q*N, powers >= 0, totals within budgets)";
        }
        return null;
    }

    /** One run: the iterate, its history (asynchronous views and cycle detection), and the records. */
    private static final class Run {

        private final WaterFillingGame game;
        private final Monitor monitor;
        private final double rho;
        private final String condition;
        private final String schedule;
        private final double tolerance;
        private final long maxIterations;
        private final int delay;
        private final java.util.SplittableRandom rng;
        private final int users;
        private final int n;
        private final double[][] history;
        private final List<Double> residuals = new ArrayList<>();
        private final List<Double> steps = new ArrayList<>();

        Run(WaterFillingGame game, Settings settings, Monitor monitor, double rho, String condition) {
            this.game = game;
            this.monitor = monitor;
            this.rho = rho;
            this.condition = condition;
            this.schedule = settings.string("schedule");
            this.tolerance = settings.real("tolerance");
            this.maxIterations = settings.integer("maxIterations");
            this.delay = settings.intValue("delay");
            this.rng = new java.util.SplittableRandom(settings.seed());
            this.users = game.users();
            this.n = game.carriers();
            this.history = new double[Math.max(3, delay + 1)][];
        }

        Result loop() {
            double[] p = game.start().clone();
            double[] jacobi = new double[p.length];
            for (long k = 0;; k++) {
                history[(int) (k % history.length)] = p.clone();
                allResponses(p, jacobi);
                double residual = Vectors.maxDistance(jacobi, p);
                residuals.add(residual);
                monitor.iteration(k, sumRate(p), residual);
                if (!Double.isFinite(residual)) {
                    return end(Status.NUMERICAL_ERROR, "the powers became non-finite at iteration " + k, p, k);
                }
                if (residual <= tolerance) {
                    return end(Status.CONVERGED, "converged", p, k);
                }
                if (!"asynchronous".equals(schedule) && k >= 2
                        && Vectors.maxDistance(p, history[(int) ((k - 2) % history.length)]) <= 1e-6 * residual) {
                    return end(Status.DIVERGED, "the " + schedule + " iteration cycles with period 2 (p_" + k
                            + " = p_" + (k - 2) + ", residual " + residual + ")", p, k);
                }
                if (monitor.stopRequested()) {
                    Status why = monitor.stopReason() == null ? Status.CANCELLED : monitor.stopReason();
                    return end(why, "stopped (" + why + ") after iteration " + k, p, k);
                }
                if (k >= maxIterations) {
                    return end(Status.ITERATION_LIMIT, "reached maxIterations = " + maxIterations + " with residual "
                            + residual, p, k);
                }
                double[] next = advance(p, jacobi, k);
                steps.add(Vectors.maxDistance(next, p));
                p = next;
            }
        }

        /** out := (BR_1(p_−1), …, BR_Q(p_−Q)), the simultaneous map. */
        private void allResponses(double[] p, double[] out) {
            for (int q = 0; q < users; q++) {
                WaterFillingGame.bestResponse(game, q, p, out);
            }
            monitor.count(BEST_RESPONSE, users);
        }

        private double[] advance(double[] p, double[] jacobi, long k) {
            switch (schedule) {
                case "simultaneous":
                    return jacobi.clone();
                case "sequential": {
                    double[] next = p.clone();
                    for (int q = 0; q < users; q++) {
                        WaterFillingGame.bestResponse(game, q, next, next);
                    }
                    monitor.count(BEST_RESPONSE, users);
                    return next;
                }
                default:
                    return asynchronous(p, k);
            }
        }

        /** A random non-empty subset of users answers views of the others up to {@code delay} iterations old. */
        private double[] asynchronous(double[] p, long k) {
            double[] next = p.clone();
            boolean[] updates = new boolean[users];
            boolean any = false;
            for (int q = 0; q < users; q++) {
                updates[q] = rng.nextBoolean();
                any |= updates[q];
            }
            if (!any) {
                updates[rng.nextInt(users)] = true;
            }
            double[] view = new double[p.length];
            for (int q = 0; q < users; q++) {
                if (!updates[q]) {
                    continue;
                }
                for (int r = 0; r < users; r++) {
                    int lag = (int) Math.min(k, rng.nextInt(delay + 1));
                    System.arraycopy(history[(int) ((k - lag) % history.length)], r * n, view, r * n, n);
                }
                WaterFillingGame.bestResponse(game, q, view, next);
                monitor.count(BEST_RESPONSE, 1);
            }
            return next;
        }

        private double sumRate(double[] p) {
            double s = 0;
            for (int q = 0; q < users; q++) {
                s += WaterFillingGame.rate(game, q, p);
            }
            return s;
        }

        private Result end(Status status, String what, double[] p, long k) {
            double value = WaterFillingGame.exploitability(game, p);
            return Result.builder(status).message(ID + " (" + schedule + "): " + what + "; " + condition)
                    .solution(p).objective(sumRate(p)).iterations(k)
                    .series("spectral-radius", new double[] {rho})
                    .series("residual", residuals.stream().mapToDouble(Double::doubleValue).toArray())
                    .series("step", steps.stream().mapToDouble(Double::doubleValue).toArray())
                    .certificate(Certificate.of(Certificate.EXPLOITABILITY, value, tolerance)).build();
        }
    }

    /** Small vector helper (the firstorder package's {@code Vectors} is package-private there). */
    private static final class Vectors {
        static double maxDistance(double[] a, double[] b) {
            double d = 0;
            for (int i = 0; i < a.length; i++) {
                double v = Math.abs(a[i] - b[i]);
                d = Double.isNaN(v) ? Double.NaN : Math.max(d, v);
                if (Double.isNaN(d)) {
                    return d;
                }
            }
            return d;
        }
    }
}
