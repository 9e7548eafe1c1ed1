package org.banach.plugins.optim.problems.networks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.banach.api.backend.DeviceMatrix;
import org.junit.jupiter.api.Test;

/**
 * The paper's central claim at initialisation: a SELU network with LeCun-normal weights on standardised
 * inputs keeps every layer's activations at mean 0 and variance 1 through depth (here 64 layers, ±0.05),
 * with and without alpha-dropout, while ReLU and tanh networks with the same initialisation drift.
 * Moments are taken over all units and rows (128) of a layer and averaged over seeds (each seed a fresh
 * table and network). The band is a wide-network statement: the variance's bias shrinks with the width
 * (measured here, 4 seeds: worst |ν − 1| over the 64 layers 0.035 at width 256, 0.128 at width 64;
 * an exploration with 256 rows gave 0.083 at 64, 0.063 at 128, 0.034 at 256), so the claim is checked
 * at width 256, and the larger deviation at width 64 is asserted too. Measured at width 256: worst
 * |mean| 0.012; with alpha-dropout 0.1 (2 seeds) worst |mean| 0.007, |ν − 1| 0.020; ReLU's variance
 * at layer 64 is about 1e-21 (its mean first jumps to 0.40), tanh's 0.0025 (its mean stays near 0).
 */
class SelfNormalisationTest {

    private static final int DEPTH = 64;

    /** Seed-averaged {mean, variance} per layer. */
    private static double[][] moments(String activation, int width, double dropout, int seeds) {
        double[][] avg = new double[DEPTH][2];
        for (int s = 0; s < seeds; s++) {
            Mlp p = Networks.mlp("depth=" + DEPTH, "width=" + width, "d=" + width, "n=128", "test-fraction=0",
                    "activation=" + activation, "dropout=" + dropout, "seed=" + s);
            double[][] m = p.layerMoments(p.start(), true);
            for (int l = 0; l < DEPTH; l++) {
                avg[l][0] += m[l][0] / seeds;
                avg[l][1] += m[l][1] / seeds;
            }
        }
        return avg;
    }

    /** {worst |mean|, worst |variance − 1|} over the layers. */
    private static double[] worst(double[][] m) {
        double[] w = new double[2];
        for (double[] layer : m) {
            w[0] = Math.max(w[0], Math.abs(layer[0]));
            w[1] = Math.max(w[1], Math.abs(layer[1] - 1));
        }
        return w;
    }

    @Test
    void seluStaysAtZeroMeanAndUnitVarianceToDepth64() {
        double[][] m = moments("selu", 256, 0, 4);
        double[] w = worst(m);
        System.out.printf("selu width 256: worst |mean| %.4f, worst |var-1| %.4f; layer 64 (%.4f, %.4f)%n", w[0], w[1],
                m[DEPTH - 1][0], m[DEPTH - 1][1]);
        assertTrue(w[0] <= 0.05, "worst |mean| " + w[0]);
        assertTrue(w[1] <= 0.05, "worst |variance - 1| " + w[1]);
        double[] narrow = worst(moments("selu", 64, 0, 4));
        System.out.printf("selu width 64: worst |mean| %.4f, worst |var-1| %.4f%n", narrow[0], narrow[1]);
        assertTrue(narrow[1] > w[1], "a narrower network deviates more: " + narrow[1] + " vs " + w[1]);
    }

    @Test
    void alphaDropoutKeepsTheMoments() {
        double[] w = worst(moments("selu", 256, 0.1, 2));
        System.out.printf("selu width 256, alpha-dropout 0.1: worst |mean| %.4f, worst |var-1| %.4f%n", w[0], w[1]);
        assertTrue(w[0] <= 0.05, "worst |mean| " + w[0]);
        assertTrue(w[1] <= 0.05, "worst |variance - 1| " + w[1]);
    }

    @Test
    void reluAndTanhDrift() {
        double[][] relu = moments("relu", 64, 0, 1);
        double[][] tanh = moments("tanh", 64, 0, 1);
        System.out.printf("relu: layer 1 (%.4f, %.4f), layer 64 (%.3g, %.3g); tanh: layer 1 (%.4f, %.4f), layer 64 (%.4f, %.4f)%n",
                relu[0][0], relu[0][1], relu[DEPTH - 1][0], relu[DEPTH - 1][1], tanh[0][0], tanh[0][1],
                tanh[DEPTH - 1][0], tanh[DEPTH - 1][1]);
        // ReLU: the mean jumps to E relu(z) = 1/√(2π) ≈ 0.40 and the variance halves per layer, collapsing
        assertEquals(1 / Math.sqrt(2 * Math.PI), relu[0][0], 0.03);
        assertTrue(relu[DEPTH - 1][1] < 1e-6, "relu variance at depth 64 " + relu[DEPTH - 1][1]);
        // tanh: symmetric, so the mean stays near 0, but the variance decays towards 0 (like 1/depth)
        assertTrue(tanh[0][1] < 0.5, "tanh variance after one layer " + tanh[0][1]);
        assertTrue(tanh[DEPTH - 1][1] < 0.02, "tanh variance at depth 64 " + tanh[DEPTH - 1][1]);
    }

    /** One alpha-dropout layer on N(0, 1) inputs: mean 0 and variance 1 again, with the paper's a and b. */
    @Test
    void alphaDropoutOfAStandardNormalIsStandard() {
        for (double rate : new double[] {0.05, 0.1, 0.2}) {
            AlphaDropout dropout = new AlphaDropout(rate, 11);
            double q = 1 - rate;
            double ap = -SeluMoments.LAMBDA * SeluMoments.ALPHA;
            assertEquals(Math.pow(q + ap * ap * q * (1 - q), -0.5), dropout.a(), 1e-15);
            assertEquals(-(1 - q) * ap * dropout.a(), dropout.b(), 1e-15);
            int rows = 2000;
            int width = 100;
            double[] x = new double[rows * width];
            Random rnd = new Random(2);
            for (int i = 0; i < x.length; i++) {
                x[i] = rnd.nextGaussian();
            }
            int[] ids = new int[rows];
            for (int i = 0; i < rows; i++) {
                ids[i] = i;
            }
            double kept = 0;
            double[] mask = dropout.mask(ids, 0, width);
            for (double v : mask) {
                kept += v / mask.length;
            }
            assertEquals(q, kept, 0.005, "kept fraction");
            try (DeviceMatrix h = Networks.CPU.upload(rows, width, x); DeviceMatrix d = Networks.CPU.upload(rows, width, mask);
                    DeviceMatrix c = Networks.CPU.allocate(1, width)) {
                dropout.forward(Networks.CPU, h, d, c);
                double mean = Networks.CPU.sum(h) / x.length;
                double var = Networks.CPU.dot(h, h) / x.length - mean * mean;
                assertEquals(0, mean, 0.01, "rate " + rate);
                assertEquals(1, var, 0.02, "rate " + rate);
            }
        }
    }
}
