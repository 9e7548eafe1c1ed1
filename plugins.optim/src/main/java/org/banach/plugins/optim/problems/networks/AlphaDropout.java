package org.banach.plugins.optim.problems.networks;

import org.banach.api.backend.Backend;
import org.banach.api.backend.DeviceMatrix;

/**
 * Alpha-dropout (Klambauer et al. 2017, §"New dropout technique"): a dropped unit is set to
 * α′ = −λα, the value SELU saturates to, instead of 0, and the layer is then mapped affinely,
 * y = a·(x·d + α′(1 − d)) + b with d ~ Bernoulli(q), q = 1 − rate, and
 * a = (q + α′²q(1 − q))^(−1/2), b = −(1 − q)α′a, so inputs of mean 0 and variance 1 keep them.
 * So that the objective stays a fixed finite sum (and gradients can be checked), each data point has
 * its own fixed mask: d for sample i, layer l, unit j is a hash of (seed, i, l, j), not a fresh draw.
 */
final class AlphaDropout {

    static final double ALPHA_PRIME = -SeluMoments.LAMBDA * SeluMoments.ALPHA;

    private final double keep;
    private final double a;
    private final double b;
    private final long seed;

    AlphaDropout(double rate, long seed) {
        if (!(rate > 0 && rate < 1)) {
            throw new IllegalArgumentException("alpha-dropout rate must lie in (0, 1), got " + rate);
        }
        this.keep = 1 - rate;
        this.a = 1 / Math.sqrt(keep + ALPHA_PRIME * ALPHA_PRIME * keep * (1 - keep));
        this.b = -(1 - keep) * ALPHA_PRIME * a;
        this.seed = seed;
    }

    double a() {
        return a;
    }

    double b() {
        return b;
    }

    /** The B×width 0/1 mask of layer {@code layer} for the samples {@code rows} (row-major). */
    double[] mask(int[] rows, int layer, int width) {
        double[] d = new double[rows.length * width];
        for (int r = 0; r < rows.length; r++) {
            for (int j = 0; j < width; j++) {
                d[r * width + j] = uniform(rows[r], layer, j) < keep ? 1.0 : 0.0;
            }
        }
        return d;
    }

    /** A uniform in [0, 1) from (seed, i, l, j) by the SplitMix64 finaliser. */
    private double uniform(int i, int layer, int j) {
        long z = seed + 0x9E3779B97F4A7C15L * (1 + i) + 0xC2B2AE3D27D4EB4FL * (1 + layer) + 0x165667B19E3779F9L * (1 + j);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }

    /** h := a·(h∘d + α′(1 − d)) + b, with {@code constant} a 1×cols row scratch. */
    void forward(Backend be, DeviceMatrix h, DeviceMatrix d, DeviceMatrix constant) {
        be.hadamard(h, d, h);
        be.axpy(-ALPHA_PRIME, d, h);
        be.scal(a, h);
        be.fill(constant, a * ALPHA_PRIME + b);
        be.broadcastAdd(1.0, h, null, constant, h);
    }

    /** dh := a·(dh∘d), the adjoint of {@link #forward} in h. */
    void backward(Backend be, DeviceMatrix dh, DeviceMatrix d) {
        be.hadamard(dh, d, dh);
        be.scal(a, dh);
    }
}
