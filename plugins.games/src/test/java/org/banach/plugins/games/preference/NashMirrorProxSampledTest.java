package org.banach.plugins.games.preference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.banach.api.RateFit;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Status;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.games.PreferenceGame;
import org.banach.runtime.verify.PreferenceExploitabilityVerifier;
import org.junit.jupiter.api.Test;

/**
 * Nash Mirror Prox with sampled Bernoulli preference queries: the estimate of P·π is unbiased with the
 * stated variance; the exact exploitability after T iterations falls with the batch like the variance
 * (∝ 1/B), and with the decreasing step like 1/t; a huge batch reproduces the exact iterates; queries
 * are counted; runs are seeded; the claim is the exact exploitability.
 */
class NashMirrorProxSampledTest {

    static Result solve(PreferenceGame game, TestMonitor monitor, long seed, String... settings) {
        NashMirrorProxSampled solver = new NashMirrorProxSampled();
        Map<String, String> given = new HashMap<>();
        for (String s : settings) {
            given.put(s.substring(0, s.indexOf('=')), s.substring(s.indexOf('=') + 1));
        }
        return solver.solve(game, Settings.validate(solver.parameters(), given, seed), monitor);
    }

    /** The exploitability trace averaged over seeds 1..seeds. */
    static double[] meanTrace(PreferenceGame game, int seeds, String... settings) {
        double[] mean = null;
        for (int s = 1; s <= seeds; s++) {
            double[] e = solve(game, PreferenceTestSupport.monitor(), s, settings).series().get("exploitability");
            if (mean == null) {
                mean = new double[e.length];
            }
            for (int t = 0; t < e.length; t++) {
                mean[t] += e[t] / seeds;
            }
        }
        return mean;
    }

    @Test
    void estimateIsUnbiasedWithTheStatedVariance() {
        PreferenceGame rps = DensePreferenceGame.rps(0.1);
        PreferenceGame random = DensePreferenceGame.random(20, 0.1, 5);
        double[] skewed = new double[20];
        for (int i = 0; i < 20; i++) {
            skewed[i] = (i + 1) / 210.0;
        }
        checkEstimator(rps, rps.reference(), 30); // n divides B
        checkEstimator(rps, rps.reference(), 7);
        checkEstimator(random, skewed, 16); // B < n: most actions get no query in a given call
        checkEstimator(random, skewed, 50);
    }

    private static void checkEstimator(PreferenceGame game, double[] pi, int batch) {
        int n = game.actions();
        int draws = 40_000;
        double[] g = new double[n];
        PreferenceGame.preferenceAgainst(game, pi, g);
        TestMonitor m = PreferenceTestSupport.monitor();
        SampledPreferences oracle = new SampledPreferences(game, batch, 11, m);
        double[] sum = new double[n];
        double[] sumSq = new double[n];
        double[] est = new double[n];
        for (int d = 0; d < draws; d++) {
            oracle.query(pi, est);
            for (int i = 0; i < n; i++) {
                sum[i] += est[i];
                sumSq[i] += est[i] * est[i];
            }
        }
        assertEquals((long) draws * batch, m.counters().get(SampledPreferences.QUERIES));
        for (int i = 0; i < n; i++) {
            double variance = SampledPreferences.variance(g[i], n, batch);
            assertTrue(variance <= n / (4.0 * batch) + 1e-15);
            double mean = sum[i] / draws;
            String where = "n " + n + ", B " + batch + ", action " + i;
            assertEquals(g[i], mean, 5 * Math.sqrt(variance / draws), where);
            double sampleVariance = sumSq[i] / draws - mean * mean;
            assertEquals(variance, sampleVariance, 0.05 * variance, where);
        }
    }

    @Test
    void finalExploitabilityFallsWithTheBatchLikeTheVariance() {
        for (PreferenceGame game : new PreferenceGame[] {DensePreferenceGame.rps(0.1), DensePreferenceGame.random(20, 0.1, 1)}) {
            double[] small = meanTrace(game, 10, "batchSize=16", "maxIterations=400", "tolerance=0");
            double[] large = meanTrace(game, 10, "batchSize=256", "maxIterations=400", "tolerance=0");
            double ratio = small[small.length - 1] / large[large.length - 1];
            assertTrue(ratio >= 4, game.name() + ": batch 16 / batch 256 final exploitability " + ratio);
        }
    }

