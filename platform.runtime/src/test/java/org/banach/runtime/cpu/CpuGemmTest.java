package org.banach.runtime.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.banach.api.backend.DeviceMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * gemm against {@link Reference#gemm}. Error bound, entry-wise: |C − C_ref| ≤ 1e-13 · k-scaled
 * magnitude, namely 1e-13·(k+2) · (|alpha|·(|op(a)|·|op(b)|) + |beta·c|), which is the classical
 * γ_k bound with a margin (u ≈ 1.1e-16).
 */
class CpuGemmTest {

    private final CpuBackend cpu = new CpuBackend();

    /**
     * m, k, n: 1×1, vectors (outer and inner products), non-square, up to 200. 90·80·70 lies between
     * Products.TRANSPOSE_B_MIN_FLOPS and CONCURRENT_MIN_FLOPS, 200·150·120 above the latter: every
     * code path of Products.product is taken.
     */
    static Stream<Arguments> shapes() {
        int[][] mkn = {{1, 1, 1}, {1, 7, 1}, {7, 1, 5}, {1, 9, 6}, {6, 9, 1}, {3, 4, 2}, {13, 5, 17},
            {64, 33, 2}, {90, 80, 70}, {200, 150, 120}, {37, 200, 1}};
        List<Arguments> out = new ArrayList<>();
        for (int[] s : mkn) {
            for (int t = 0; t < 4; t++) {
                out.add(Arguments.of(s[0], s[1], s[2], (t & 2) != 0, (t & 1) != 0));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}x{1} * {1}x{2}, transA={3}, transB={4}")
    @MethodSource("shapes")
    void matchesReferenceForAllTransposes(int m, int k, int n, boolean ta, boolean tb) {
        Random rnd = new Random(31L * m + 7L * k + n + (ta ? 1000 : 0) + (tb ? 2000 : 0));
        for (double[] ab : new double[][] {{-0.75, 1.5}, {2.5, 0.0}, {1.0, 1.0}, {0.3, -2.25}}) {
            check(rnd, m, k, n, ta, tb, ab[0], ab[1]);
        }
    }

    /**
     * At least Products.CONCURRENT_MIN_FLOPS multiply-adds: the concurrent EJML kernel (when the
     * JVM has more than one processor), transposes materialised.
     */
    @Test
    void largeProductsTakeTheConcurrentPathAndStillMatch() {
        assertTrue(260L * 270 * 250 >= Products.CONCURRENT_MIN_FLOPS);
        assertTrue(90L * 80 * 70 >= Products.TRANSPOSE_B_MIN_FLOPS && 90L * 80 * 70 < Products.CONCURRENT_MIN_FLOPS);
        Random rnd = new Random(99);
        for (int t = 0; t < 4; t++) {
            check(rnd, 260, 270, 250, (t & 2) != 0, (t & 1) != 0, 1.25, -0.5);
            check(rnd, 260, 270, 250, (t & 2) != 0, (t & 1) != 0, -0.5, 0.0);
        }
    }

    private void check(Random rnd, int m, int k, int n, boolean ta, boolean tb, double alpha, double beta) {
        int ar = ta ? k : m;
        int ac = ta ? m : k;
        int br = tb ? n : k;
        int bc = tb ? k : n;
        double[] a = Reference.random(rnd, ar * ac);
        double[] b = Reference.random(rnd, br * bc);
        double[] c = Reference.random(rnd, m * n);
        DeviceMatrix da = cpu.upload(ar, ac, a);
        DeviceMatrix db = cpu.upload(br, bc, b);
        DeviceMatrix dc = cpu.upload(m, n, c);
        cpu.gemm(alpha, da, ta, db, tb, beta, dc);
        double[] ref = Reference.gemm(alpha, a, ar, ac, ta, b, br, bc, tb, beta, c, false);
        double[] scale = Reference.gemm(alpha, a, ar, ac, ta, b, br, bc, tb, beta, c, true);
        Reference.assertClose(ref, cpu.download(dc), scale, 1e-13 * (k + 2),
                "gemm " + m + "x" + k + "x" + n + " ta=" + ta + " tb=" + tb + " alpha=" + alpha + " beta=" + beta);
        // the inputs are untouched
        Reference.assertSameBits(a, cpu.download(da), "a after gemm");
        Reference.assertSameBits(b, cpu.download(db), "b after gemm");
    }

    @Test
    void outputMayAliasEitherInput() {
        Random rnd = new Random(5);
        int n = 23;
        for (int t = 0; t < 4; t++) {
            boolean ta = (t & 2) != 0;
            boolean tb = (t & 1) != 0;
            double[] a = Reference.random(rnd, n * n);
            double[] b = Reference.random(rnd, n * n);
            double[] scaleA = Reference.gemm(1.5, a, n, n, ta, b, n, n, tb, -0.5, a, true);
            // c is a
            DeviceMatrix da = cpu.upload(n, n, a);
            DeviceMatrix db = cpu.upload(n, n, b);
            cpu.gemm(1.5, da, ta, db, tb, -0.5, da);
            Reference.assertClose(Reference.gemm(1.5, a, n, n, ta, b, n, n, tb, -0.5, a, false), cpu.download(da),
                    scaleA, 1e-13 * (n + 2), "c aliases a, t=" + t);
            // c is b, beta = 0
            DeviceMatrix da2 = cpu.upload(n, n, a);
            cpu.gemm(0.75, da2, ta, db, tb, 0.0, db);
            Reference.assertClose(Reference.gemm(0.75, a, n, n, ta, b, n, n, tb, 0.0, b, false), cpu.download(db),
                    Reference.gemm(0.75, a, n, n, ta, b, n, n, tb, 0.0, b, true), 1e-13 * (n + 2),
                    "c aliases b, t=" + t);
            // a, b and c all the same: c := 2·op(c)·op(c) + 3·c
            DeviceMatrix dx = cpu.upload(n, n, a);
            cpu.gemm(2.0, dx, ta, dx, tb, 3.0, dx);
            Reference.assertClose(Reference.gemm(2.0, a, n, n, ta, a, n, n, tb, 3.0, a, false), cpu.download(dx),
                    Reference.gemm(2.0, a, n, n, ta, a, n, n, tb, 3.0, a, true), 1e-13 * (n + 2),
                    "a = b = c, t=" + t);
        }
    }

    @Test
    void betaZeroOverwritesWithoutReadingAndAlphaZeroSkipsTheProduct() {
        DeviceMatrix a = cpu.upload(2, 2, new double[] {1, 2, 3, 4});
        DeviceMatrix b = cpu.upload(2, 2, new double[] {5, 6, 7, 8});
        DeviceMatrix c = cpu.upload(2, 2, new double[] {Double.NaN, Double.POSITIVE_INFINITY, 1, 1});
        cpu.gemm(1.0, a, false, b, false, 0.0, c);
        assertEquals(List.of(19.0, 22.0, 43.0, 50.0), box(cpu.download(c)), "exact small integers");

        DeviceMatrix nanA = cpu.upload(2, 2, new double[] {Double.NaN, 0, 0, 0});
        cpu.gemm(0.0, nanA, false, b, false, 2.0, c);
        assertEquals(List.of(38.0, 44.0, 86.0, 100.0), box(cpu.download(c)), "alpha 0: c := beta·c");
        cpu.gemm(0.0, nanA, false, b, false, 0.0, c);
        assertEquals(List.of(0.0, 0.0, 0.0, 0.0), box(cpu.download(c)), "alpha 0, beta 0: zeros");
    }

    @Test
    void emptyInnerDimensionGivesBetaTimesC() {
        DeviceMatrix a = cpu.allocate(3, 0);
        DeviceMatrix b = cpu.allocate(0, 2);
        DeviceMatrix c = cpu.upload(3, 2, new double[] {1, 2, 3, 4, 5, 6});
        cpu.gemm(1.0, a, false, b, false, -2.0, c);
        assertEquals(List.of(-2.0, -4.0, -6.0, -8.0, -10.0, -12.0), box(cpu.download(c)));
        DeviceMatrix empty = cpu.allocate(0, 4);
        cpu.gemm(1.0, cpu.allocate(0, 3), false, cpu.allocate(3, 4), false, 0.0, empty);
        assertEquals(0, cpu.download(empty).length);
    }

    @Test
    void innerDimensionMismatchNamesTheShapes() {
        DeviceMatrix a = cpu.allocate(3, 4);
        DeviceMatrix b = cpu.allocate(5, 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> cpu.gemm(1, a, false, b, false, 0, cpu.allocate(3, 2)));
        assertTrue(e.getMessage().startsWith("gemm: op(a) is 3x4 but op(b) is 5x2"), e.getMessage());

        e = assertThrows(IllegalArgumentException.class,
                () -> cpu.gemm(1, a, true, b, false, 0, cpu.allocate(4, 2)));
        assertTrue(e.getMessage().startsWith("gemm: op(a) is 4x3 but op(b) is 5x2"), e.getMessage());
        assertTrue(e.getMessage().contains("transA=true"), e.getMessage());
    }

    @Test
    void wrongOutputShapeNamesTheShapes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> cpu.gemm(1, cpu.allocate(3, 4), false, cpu.allocate(2, 4), true, 0, cpu.allocate(2, 3)));
        assertTrue(e.getMessage().startsWith("gemm: c is 2x3 but op(a)·op(b) is 3x2"), e.getMessage());
    }

    @Test
    void foreignAndClosedMatricesAreRejected() {
        DeviceMatrix ok = cpu.allocate(2, 2);
        DeviceMatrix closed = cpu.allocate(2, 2);
        closed.close();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> cpu.gemm(1, ok, false, new ForeignMatrix(2, 2), false, 0, ok));
        assertTrue(e.getMessage().startsWith("gemm: b (2x2) belongs to backend 'fake:0'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cpu.gemm(1, ok, false, ok, false, 0, closed));
        assertEquals("gemm: c (2x2) is closed", e.getMessage());
    }

    private static List<Double> box(double[] d) {
        return Arrays.stream(d).boxed().toList();
    }
}
