package org.banach.runtime.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.banach.api.backend.DeviceMatrix;
import org.banach.api.backend.ElementwiseOp;
import org.junit.jupiter.api.Test;

/**
 * The SELU derivative map (since 1.2) against a reference loop: known values from the constants, and
 * central differences of SELU itself away from the kink at 0.
 */
class CpuSeluDerivativeTest {

    private static final double LAMBDA = 1.0507009873554805;
    private static final double ALPHA = 1.6732632423543772;

    private final CpuBackend cpu = new CpuBackend();

    @Test
    void knownValues() {
        double[] x = {2.0, 1e-12, 0.0, -1.0, -30.0};
        double[] expected = {LAMBDA, LAMBDA, LAMBDA * ALPHA, LAMBDA * ALPHA * Math.exp(-1), LAMBDA * ALPHA * Math.exp(-30)};
        DeviceMatrix m = cpu.upload(1, x.length, x);
        cpu.map(ElementwiseOp.SELU_DERIVATIVE, m, m);
        double[] got = cpu.download(m);
        for (int i = 0; i < x.length; i++) {
            assertEquals(expected[i], got[i], 4 * Math.ulp(expected[i]), "selu'(" + x[i] + ")");
        }
    }

    @Test
    void matchesCentralDifferencesOfSelu() {
        Random rnd = new Random(5);
        int n = 400;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double v = 8 * rnd.nextDouble() - 4;
            x[i] = Math.abs(v) < 1e-3 ? v + 0.01 : v; // keep the difference off the kink
        }
        DeviceMatrix d = cpu.upload(20, 20, x);
        cpu.map(ElementwiseOp.SELU_DERIVATIVE, d, d);
        double[] got = cpu.download(d);
        double h = 1e-6;
        for (int i = 0; i < n; i++) {
            double reference = (selu(x[i] + h) - selu(x[i] - h)) / (2 * h);
            assertEquals(reference, got[i], 1e-8, "selu'(" + x[i] + ")");
        }
    }

    /** The reference loop's SELU, written out independently of the API. */
    private static double selu(double x) {
        return x > 0 ? LAMBDA * x : LAMBDA * ALPHA * (Math.exp(x) - 1);
    }
}