    @Test
    void decreasingStepKeepsFallingWithTheIterations() {
        for (PreferenceGame game : new PreferenceGame[] {DensePreferenceGame.rps(0.1), DensePreferenceGame.random(20, 0.1, 1)}) {
            int iterations = 2000;
            double[] mean = meanTrace(game, 10, "batchSize=64", "maxIterations=" + iterations, "tolerance=0");
            int from = iterations / 10;
            double[] t = new double[iterations + 1 - from];
            double[] y = new double[t.length];
            for (int k = from; k <= iterations; k++) {
                t[k - from] = k;
                y[k - from] = mean[k];
            }
            RateFit fit = RateFit.logLog(t, y);
            assertTrue(fit.slope() <= -0.5, game.name() + ": " + fit);
        }
    }

    @Test
    void hugeBatchReproducesTheExactIterates() {
        PreferenceGame game = DensePreferenceGame.rps(0.1);
        Result exact = NashMirrorProxTest.solve(game, PreferenceTestSupport.monitor(), "tolerance=0", "maxIterations=5");
        Result huge = solve(game, PreferenceTestSupport.monitor(), 3, "batchSize=" + (1 << 20), "schedule=constant",
                "maxIterations=5", "tolerance=0");
        Result small = solve(game, PreferenceTestSupport.monitor(), 3, "batchSize=64", "schedule=constant",
                "maxIterations=5", "tolerance=0");
        double hugeGap = 0;
        double smallGap = 0;
        for (int i = 0; i < 3; i++) {
            hugeGap = Math.max(hugeGap, Math.abs(exact.solution()[i] - huge.solution()[i]));
            smallGap = Math.max(smallGap, Math.abs(exact.solution()[i] - small.solution()[i]));
        }
        assertTrue(hugeGap < 3e-3, "B = 2^20: " + hugeGap);
        assertTrue(smallGap > 10 * hugeGap, "B = 64: " + smallGap + " vs " + hugeGap);
    }

    @Test
    void countsTwoBatchesPerIterationAndClaimsTheExactExploitability() {
        PreferenceGame game = DensePreferenceGame.random(20, 0.1, 2);
        TestMonitor m = PreferenceTestSupport.monitor();
        Result r = solve(game, m, 7, "batchSize=48", "maxIterations=150", "tolerance=0");
        assertEquals(Status.ITERATION_LIMIT, r.status(), r.message());
        assertEquals(150, r.iterations());
        assertEquals(150L * 2 * 48, m.counters().get(SampledPreferences.QUERIES));
        assertEquals(151L, m.counters().get(PreferenceProducts.MATVEC)); // the exact measurement, once per iterate
        double verified = PreferenceExploitabilityVerifier.exploitability(game, r.solution());
        assertEquals(verified, r.certificate().value(), 0.0);
        double[] trace = r.series().get("exploitability");
        assertEquals(verified, trace[trace.length - 1], 1e-12);
        assertEquals(151, trace.length);
    }

    @Test
    void theSeedFixesTheRun() {
        PreferenceGame game = DensePreferenceGame.rps(0.1);
        double[] a = solve(game, PreferenceTestSupport.monitor(), 4, "maxIterations=50").solution();
        double[] b = solve(game, PreferenceTestSupport.monitor(), 4, "maxIterations=50").solution();
        double[] c = solve(game, PreferenceTestSupport.monitor(), 5, "maxIterations=50").solution();
        assertEquals(Arrays.toString(a), Arrays.toString(b));
        assertNotEquals(Arrays.toString(a), Arrays.toString(c));
    }

    @Test
    void refusesPreferencesThatAreNotComplementary() {
        PreferenceGame bad = new DensePreferenceGame("bad", 2, new double[] {0.5, 0.7, 0.7, 0.5}, new double[] {0.5, 0.5}, 0.1);
        Result r = solve(bad, PreferenceTestSupport.monitor(), 0);
        assertEquals(Status.INVALID_INPUT, r.status());
        assertTrue(r.message().startsWith(NashMirrorProxSampled.ID) && r.message().contains("P + P' = 1"), r.message());
    }
}
