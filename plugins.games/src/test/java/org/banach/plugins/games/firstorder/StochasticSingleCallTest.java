package org.banach.plugins.games.firstorder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.banach.api.RateFit;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Status;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.games.VariationalInequality;
import org.banach.plugins.games.dynamics.DynamicsProblemProvider;
import org.banach.plugins.games.problems.GamesProblemProvider;
import org.junit.jupiter.api.Test;

/**
 * G5, Hsieh, Iutzeler, Malick &amp; Mertikopoulos (NeurIPS 2019), stochastic part: with a sampled oracle
 * (additive Gaussian noise σ = 0.1) and steps γ_t = η/(t + b), the mean over seeds of ‖z_t − z*‖² falls
 * like 1/t (log-log slope near −1) at a second-order sufficient solution of a non-monotone VI and on a
 * strongly monotone game; with a constant step it stalls at a noise floor; the single-call methods make
 * half of stochastic extragradient's oracle calls; the residual is always measured with the exact F.
 */
class StochasticSingleCallTest {

    private static final int SEEDS = 48;
    /** γ_t = 3/(t + 20): η = 3 &gt; 1/(2μ) for μ = 1, first step 0.15. */
    private static final String[] DECREASING = {"step=3", "stepSchedule=decreasing", "stepOffset=20"};
    private static final long[] CHECKPOINTS = {250, 500, 1000, 2000, 4000};

    private static VariationalInequality nonmonotone() {
        return (VariationalInequality) new DynamicsProblemProvider().create("games/nonmonotone-vi",
                Map.of("r", "0.5", "noise", "0.1"));
    }

    /** F = [[μI, A], [−Aᵀ, μI]]z with μ = 1 and a Gaussian 2×2 A: strongly monotone with modulus 1. */
    private static VariationalInequality stronglyMonotone() {
        return (VariationalInequality) new DynamicsProblemProvider().create("games/bilinear-game",
                Map.of("n", "2", "mu", "1", "noise", "0.1"));
    }

