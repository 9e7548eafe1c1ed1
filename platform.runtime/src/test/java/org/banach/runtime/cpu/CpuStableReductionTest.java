package org.banach.runtime.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;

import org.banach.api.backend.DeviceMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * rowLogSumExp, colLogSumExp, sum and maxAbs. Log-sum-exp against the textbook max-shifted loop
 * ({@link Reference#logSumExp}) with |error| ≤ 2u·|ref| + 4u·(len + 3) (both sums of len terms
 * of size ≤ 1 err by ≤ (len + 1)u relatively, the logs and the final additions by u·|ref|; u = 2⁻⁵³);
 * special values exactly. sum against the exact (BigDecimal) sum with |error| ≤ 2u·|S| + (n·u)²·Σ|x|;
 * maxAbs exactly.
 */
class CpuStableReductionTest {

    private final CpuBackend cpu = new CpuBackend();

    /** Entries uniform in [-scale, scale); "increasing" makes every column strictly increasing. */
    @ParameterizedTest(name = "{0}x{1}, scale {2}, increasing {3}")
    @CsvSource({"1,1,1,false", "3,5,1,false", "17,33,1000,false", "200,3,1000,false", "3,200,30,false",
        "600,500,1000,false", "1,70000,1000,false", "70000,1,1000,false", "300,700,5,true", "0,3,1,false",
        "3,0,1,false"})
    void logSumExpMatchesReference(int rows, int cols, double scale, boolean increasing) {
        Random rnd = new Random(rows * 7L + cols);
        double[] a = Reference.random(rnd, rows * cols);
        for (int k = 0; k < a.length; k++) {
            a[k] = increasing ? (k / cols) * 1e-3 + 1e-4 * a[k] : scale * a[k];
        }
        DeviceMatrix da = cpu.upload(rows, cols, a);
        DeviceMatrix r = cpu.allocate(rows, 1);
        DeviceMatrix c = cpu.allocate(1, cols);
        cpu.rowLogSumExp(da, r);
        cpu.colLogSumExp(da, c);
        double[] rows1 = cpu.download(r);
        double[] cols1 = cpu.download(c);
        for (int i = 0; i < rows; i++) {
            assertLse(Reference.row(a, cols, i), rows1[i], "rowLogSumExp row " + i);
        }
        for (int j = 0; j < cols; j++) {
            assertLse(Reference.col(a, rows, cols, j), cols1[j], "colLogSumExp column " + j);
        }
        Reference.assertSameBits(a, cpu.download(da), "a untouched");
    }

    private static void assertLse(double[] line, double actual, String what) {
        double ref = Reference.logSumExp(line);
        double bound = 2 * Reference.U * Math.abs(ref) + 4 * Reference.U * (line.length + 3);
        if (!(actual == ref || Math.abs(actual - ref) <= bound)) {
            fail(what + ": " + actual + " but the reference is " + ref + " (bound " + bound + ")");
        }
    }

    @Test
    void extremeAndSpecialValues() {
        double inf = Double.POSITIVE_INFINITY;
        double nan = Double.NaN;
        double[][] lines = {
            {1000, 1000}, {-1000, -1000}, {1000, -1000}, {-1000, 1000, -1000}, {-inf, -inf}, {-inf, 3},
            {inf, 1}, {inf, inf}, {1, nan}, {inf, nan}, {-inf, nan}, {nan, -inf}, {710, 710, 710}, {-inf}};
        double[] expected = {1000 + Math.log(2), -1000 + Math.log(2), 1000, 1000, -inf, 3, inf, inf, nan, nan, nan,
            nan, 710 + Math.log(3), -inf};
        for (int t = 0; t < lines.length; t++) {
            double[] line = lines[t];
            DeviceMatrix asRow = cpu.upload(1, line.length, line);
            DeviceMatrix asCol = cpu.upload(line.length, 1, line);
            DeviceMatrix out = cpu.allocate(1, 1);
            double delta = Double.isFinite(expected[t]) ? 2 * Reference.U * Math.abs(expected[t]) : 0.0;
            cpu.rowLogSumExp(asRow, out);
            assertEquals(expected[t], cpu.download(out)[0], delta,
                    "rowLogSumExp " + java.util.Arrays.toString(line));
            cpu.colLogSumExp(asCol, out);
            assertEquals(expected[t], cpu.download(out)[0], delta,
                    "colLogSumExp " + java.util.Arrays.toString(line));
        }
    }

    @Test
    void emptyLinesGiveMinusInfinityAndOutMayBeA() {
        DeviceMatrix out = cpu.upload(3, 1, new double[] {9, 9, 9});
        cpu.rowLogSumExp(cpu.allocate(3, 0), out);
        Reference.assertSameBits(new double[] {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.NEGATIVE_INFINITY}, cpu.download(out), "log of an empty sum");
        DeviceMatrix colOut = cpu.upload(1, 2, new double[] {9, 9});
        cpu.colLogSumExp(cpu.allocate(0, 2), colOut);
        Reference.assertSameBits(new double[] {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY},
                cpu.download(colOut), "log of an empty sum");
        DeviceMatrix col = cpu.upload(3, 1, new double[] {1, -2, 3});
        cpu.rowLogSumExp(col, col);
        Reference.assertSameBits(new double[] {1, -2, 3}, cpu.download(col), "a single term");
        DeviceMatrix row = cpu.upload(1, 3, new double[] {4, -5, 6});
        cpu.colLogSumExp(row, row);
        Reference.assertSameBits(new double[] {4, -5, 6}, cpu.download(row), "a single term");
    }

    @Test
    void logSumExpShapes() {
        DeviceMatrix a = cpu.allocate(3, 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> cpu.rowLogSumExp(a, cpu.allocate(1, 3)));
        assertEquals("rowLogSumExp: out is 1x3 but must be 3x1 (a is 3x4; out is rows x 1)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cpu.colLogSumExp(a, cpu.allocate(4, 1)));
        assertEquals("colLogSumExp: out is 4x1 but must be 1x4 (a is 3x4; out is 1 x cols)", e.getMessage());
    }

    @ParameterizedTest(name = "n = {0}")
    @CsvSource({"0", "1", "3", "4", "5", "1000", "16385", "300000"})
    void sumIsCompensated(int n) {
        Random rnd = new Random(n);
        double[] x = new double[n];
        double abs = 0;
        for (int i = 0; i < n; i++) {
            // magnitudes over 40 binades, both signs: a plain sum loses most digits here
            x[i] = (2 * rnd.nextDouble() - 1) * Math.scalb(1.0, rnd.nextInt(40) - 20);
            abs += Math.abs(x[i]);
        }
        double exact = Reference.exactSum(x);
        double got = cpu.sum(cpu.upload(1, n, x));
        double bound = 2 * Reference.U * Math.abs(exact) + Math.pow(n * Reference.U, 2) * abs;
        assertEquals(exact, got, bound, "sum of " + n);
        assertEquals(got, cpu.sum(cpu.upload(n, 1, x)), 0.0, "the same whatever the shape");
    }

    @Test
    void sumOfIllConditionedData() {
        assertEquals(2.0, cpu.sum(cpu.upload(1, 4, new double[] {1e16, 1, -1e16, 1})), 0.0);
        assertEquals(2.0, cpu.sum(cpu.upload(1, 5, new double[] {1, 1e100, 1, -1e100, 0})), 0.0);
        double[] x = new double[40001]; // 10000 blocks of (1e20, 0.5, -1e20, 0.25), then 1: exactly 7501
        for (int i = 0; i < 40000; i += 4) {
            x[i] = 1e20;
            x[i + 1] = 0.5;
            x[i + 2] = -1e20;
            x[i + 3] = 0.25;
        }
        x[40000] = 1;
        assertEquals(7501.0, cpu.sum(cpu.upload(1, x.length, x)), 0.0);
        assertEquals(0.0, cpu.sum(cpu.allocate(0, 5)), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, cpu.sum(cpu.upload(1, 3, new double[] {1, Double.POSITIVE_INFINITY,
            2})), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, cpu.sum(cpu.upload(1, 2, new double[] {Double.MAX_VALUE,
            Double.MAX_VALUE})), 0.0, "overflow");
        assertEquals(Double.NaN, cpu.sum(cpu.upload(1, 2, new double[] {Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY})), 0.0);
        assertEquals(Double.NaN, cpu.sum(cpu.upload(1, 3, new double[] {1, Double.NaN, 2})), 0.0);
    }

    @Test
    void maxAbs() {
        Random rnd = new Random(5);
        for (int n : new int[] {1, 3, 7, 16385, 300000}) {
            double[] x = Reference.random(rnd, n);
            int at = rnd.nextInt(n);
            x[at] = -3.5;
            assertEquals(3.5, cpu.maxAbs(cpu.upload(n, 1, x)), 0.0, "n = " + n);
            x[n - 1] = Double.NaN;
            assertEquals(Double.NaN, cpu.maxAbs(cpu.upload(n, 1, x)), 0.0, "NaN at the end, n = " + n);
            x[n - 1] = 0;
            x[0] = Double.NaN;
            assertEquals(Double.NaN, cpu.maxAbs(cpu.upload(n, 1, x)), 0.0, "NaN first, n = " + n);
        }
        assertEquals(0.0, cpu.maxAbs(cpu.allocate(0, 0)), 0.0, "empty");
        assertEquals(Double.POSITIVE_INFINITY, cpu.maxAbs(cpu.upload(1, 2, new double[] {1,
            Double.NEGATIVE_INFINITY})), 0.0);
        Reference.assertSameBits(new double[] {0.0}, new double[] {cpu.maxAbs(cpu.upload(1, 1, new double[] {-0.0}))},
                "|−0| is +0");
    }
}
