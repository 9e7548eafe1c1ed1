package org.banach.runtime.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.banach.api.backend.DeviceMatrix;
import org.banach.api.backend.ElementwiseOp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * map must agree with {@link ElementwiseOp#apply} bit for bit (bound: 0 ulp), in place and out of
 * place; hadamard and divide are single roundings, so they must equal the Java expression exactly.
 */
class CpuElementwiseTest {

    /** Edge values: signed zeros, negatives (RELU, SELU, ABS, SIGN), overflow/underflow of exp, specials. */
    private static final double[] EDGES = {0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -3.75, 1e-300, -1e-300,
        Double.MIN_VALUE, -Double.MIN_VALUE, 20.0, -20.0, 709.0, 710.0, -745.0, -746.0, 1e300, -1e300,
        Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};

    private final CpuBackend cpu = new CpuBackend();

    @ParameterizedTest
    @EnumSource(ElementwiseOp.class)
    void mapMatchesApplyBitForBitOnEdgeValues(ElementwiseOp op) {
        double[] expected = new double[EDGES.length];
        for (int i = 0; i < EDGES.length; i++) {
            expected[i] = op.apply(EDGES[i]);
        }
        DeviceMatrix x = cpu.upload(4, 6, EDGES);
        DeviceMatrix out = cpu.allocate(4, 6);
        cpu.map(op, x, out);
        Reference.assertSameBits(expected, cpu.download(out), op + " out of place");
        Reference.assertSameBits(EDGES, cpu.download(x), op + ": x untouched");
        cpu.map(op, x, x);
        Reference.assertSameBits(expected, cpu.download(x), op + " in place");
    }

    @ParameterizedTest
    @EnumSource(ElementwiseOp.class)
    void mapMatchesApplyBitForBitOnRandomMatrices(ElementwiseOp op) {
        Random rnd = new Random(op.ordinal());
        for (int[] shape : new int[][] {{1, 1}, {1, 37}, {37, 1}, {19, 23}, {200, 150}}) {
            int n = shape[0] * shape[1];
            double[] x = Reference.random(rnd, n);
            for (int i = 0; i < n; i++) {
                // [-6, 6), and for LOG and SQRT positive values (0, 6]
                x[i] = op == ElementwiseOp.LOG || op == ElementwiseOp.SQRT ? 3.0 * (1.0 - x[i]) : 6.0 * x[i];
            }
            double[] expected = new double[n];
            for (int i = 0; i < n; i++) {
                expected[i] = op.apply(x[i]);
            }
            DeviceMatrix dx = cpu.upload(shape[0], shape[1], x);
            cpu.map(op, dx, dx);
            Reference.assertSameBits(expected, cpu.download(dx), op + " on " + shape[0] + "x" + shape[1]);
        }
    }

    /** Known values, independent of apply; bound 2 ulp of the expected value. */
    @ParameterizedTest(name = "{0}({1}) = {2}")
    @CsvSource({"EXP, 0, 1", "EXP, 1, 2.718281828459045", "LOG, 1, 0", "LOG, 2.718281828459045, 1",
        "RELU, -2, 0", "RELU, 2.5, 2.5", "TANH, 0, 0", "SELU, 1, 1.0507009873554805",
        "SELU, -1, -1.1113307378125628", "SIGMOID, 0, 0.5", "ABS, -4, 4", "SIGN, -3, -1", "SIGN, 3, 1",
        "SIGN, 0, 0", "SQUARE, -3, 9", "SQRT, 16, 4", "RECIPROCAL, -4, -0.25", "NEGATE, 2, -2"})
    void knownValues(ElementwiseOp op, double x, double expected) {
        DeviceMatrix m = cpu.upload(1, 1, new double[] {x});
        cpu.map(op, m, m);
        assertEquals(expected, cpu.download(m)[0], 2 * Math.ulp(expected));
    }

    @Test
    void hadamardAndDivideAllowEveryAliasing() {
        Random rnd = new Random(17);
        int rows = 13;
        int cols = 7;
        double[] x = Reference.random(rnd, rows * cols);
        double[] y = Reference.random(rnd, rows * cols);
        double[] prod = new double[x.length];
        double[] quot = new double[x.length];
        double[] sq = new double[x.length];
        double[] ones = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            prod[i] = x[i] * y[i];
            quot[i] = x[i] / y[i];
            sq[i] = x[i] * x[i];
            ones[i] = x[i] / x[i];
        }
        DeviceMatrix out = cpu.allocate(rows, cols);
        cpu.hadamard(cpu.upload(rows, cols, x), cpu.upload(rows, cols, y), out);
        Reference.assertSameBits(prod, cpu.download(out), "hadamard");
        cpu.divide(cpu.upload(rows, cols, x), cpu.upload(rows, cols, y), out);
        Reference.assertSameBits(quot, cpu.download(out), "divide");

        DeviceMatrix dx = cpu.upload(rows, cols, x);
        DeviceMatrix dy = cpu.upload(rows, cols, y);
        cpu.hadamard(dx, dy, dx);
        Reference.assertSameBits(prod, cpu.download(dx), "hadamard, out = x");
        dx = cpu.upload(rows, cols, x);
        cpu.divide(dx, dy, dy);
        Reference.assertSameBits(quot, cpu.download(dy), "divide, out = y");
        dx = cpu.upload(rows, cols, x);
        cpu.hadamard(dx, dx, dx);
        Reference.assertSameBits(sq, cpu.download(dx), "hadamard, x = y = out");
        dx = cpu.upload(rows, cols, x);
        cpu.divide(dx, dx, dx);
        Reference.assertSameBits(ones, cpu.download(dx), "divide, x = y = out");
    }

    @Test
    void divideFollowsIeee() {
        DeviceMatrix x = cpu.upload(1, 4, new double[] {1, -1, 0, 1});
        DeviceMatrix y = cpu.upload(1, 4, new double[] {0, 0, 0, -0.0});
        cpu.divide(x, y, x);
        Reference.assertSameBits(new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
            Double.NEGATIVE_INFINITY}, cpu.download(x), "x/0");
    }

    @Test
    void shapeErrorsNameTheOperation() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> cpu.map(ElementwiseOp.EXP, cpu.allocate(2, 3), cpu.allocate(3, 2)));
        assertEquals("map(EXP): x is 2x3 but out is 3x2 (shapes must be equal)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> cpu.hadamard(cpu.allocate(2, 3), cpu.allocate(2, 2), cpu.allocate(2, 3)));
        assertEquals("hadamard: x is 2x3 but y is 2x2 (shapes must be equal)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> cpu.divide(cpu.allocate(4, 1), cpu.allocate(4, 1), cpu.allocate(1, 4)));
        assertEquals("divide: x is 4x1 but out is 1x4 (shapes must be equal)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> cpu.map(null, cpu.allocate(1, 1), cpu.allocate(1, 1)));
        assertEquals("map: op is null", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> cpu.divide(cpu.allocate(1, 1), new ForeignMatrix(1, 1), cpu.allocate(1, 1)));
        assertEquals("divide: y (1x1) belongs to backend 'fake:0', not to 'cpu'; download it and upload it here first",
                e.getMessage());
        assertArrayEquals(new double[0], cpu.download(cpu.allocate(0, 0)));
    }
}