    private static Result solve(ViSolver<VariationalInequality> s, VariationalInequality vi, TestMonitor m, long seed,
            String... settings) {
        Map<String, String> given = new HashMap<>();
        for (String kv : settings) {
            int eq = kv.indexOf('=');
            given.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return s.solve(vi, Settings.validate(s.parameters(), given, seed), m);
    }

    /** Mean over {@link #SEEDS} seeds of ‖z_t‖² (z* = 0) at each checkpoint t (a run of maxIterations = t, the prefix of the seed's path). */
    private static double[] meanSquaredDistance(ViSolver<VariationalInequality> s, VariationalInequality vi,
            String... settings) {
        double[] mean = new double[CHECKPOINTS.length];
        for (long seed = 1; seed <= SEEDS; seed++) {
            for (int c = 0; c < CHECKPOINTS.length; c++) {
                String[] all = java.util.stream.Stream.concat(java.util.stream.Stream.of(settings),
                        java.util.stream.Stream.of("oracle=sampled", "tolerance=0", "maxIterations=" + CHECKPOINTS[c]))
                        .toArray(String[]::new);
                Result r = solve(s, vi, new TestMonitor(), seed, all);
                assertEquals(Status.ITERATION_LIMIT, r.status(), s.id() + " " + r);
                double sq = 0;
                for (double v : r.solution()) {
                    sq += v * v;
                }
                mean[c] += sq / SEEDS;
            }
        }
        return mean;
    }

    private static double slope(double[] mean) {
        double[] t = new double[CHECKPOINTS.length];
        for (int c = 0; c < t.length; c++) {
            t[c] = CHECKPOINTS[c];
        }
        return RateFit.logLog(t, mean).slope();
    }

    private static List<ViSolver<VariationalInequality>> methods() {
        return List.of(new PastExtragradient(), new OptimisticGda(), new ReflectedGradient(), new Extragradient());
    }

    /**
     * The rate and its constant: near z* with symmetric Jacobian part μI, E‖z_t − z*‖² ≈ σ²η²/((2μη − 1)t)
     * (the noise recursion e_{t+1} = (1 − 2μγ_t)e_t + γ_t²σ², γ_t = η/(t + b)); here σ²η²/(2μη − 1) = 0.018.
     */
    private static void assertOneOverT(String what, ViSolver<VariationalInequality> s, double[] mean) {
        double slope = slope(mean);
        assertTrue(slope > -1.2 && slope < -0.8, what + " " + s.id() + ": slope " + slope + " of " + Arrays.toString(mean));
        double constant = mean[mean.length - 1] * CHECKPOINTS[CHECKPOINTS.length - 1];
        assertEquals(0.018, constant, 0.5 * 0.018, what + " " + s.id() + ": t·E|z_t|^2 = " + constant);
    }

    @Test
    void decreasingStepsGiveMeanSquaredDistanceOneOverTAtASecondOrderSufficientSolution() {
        for (ViSolver<VariationalInequality> s : methods()) {
            assertOneOverT("nonmonotone-vi", s, meanSquaredDistance(s, nonmonotone(), DECREASING));
        }
    }

    @Test
    void decreasingStepsGiveMeanSquaredDistanceOneOverTOnAStronglyMonotoneGame() {
        for (ViSolver<VariationalInequality> s : methods()) {
            assertOneOverT("bilinear-game mu=1", s, meanSquaredDistance(s, stronglyMonotone(), DECREASING));
        }
    }

    /** A constant step γ stalls at a floor of order γσ²/(2μ) = 0.001 (γ = 0.2, μ = 1), far above the decreasing schedule's. */
    @Test
    void constantStepStallsAtANoiseFloor() {
        for (ViSolver<VariationalInequality> s : methods()) {
            double[] constant = meanSquaredDistance(s, nonmonotone(), "step=0.2");
            double slope = slope(constant);
            assertTrue(Math.abs(slope) < 0.3, s.id() + ": slope " + slope + " of " + Arrays.toString(constant));
            double floor = Arrays.stream(constant).average().orElseThrow();
            assertTrue(floor > 0.5e-3 && floor < 3e-3, s.id() + ": floor " + floor);
            double[] decreasing = meanSquaredDistance(s, nonmonotone(), DECREASING);
            assertTrue(constant[constant.length - 1] > 50 * decreasing[decreasing.length - 1], s.id());
        }
    }

    @Test
    void singleCallMethodsSampleHalfAsOftenAsExtragradientAndMeasureWithTheExactOperator() {
        VariationalInequality vi = nonmonotone();
        for (ViSolver<VariationalInequality> s : methods()) {
            TestMonitor m = new TestMonitor();
            Result r = solve(s, vi, m, 7, "oracle=sampled", "tolerance=0", "maxIterations=1000", DECREASING[0],
                    DECREASING[1], DECREASING[2]);
            long t = r.iterations();
            assertEquals(1000, t);
            long calls = s instanceof Extragradient ? 2 * t + 1 : t + 1;
            assertEquals(calls, m.counter(ViSolver.OPERATOR), s.id());
            assertEquals(t + 1, m.counter(ViSolver.RESIDUAL_OPERATOR), s.id());
            assertEquals(Games.naturalResidual(vi, r.solution()), r.certificate().value(), 1e-15, s.id());
            assertEquals(r.certificate().value(), m.trace().get(m.trace().size() - 1).measure(), 0, s.id());
        }
    }

    @Test
    void aSampledOracleWithoutNoiseReproducesTheExactRunAndSeedsReproduceNoisyRuns() {
        VariationalInequality exact = (VariationalInequality) new DynamicsProblemProvider().create("games/nonmonotone-vi",
                Map.of("r", "0.5"));
        for (ViSolver<VariationalInequality> s : methods()) {
            for (String[] schedule : List.of(new String[] {"step=0.2"}, DECREASING)) {
                String[] common = java.util.stream.Stream.concat(java.util.stream.Stream.of(schedule),
                        java.util.stream.Stream.of("tolerance=0", "maxIterations=300")).toArray(String[]::new);
                Result plain = solve(s, exact, new TestMonitor(), 3, common);
                Result sampled = solve(s, exact, new TestMonitor(), 3, with(common, "oracle=sampled"));
                assertArrayEquals(plain.solution(), sampled.solution(), 0, s.id());
                Result noisy = solve(s, nonmonotone(), new TestMonitor(), 3, with(common, "oracle=sampled"));
                Result again = solve(s, nonmonotone(), new TestMonitor(), 3, with(common, "oracle=sampled"));
                Result other = solve(s, nonmonotone(), new TestMonitor(), 4, with(common, "oracle=sampled"));
                assertArrayEquals(noisy.solution(), again.solution(), 0, s.id());
                assertFalse(Arrays.equals(noisy.solution(), other.solution()), s.id());
            }
        }
    }

    @Test
    void aSampledOracleIsRefusedOnAProblemWithoutOne() {
        VariationalInequality vi = (VariationalInequality) new GamesProblemProvider().create("games/bilinear",
                Map.of("n", "3"));
        for (ViSolver<VariationalInequality> s : methods()) {
            TestMonitor m = new TestMonitor();
            Result r = solve(s, vi, m, 0, "oracle=sampled");
            assertEquals(Status.INVALID_INPUT, r.status(), s.id());
            assertTrue(r.message().contains("oracle=sampled"), r.message());
            assertEquals(0, m.counter(ViSolver.OPERATOR), s.id());
        }
    }

    private static String[] with(String[] settings, String more) {
        String[] all = Arrays.copyOf(settings, settings.length + 1);
        all[settings.length] = more;
        return all;
    }
}
