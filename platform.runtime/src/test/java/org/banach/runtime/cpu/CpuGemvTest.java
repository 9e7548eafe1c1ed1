package org.banach.runtime.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.banach.api.backend.DeviceMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * gemv against {@link Reference#gemm} with x and y as column vectors. Error bound, entry-wise:
 * 1e-13·(n+2) · (|alpha|·(|op(a)|·|x|) + |beta·y|).
 */
class CpuGemvTest {

    private final CpuBackend cpu = new CpuBackend();

    /** a is rows×cols; every transpose, and x, y as columns or rows. */
    static Stream<Arguments> cases() {
        int[][] shapes = {{1, 1}, {1, 8}, {8, 1}, {3, 5}, {17, 4}, {200, 130}, {61, 199}};
        List<Arguments> out = new ArrayList<>();
        for (int[] s : shapes) {
            for (int t = 0; t < 8; t++) {
                out.add(Arguments.of(s[0], s[1], (t & 4) != 0, (t & 2) != 0, (t & 1) != 0));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "a {0}x{1}, transA={2}, x as row={3}, y as row={4}")
    @MethodSource("cases")
    void matchesReference(int rows, int cols, boolean ta, boolean xRow, boolean yRow) {
        Random rnd = new Random(1000L * rows + cols + (ta ? 7 : 0) + (xRow ? 11 : 0) + (yRow ? 13 : 0));
        int n = ta ? rows : cols;
        int m = ta ? cols : rows;
        for (double[] ab : new double[][] {{-1.75, 0.6}, {0.5, 0.0}, {1.0, 1.0}, {3.0, -1.25}}) {
            double[] a = Reference.random(rnd, rows * cols);
            double[] x = Reference.random(rnd, n);
            double[] y = Reference.random(rnd, m);
            DeviceMatrix dx = xRow ? cpu.upload(1, n, x) : cpu.upload(n, 1, x);
            DeviceMatrix dy = yRow ? cpu.upload(1, m, y) : cpu.upload(m, 1, y);
            cpu.gemv(ab[0], cpu.upload(rows, cols, a), ta, dx, ab[1], dy);
            Reference.assertClose(Reference.gemm(ab[0], a, rows, cols, ta, x, n, 1, false, ab[1], y, false),
                    cpu.download(dy), Reference.gemm(ab[0], a, rows, cols, ta, x, n, 1, false, ab[1], y, true),
                    1e-13 * (n + 2), "gemv alpha=" + ab[0] + " beta=" + ab[1]);
            assertEquals(yRow ? 1 : m, dy.rows(), "y keeps its shape");
            Reference.assertSameBits(x, cpu.download(dx), "x untouched");
        }
    }

    @Test
    void yMayAliasX() {
        Random rnd = new Random(8);
        int n = 41;
        for (boolean ta : new boolean[] {false, true}) {
            double[] a = Reference.random(rnd, n * n);
            double[] x = Reference.random(rnd, n);
            DeviceMatrix dx = cpu.upload(n, 1, x);
            cpu.gemv(0.5, cpu.upload(n, n, a), ta, dx, -2.0, dx);
            Reference.assertClose(Reference.gemm(0.5, a, n, n, ta, x, n, 1, false, -2.0, x, false), cpu.download(dx),
                    Reference.gemm(0.5, a, n, n, ta, x, n, 1, false, -2.0, x, true), 1e-13 * (n + 2),
                    "y aliases x, transA=" + ta);
        }
    }

    @Test
    void yMayAliasA() {
        // a is 5x1, op(a)·x with x 1x1 is 5x1: y may be a itself.
        double[] a = {1, -2, 3, -4, 5};
        DeviceMatrix da = cpu.upload(5, 1, a);
        cpu.gemv(2.0, da, false, cpu.upload(1, 1, new double[] {3}), 1.0, da);
        assertArrayEquals(new double[] {7, -14, 21, -28, 35}, cpu.download(da), 0.0, "exact small integers");
        // transposed: a is 1x4, op(a) is 4x1
        DeviceMatrix row = cpu.upload(1, 4, new double[] {1, 2, 3, 4});
        cpu.gemv(1.0, row, true, cpu.upload(1, 1, new double[] {-1}), 0.5, row);
        assertArrayEquals(new double[] {-0.5, -1, -1.5, -2}, cpu.download(row), 0.0, "exact binary fractions");
    }

    @Test
    void betaZeroOverwritesWithoutReadingAndAlphaZeroSkipsTheProduct() {
        DeviceMatrix a = cpu.upload(2, 3, new double[] {1, 2, 3, 4, 5, 6});
        DeviceMatrix y = cpu.upload(2, 1, new double[] {Double.NaN, Double.NEGATIVE_INFINITY});
        cpu.gemv(1.0, a, false, cpu.upload(3, 1, new double[] {1, 1, 1}), 0.0, y);
        assertArrayEquals(new double[] {6, 15}, cpu.download(y), 0.0);
        DeviceMatrix yt = cpu.upload(3, 1, new double[] {Double.NaN, 1, 1});
        cpu.gemv(1.0, a, true, cpu.upload(2, 1, new double[] {1, -1}), 0.0, yt);
        assertArrayEquals(new double[] {-3, -3, -3}, cpu.download(yt), 0.0);

        DeviceMatrix nanA = cpu.upload(2, 3, new double[] {Double.NaN, 0, 0, 0, 0, 0});
        cpu.gemv(0.0, nanA, false, cpu.upload(3, 1, new double[] {1, 1, 1}), -1.0, y);
        assertArrayEquals(new double[] {-6, -15}, cpu.download(y), 0.0, "alpha 0: y := beta·y");
    }

    @Test
    void shapeErrorsNameTheShapes() {
        DeviceMatrix a = cpu.allocate(3, 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> cpu.gemv(1, a, false, cpu.allocate(3, 1), 0, cpu.allocate(3, 1)));
        assertTrue(e.getMessage().startsWith("gemv: x is 3x1 (length 3) but op(a) is 3x4"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> cpu.gemv(1, a, true, cpu.allocate(3, 1), 0, cpu.allocate(3, 1)));
        assertTrue(e.getMessage().startsWith("gemv: y is 3x1 (length 3) but op(a) is 4x3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> cpu.gemv(1, a, false, cpu.allocate(2, 2), 0, cpu.allocate(3, 1)));
        assertEquals("gemv: x must be a vector (n x 1 or 1 x n) but is 2x2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> cpu.gemv(1, new ForeignMatrix(3, 4), false, cpu.allocate(4, 1), 0, cpu.allocate(3, 1)));
        assertTrue(e.getMessage().startsWith("gemv: a (3x4) belongs to backend 'fake:0', not to 'cpu'"),
                e.getMessage());
    }

    @ParameterizedTest(name = "transA={0}")
    @MethodSource("transposes")
    void aLargeProductSplitAcrossThreadsIsBitIdenticalToTheSerialLoop(boolean ta) {
        int rows = 700;
        int cols = 530;
        assertTrue((long) rows * cols >= Products.GEMV_PARALLEL_MIN, "large enough to run in parallel");
        Random rnd = new Random(ta ? 5 : 6);
        double[] a = Reference.random(rnd, rows * cols);
        double[] x = Reference.random(rnd, ta ? rows : cols);
        double[] y = Reference.random(rnd, ta ? cols : rows);
        double[] expected = y.clone();
        for (int i = 0; i < expected.length; i++) {
            expected[i] *= 0.25;
        }
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                if (ta) {
                    expected[j] += -1.5 * x[i] * a[i * cols + j];
                }
            }
        }
        if (!ta) {
            for (int i = 0; i < rows; i++) {
                expected[i] = 0.25 * y[i] + -1.5 * Kernels.dot(a, i * cols, x, 0, cols);
            }
        }
        DeviceMatrix dy = cpu.upload(y.length, 1, y);
        cpu.gemv(-1.5, cpu.upload(rows, cols, a), ta, cpu.upload(x.length, 1, x), 0.25, dy);
        Reference.assertSameBits(expected, cpu.download(dy), "gemv transA=" + ta);
    }

    static Stream<Boolean> transposes() {
        return Stream.of(false, true);
    }
}
