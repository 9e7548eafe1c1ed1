package org.banach.plugins.optim.problems.networks;

import java.util.Random;

/**
 * A fully connected network: {@code inputs} features, {@code depth} hidden layers of {@code width} units
 * with one activation, and one linear output. Parameters are packed layer by layer: the out×in weight
 * matrix W_l (row-major), then the bias b_l.
 */
final class Architecture {

    final int inputs;
    final int width;
    final int depth;
    final Activation activation;
    private final int[] offsets;

    Architecture(int inputs, int width, int depth, Activation activation) {
        this.inputs = inputs;
        this.width = width;
        this.depth = depth;
        this.activation = activation;
        this.offsets = new int[depth + 2];
        long total = 0;
        for (int l = 0; l <= depth; l++) {
            offsets[l] = (int) total;
            total += (long) out(l) * in(l) + out(l);
            if (total > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("the network has more than 2^31 parameters");
            }
        }
        offsets[depth + 1] = (int) total;
    }

    /** Number of layers with weights (hidden layers and the output). */
    int layers() {
        return depth + 1;
    }

    int in(int layer) {
        return layer == 0 ? inputs : width;
    }

    int out(int layer) {
        return layer == depth ? 1 : width;
    }

    int weightOffset(int layer) {
        return offsets[layer];
    }

    int biasOffset(int layer) {
        return offsets[layer] + out(layer) * in(layer);
    }

    int dimension() {
        return offsets[depth + 1];
    }

    /**
     * The initial parameters: weights N(0, gain/fan-in) (LeCun normal: gain 1, as the paper prescribes
     * for SELU; He normal: gain 2), biases 0.
     */
    double[] initialise(double gain, long seed) {
        Random rnd = new Random(seed);
        double[] x = new double[dimension()];
        for (int l = 0; l < layers(); l++) {
            double sd = Math.sqrt(gain / in(l));
            int end = biasOffset(l);
            for (int k = weightOffset(l); k < end; k++) {
                x[k] = sd * rnd.nextGaussian();
            }
        }
        return x;
    }
}
