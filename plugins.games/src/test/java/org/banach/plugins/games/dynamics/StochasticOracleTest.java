package org.banach.plugins.games.dynamics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;

import org.banach.api.games.StochasticVariationalInequality;
import org.junit.jupiter.api.Test;

/**
 * The {@code noise} parameter of {@code games/nonmonotone-vi} and {@code games/bilinear-game}: the sampled
 * oracle is unbiased with E‖V̂(z) − F(z)‖² = σ² (Monte Carlo over many draws), σ = 0 makes it exact, and
 * the exact operator is untouched.
 */
class StochasticOracleTest {

    private static final int DRAWS = 40_000;

    private static StochasticVariationalInequality create(String id, Map<String, String> parameters) {
        return (StochasticVariationalInequality) new DynamicsProblemProvider().create(id, parameters);
    }

    private static void assertUnbiasedWithLevel(StochasticVariationalInequality vi, double sigma) {
        assertEquals(sigma, vi.noiseLevel(), 0, vi.name());
        int d = vi.dimension();
        double[] z = new double[d];
        for (int i = 0; i < d; i++) {
            z[i] = 0.3 - 0.1 * i;
        }
        double[] f = new double[d];
        vi.operator(z, f);
        double[] sample = new double[d];
        double[] mean = new double[d];
        double squared = 0;
        SplittableRandom rng = new SplittableRandom(11);
        for (int k = 0; k < DRAWS; k++) {
            vi.sampledOperator(z, rng, sample);
            for (int i = 0; i < d; i++) {
                double e = sample[i] - f[i];
                mean[i] += e / DRAWS;
                squared += e * e / DRAWS;
            }
        }
        // each coordinate's error is N(0, σ²/d): its mean over the draws has standard deviation σ/√(d·DRAWS)
        for (int i = 0; i < d; i++) {
            assertEquals(0, mean[i], 5 * sigma / Math.sqrt((double) d * DRAWS), vi.name() + " bias of coordinate " + i);
        }
        // ‖U‖²·d/σ² is χ²_d: the sample mean of ‖U‖² has relative standard deviation √(2/(d·DRAWS))
        assertEquals(sigma * sigma, squared, 5 * sigma * sigma * Math.sqrt(2.0 / (d * DRAWS)), vi.name());
        double[] again = new double[d];
        vi.operator(z, again);
        assertArrayEquals(f, again, 0, "the exact operator stays deterministic");
    }

    @Test
    void sampledOracleIsUnbiasedWithTheGivenNoiseLevel() {
        assertUnbiasedWithLevel(create(NonmonotoneVi.ID, Map.of("noise", "0.1")), 0.1);
        assertUnbiasedWithLevel(create(BilinearGame.ID, Map.of("n", "3", "mu", "1", "noise", "0.5")), 0.5);
    }

    @Test
    void zeroNoiseMakesTheSampledOracleExact() {
        for (StochasticVariationalInequality vi : new StochasticVariationalInequality[] {
                create(NonmonotoneVi.ID, Map.of()), create(BilinearGame.ID, Map.of("n", "2"))}) {
            assertEquals(0, vi.noiseLevel(), 0);
            double[] z = vi.start();
            double[] f = new double[z.length];
            double[] s = new double[z.length];
            vi.operator(z, f);
            vi.sampledOperator(z, new SplittableRandom(1), s);
            assertArrayEquals(f, s, 0, vi.name());
        }
        assertTrue(create(NonmonotoneVi.ID, Map.of("noise", "0.1")).name().contains("noise=0.1"));
    }
}
