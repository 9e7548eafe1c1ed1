package org.banach.plugins.games.dynamics;

import java.util.SplittableRandom;

/**
 * Additive isotropic Gaussian oracle noise of level σ: each of the d coordinates gets an independent
 * N(0, σ²/d) error, so the error U has E[U] = 0 and E‖U‖₂² = σ² exactly (the level that
 * {@link org.banach.api.games.StochasticVariationalInequality#noiseLevel()} reports).
 */
final class GaussianNoise {

    private GaussianNoise() {
    }

    /** out += U with U as above; σ = 0 leaves {@code out} unchanged and draws nothing. */
    static void add(double sigma, SplittableRandom rng, double[] out) {
        if (sigma == 0) {
            return;
        }
        double scale = sigma / Math.sqrt(out.length);
        for (int i = 0; i < out.length; i++) {
            out[i] += scale * rng.nextGaussian();
        }
    }
}
