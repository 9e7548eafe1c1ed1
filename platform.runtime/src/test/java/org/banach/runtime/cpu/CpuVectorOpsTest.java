package org.banach.runtime.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.banach.api.backend.DeviceMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** axpy, dot, nrm2 and scal against reference loops; bounds are stated per assertion. */
class CpuVectorOpsTest {

    private final CpuBackend cpu = new CpuBackend();

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1,1", "1,9", "9,1", "3,5", "200,1", "37,150", "0,4"})
    void axpyDotNrm2ScalMatchReference(int rows, int cols) {
        Random rnd = new Random(rows * 1009L + cols);
        int len = rows * cols;
        double[] x = Reference.random(rnd, len);
        double[] y = Reference.random(rnd, len);
        DeviceMatrix dx = cpu.upload(rows, cols, x);
        DeviceMatrix dy = cpu.upload(rows, cols, y);

        // dot: |error| <= 1e-15·(len+2)·Σ|x_i·y_i|
        double dot = 0;
        double dotScale = 0;
        double sumSq = 0;
        for (int i = 0; i < len; i++) {
            dot += x[i] * y[i];
            dotScale += Math.abs(x[i] * y[i]);
            sumSq += x[i] * x[i];
        }
        assertEquals(dot, cpu.dot(dx, dy), 1e-15 * (len + 2) * dotScale, "dot");
        // nrm2: relative error <= 1e-15·(len+2)
        assertEquals(Math.sqrt(sumSq), cpu.nrm2(dx), 1e-15 * (len + 2) * Math.sqrt(sumSq), "nrm2");

        // axpy: y_i + alpha·x_i is one rounding of an exact product sum: |error| <= 1e-15·(|y_i| + |alpha·x_i|)
        double alpha = -1.3;
        cpu.axpy(alpha, dx, dy);
        double[] ref = new double[len];
        double[] scale = new double[len];
        for (int i = 0; i < len; i++) {
            ref[i] = y[i] + alpha * x[i];
            scale[i] = Math.abs(y[i]) + Math.abs(alpha * x[i]);
        }
        Reference.assertClose(ref, cpu.download(dy), scale, 1e-15, "axpy");
        Reference.assertSameBits(x, cpu.download(dx), "x untouched by axpy");

        // scal: one rounding: relative error <= 1e-15 (in fact exact equality with alpha·x_i)
        cpu.scal(0.7, dx);
        double[] scaled = new double[len];
        for (int i = 0; i < len; i++) {
            scaled[i] = 0.7 * x[i];
        }
        Reference.assertClose(scaled, cpu.download(dx), Reference.abs(scaled), 1e-15, "scal");
    }

    @Test
    void aliasedArguments() {
        double[] x = {1, -2, 3, 0.5};
        DeviceMatrix dx = cpu.upload(2, 2, x);
        assertEquals(14.25, cpu.dot(dx, dx), 0.0, "dot(x, x) is exact here");
        cpu.axpy(2.0, dx, dx);
        assertArrayEquals(new double[] {3, -6, 9, 1.5}, cpu.download(dx), 0.0, "axpy(x, x): 3x, exact");
    }

    @Test
    void nrm2NeitherOverflowsNorUnderflows() {
        // relative error bound 1e-14 for both extremes
        DeviceMatrix big = cpu.upload(1, 3, new double[] {3e200, -4e200, 0});
        assertEquals(5e200, cpu.nrm2(big), 1e-14 * 5e200, "squares overflow");
        DeviceMatrix tiny = cpu.upload(3, 1, new double[] {3e-200, 0, 4e-200});
        assertEquals(5e-200, cpu.nrm2(tiny), 1e-14 * 5e-200, "squares underflow");
        DeviceMatrix subnormal = cpu.upload(1, 2, new double[] {Double.MIN_VALUE * 3, Double.MIN_VALUE * 4});
        assertEquals(Double.MIN_VALUE * 5, cpu.nrm2(subnormal), 0.0, "subnormal entries, exact");
        DeviceMatrix mixed = cpu.upload(1, 2, new double[] {1e-300, 1.0});
        assertEquals(1.0, cpu.nrm2(mixed), 0.0, "negligible tiny entry");
        DeviceMatrix huge = cpu.upload(1, 2, new double[] {Double.MAX_VALUE, Double.MAX_VALUE});
        assertEquals(Double.POSITIVE_INFINITY, cpu.nrm2(huge), "sqrt(2)·MAX_VALUE is not representable");
    }

    @Test
    void nrm2SpecialValues() {
        assertEquals(0.0, cpu.nrm2(cpu.allocate(3, 3)));
        assertEquals(0.0, cpu.nrm2(cpu.allocate(0, 3)));
        assertEquals(Double.NaN, cpu.nrm2(cpu.upload(1, 3, new double[] {0, Double.NaN, 0})));
        assertEquals(Double.NaN, cpu.nrm2(cpu.upload(1, 2, new double[] {Double.NaN, Double.POSITIVE_INFINITY})));
        assertEquals(Double.POSITIVE_INFINITY, cpu.nrm2(cpu.upload(1, 2, new double[] {1, Double.NEGATIVE_INFINITY})));
    }

    @Test
    void axpyWithAlphaZeroLeavesYAloneAndScalAlwaysMultiplies() {
        DeviceMatrix x = cpu.upload(1, 2, new double[] {Double.NaN, 1});
        DeviceMatrix y = cpu.upload(1, 2, new double[] {1, 2});
        cpu.axpy(0.0, x, y);
        assertArrayEquals(new double[] {1, 2}, cpu.download(y), 0.0);
        cpu.scal(0.0, x);
        Reference.assertSameBits(new double[] {Double.NaN, 0.0}, cpu.download(x), "NaN·0 is NaN");
    }

    @Test
    void shapesMustBeEqual() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> cpu.axpy(1, cpu.allocate(3, 1), cpu.allocate(1, 3)));
        assertEquals("axpy: x is 3x1 but y is 1x3 (shapes must be equal)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cpu.dot(cpu.allocate(2, 3), cpu.allocate(2, 4)));
        assertEquals("dot: x is 2x3 but y is 2x4 (shapes must be equal)", e.getMessage());
        DeviceMatrix closed = cpu.allocate(1, 1);
        closed.close();
        e = assertThrows(IllegalArgumentException.class, () -> cpu.nrm2(closed));
        assertEquals("nrm2: x (1x1) is closed", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cpu.scal(2, new ForeignMatrix(1, 1)));
        assertTrue(e.getMessage().startsWith("scal: x (1x1) belongs to backend 'fake:0'"), e.getMessage());
    }
}
