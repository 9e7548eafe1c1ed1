package org.banach.runtime.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.banach.api.backend.DeviceMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * broadcastAdd and scaleRowsCols against reference loops. Their evaluation order is specified
 * (alpha·a_ij + r_i + c_j and (r_i·a_ij)·c_j, left to right, absent terms left out), so the
 * results must agree bit for bit (0 tolerance), on the sequential and the parallel paths.
 */
class CpuBroadcastTest {

    private final CpuBackend cpu = new CpuBackend();

    /** Shapes: small, wide and tall (split inside a row), and above the parallel threshold. */
    @ParameterizedTest(name = "{0}x{1}, alpha {2}")
    @CsvSource({"1,1,1", "3,5,-0.5", "4,7,0", "1,300000,2", "300000,1,-1", "600,500,1.25", "600,500,0",
        "0,4,1", "4,0,1"})
    void matchReference(int rows, int cols, double alpha) {
        Random rnd = new Random(rows * 131L + cols);
        double[] a = Reference.random(rnd, rows * cols);
        double[] r = Reference.random(rnd, rows);
        double[] c = Reference.random(rnd, cols);
        DeviceMatrix da = cpu.upload(rows, cols, a);
        DeviceMatrix dr = cpu.upload(rows, 1, r);
        DeviceMatrix dc = cpu.upload(1, cols, c);
        DeviceMatrix out = cpu.allocate(rows, cols);
        for (int mask = 0; mask < 4; mask++) {
            boolean useR = (mask & 1) != 0;
            boolean useC = (mask & 2) != 0;
            double[] expAdd = new double[rows * cols];
            double[] expScale = new double[rows * cols];
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    int k = i * cols + j;
                    double s = alpha == 0 ? Double.NaN : alpha * a[k];
                    if (useR) {
                        s = Double.isNaN(s) ? r[i] : s + r[i];
                    }
                    if (useC) {
                        s = Double.isNaN(s) ? c[j] : s + c[j];
                    }
                    expAdd[k] = Double.isNaN(s) ? 0.0 : s;
                    double p = useR ? r[i] * a[k] : a[k];
                    expScale[k] = useC ? p * c[j] : p;
                }
            }
            String what = " (r " + useR + ", c " + useC + ")";
            cpu.broadcastAdd(alpha, da, useR ? dr : null, useC ? dc : null, out);
            Reference.assertSameBits(expAdd, cpu.download(out), "broadcastAdd" + what);
            cpu.scaleRowsCols(useR ? dr : null, da, useC ? dc : null, out);
            Reference.assertSameBits(expScale, cpu.download(out), "scaleRowsCols" + what);
        }
        Reference.assertSameBits(a, cpu.download(da), "a untouched");
    }

    @Test
    void outMayBeA() {
        DeviceMatrix a = cpu.upload(2, 3, new double[] {1, 2, 3, 4, 5, 6});
        DeviceMatrix r = cpu.upload(2, 1, new double[] {10, 20});
        DeviceMatrix c = cpu.upload(1, 3, new double[] {100, 200, 300});
        cpu.broadcastAdd(2, a, r, c, a);
        assertArrayEquals(new double[] {112, 214, 316, 128, 230, 332}, cpu.download(a), 0.0);
        cpu.scaleRowsCols(r, a, c, a);
        assertArrayEquals(new double[] {112_000, 428_000, 948_000, 256_000, 920_000, 1_992_000}, cpu.download(a),
                0.0);
        DeviceMatrix v = cpu.upload(3, 1, new double[] {1, 2, 3});
        cpu.broadcastAdd(1, v, v, null, v); // r may be a too when a is a column
        assertArrayEquals(new double[] {2, 4, 6}, cpu.download(v), 0.0);
        cpu.scaleRowsCols(v, v, null, v);
        assertArrayEquals(new double[] {4, 16, 36}, cpu.download(v), 0.0);
    }

    @Test
    void alphaZeroDoesNotReadA() {
        DeviceMatrix a = cpu.upload(2, 2, new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NaN, 1});
        DeviceMatrix r = cpu.upload(2, 1, new double[] {1, 2});
        DeviceMatrix c = cpu.upload(1, 2, new double[] {10, 20});
        DeviceMatrix out = cpu.allocate(2, 2);
        cpu.broadcastAdd(0, a, r, c, out);
        assertArrayEquals(new double[] {11, 21, 12, 22}, cpu.download(out), 0.0, "the outer sum r_i + c_j");
        cpu.broadcastAdd(0, a, null, null, out);
        assertArrayEquals(new double[] {0, 0, 0, 0}, cpu.download(out), 0.0);
        cpu.broadcastAdd(0, a, null, c, out);
        assertArrayEquals(new double[] {10, 20, 10, 20}, cpu.download(out), 0.0);
        cpu.broadcastAdd(0, a, r, null, out);
        assertArrayEquals(new double[] {1, 1, 2, 2}, cpu.download(out), 0.0);
    }

    @Test
    void negativeZeroAndSpecialValues() {
        DeviceMatrix a = cpu.upload(1, 3, new double[] {-0.0, Double.POSITIVE_INFINITY, Double.NaN});
        DeviceMatrix out = cpu.allocate(1, 3);
        cpu.broadcastAdd(1, a, null, null, out);
        Reference.assertSameBits(new double[] {-0.0, Double.POSITIVE_INFINITY, Double.NaN}, cpu.download(out),
                "absent terms are not added as 0");
        cpu.scaleRowsCols(null, a, cpu.upload(1, 3, new double[] {2, 0, 1}), out);
        Reference.assertSameBits(new double[] {-0.0, Double.NaN, Double.NaN}, cpu.download(out), "∞·0 is NaN");
    }

    @Test
    void shapesAreStrict() {
        DeviceMatrix a = cpu.allocate(3, 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> cpu.broadcastAdd(1, a, cpu.allocate(1, 3), null, a));
        assertEquals("broadcastAdd: r is 1x3 but must be 3x1 (a is 3x4; r is rows x 1)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cpu.broadcastAdd(1, a, null, cpu.allocate(4, 1), a));
        assertEquals("broadcastAdd: c is 4x1 but must be 1x4 (a is 3x4; c is 1 x cols)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cpu.broadcastAdd(1, a, null, null, cpu.allocate(4, 3)));
        assertEquals("broadcastAdd: a is 3x4 but out is 4x3 (shapes must be equal)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cpu.scaleRowsCols(cpu.allocate(4, 1), a, null, a));
        assertEquals("scaleRowsCols: r is 4x1 but must be 3x1 (a is 3x4; r is rows x 1)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cpu.scaleRowsCols(null, a, cpu.allocate(1, 5), a));
        assertEquals("scaleRowsCols: c is 1x5 but must be 1x4 (a is 3x4; c is 1 x cols)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cpu.scaleRowsCols(null, a, null, null));
        assertEquals("scaleRowsCols: out is null", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cpu.broadcastAdd(1, a, new ForeignMatrix(3, 1), null,
                a));
        assertEquals("broadcastAdd: r (3x1) belongs to backend 'fake:0', not to 'cpu'; download it and upload it here"
                + " first", e.getMessage());
    }
}
