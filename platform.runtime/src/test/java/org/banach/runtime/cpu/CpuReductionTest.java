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
 * rowSums, colSums, rowMax, colMax against reference loops. Sums: |error| ≤ 1e-15·(n+2)·Σ|a_ij|
 * over the summed entries; maxima are exact (0 tolerance).
 */
class CpuReductionTest {

    private final CpuBackend cpu = new CpuBackend();

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1,1", "1,17", "17,1", "3,5", "200,3", "7,200", "150,120"})
    void matchReference(int rows, int cols) {
        Random rnd = new Random(rows * 7919L + cols);
        double[] a = Reference.random(rnd, rows * cols);
        a[rnd.nextInt(a.length)] = -5.0; // a negative extreme
        DeviceMatrix da = cpu.upload(rows, cols, a);
        DeviceMatrix rowOut = cpu.allocate(rows, 1);
        DeviceMatrix colOut = cpu.allocate(1, cols);
        double[] absA = Reference.abs(a);

        cpu.rowSums(da, rowOut);
        Reference.assertClose(Reference.rowSums(a, rows, cols), cpu.download(rowOut),
                Reference.rowSums(absA, rows, cols), 1e-15 * (cols + 2), "rowSums");
        cpu.colSums(da, colOut);
        Reference.assertClose(Reference.colSums(a, rows, cols), cpu.download(colOut),
                Reference.colSums(absA, rows, cols), 1e-15 * (rows + 2), "colSums");
        cpu.rowMax(da, rowOut);
        Reference.assertSameBits(Reference.rowMax(a, rows, cols), cpu.download(rowOut), "rowMax");
        cpu.colMax(da, colOut);
        Reference.assertSameBits(Reference.colMax(a, rows, cols), cpu.download(colOut), "colMax");
        Reference.assertSameBits(a, cpu.download(da), "a untouched");
    }

    @Test
    void allNegativeRowsAndNaN() {
        DeviceMatrix a = cpu.upload(2, 3, new double[] {-3, -1, -2, 4, Double.NaN, 1});
        DeviceMatrix r = cpu.allocate(2, 1);
        cpu.rowMax(a, r);
        Reference.assertSameBits(new double[] {-1, Double.NaN}, cpu.download(r), "rowMax, NaN propagates");
        DeviceMatrix c = cpu.allocate(1, 3);
        cpu.colMax(a, c);
        Reference.assertSameBits(new double[] {4, Double.NaN, 1}, cpu.download(c), "colMax, NaN propagates");
        cpu.rowSums(a, r);
        Reference.assertSameBits(new double[] {-6, Double.NaN}, cpu.download(r), "rowSums");
    }

    @Test
    void outputMayAliasTheInputWhenShapesAllow() {
        DeviceMatrix col = cpu.upload(3, 1, new double[] {1, -2, 3});
        cpu.rowSums(col, col);
        assertArrayEquals(new double[] {1, -2, 3}, cpu.download(col), 0.0);
        cpu.rowMax(col, col);
        assertArrayEquals(new double[] {1, -2, 3}, cpu.download(col), 0.0);
        DeviceMatrix row = cpu.upload(1, 3, new double[] {4, -5, 6});
        cpu.colSums(row, row);
        assertArrayEquals(new double[] {4, -5, 6}, cpu.download(row), 0.0);
        cpu.colMax(row, row);
        assertArrayEquals(new double[] {4, -5, 6}, cpu.download(row), 0.0);
    }

    @Test
    void emptyMatrices() {
        DeviceMatrix noCols = cpu.allocate(3, 0);
        DeviceMatrix r = cpu.upload(3, 1, new double[] {9, 9, 9});
        cpu.rowSums(noCols, r);
        assertArrayEquals(new double[] {0, 0, 0}, cpu.download(r), 0.0, "sum over nothing");
        cpu.rowMax(noCols, r);
        assertArrayEquals(new double[] {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.NEGATIVE_INFINITY}, cpu.download(r), 0.0, "max over nothing");
        DeviceMatrix noRows = cpu.allocate(0, 2);
        DeviceMatrix c = cpu.upload(1, 2, new double[] {9, 9});
        cpu.colSums(noRows, c);
        assertArrayEquals(new double[] {0, 0}, cpu.download(c), 0.0);
        cpu.colMax(noRows, c);
        assertArrayEquals(new double[] {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY}, cpu.download(c), 0.0);
    }

    @Test
    void outputShapesAreStrict() {
        DeviceMatrix a = cpu.allocate(3, 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> cpu.rowSums(a, cpu.allocate(1, 3)));
        assertEquals("rowSums: out is 1x3 but must be 3x1 (a is 3x4; out is rows x 1)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cpu.colSums(a, cpu.allocate(4, 1)));
        assertEquals("colSums: out is 4x1 but must be 1x4 (a is 3x4; out is 1 x cols)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cpu.rowMax(a, cpu.allocate(4, 1)));
        assertEquals("rowMax: out is 4x1 but must be 3x1 (a is 3x4; out is rows x 1)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cpu.colMax(a, cpu.allocate(1, 3)));
        assertEquals("colMax: out is 1x3 but must be 1x4 (a is 3x4; out is 1 x cols)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cpu.colMax(new ForeignMatrix(3, 4),
                cpu.allocate(1, 4)));
        assertEquals("colMax: a (3x4) belongs to backend 'fake:0', not to 'cpu'; download it and upload it here first",
                e.getMessage());
    }
}
