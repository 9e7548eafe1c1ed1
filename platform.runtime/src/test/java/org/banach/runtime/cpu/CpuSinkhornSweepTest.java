package org.banach.runtime.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;

import org.banach.api.backend.Backend;
import org.banach.api.backend.DeviceMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fused Sinkhorn sweep against the reference loops u_i = a_i / Σ_j K_ij v_j, kTu_j = Σ_i K_ij u_i
 * (positive data, so every sum is well conditioned and the order of summation changes only the last
 * bits), on one block and on several; the same bits whatever the number of threads; the Backend
 * interface's two-pass default agrees; shapes and aliasing are refused naming the operation.
 */
class CpuSinkhornSweepTest {

    private final CpuBackend cpu = new CpuBackend();

    /** Shapes: tiny, single row/column, one block, several blocks (wide, tall, square). */
    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1,1", "3,5", "7,1", "1,9", "300,400", "64,4096", "1000,700", "5000,30", "17,9000"})
    void matchesReferenceLoops(int rows, int cols) {
        Random rnd = new Random(rows * 31L + cols);
        double[] k = positive(rnd, rows * cols);
        double[] a = positive(rnd, rows);
        double[] v = positive(rnd, cols);
        double[] u = new double[rows];
        for (int i = 0; i < rows; i++) {
            double s = 0;
            for (int j = 0; j < cols; j++) {
                s += k[i * cols + j] * v[j];
            }
            u[i] = a[i] / s;
        }
        double[] kTu = new double[cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                kTu[j] += k[i * cols + j] * u[i];
            }
        }
        double[][] got = sweep(cpu, rows, cols, k, a, v);
        double tol = 4 * (rows + cols) * Reference.U;
        Reference.assertClose(u, got[0], Reference.abs(u), tol, "u");
        Reference.assertClose(kTu, got[1], Reference.abs(kTu), tol, "kTu");
        String blocks = rows + "x" + cols + " runs in " + SinkhornKernels.blocks(rows, cols) + " blocks";
        assertTrue(rows * cols < 2 * SinkhornKernels.MIN_BLOCK_ENTRIES || SinkhornKernels.blocks(rows, cols) > 1, blocks);
    }

    @Test
    void sameBitsOnOneThreadAndOnMany() throws Exception {
        int rows = 900;
        int cols = 800;
        Random rnd = new Random(7);
        double[] k = positive(rnd, rows * cols);
        double[] a = positive(rnd, rows);
        double[] v = positive(rnd, cols);
        ForkJoinPool one = new ForkJoinPool(1);
        ForkJoinPool four = new ForkJoinPool(4);
        try {
            double[][] r1 = one.submit(() -> sweep(cpu, rows, cols, k, a, v)).get();
            double[][] r4 = four.submit(() -> sweep(cpu, rows, cols, k, a, v)).get();
            Reference.assertSameBits(r1[0], r4[0], "u");
            Reference.assertSameBits(r1[1], r4[1], "kTu");
        } finally {
            one.shutdown();
            four.shutdown();
        }
    }

    @Test
    void interfaceDefaultAgreesWithTheFusedKernel() {
        InvocationHandler h = (proxy, method, args) -> method.isDefault()
                ? InvocationHandler.invokeDefault(proxy, method, args)
                : method.invoke(cpu, args);
        Backend twoPass = (Backend) Proxy.newProxyInstance(Backend.class.getClassLoader(), new Class<?>[] {Backend.class}, h);
        Random rnd = new Random(3);
        int rows = 40;
        int cols = 70;
        double[] k = positive(rnd, rows * cols);
        double[] a = positive(rnd, rows);
        double[] v = positive(rnd, cols);
        double[][] fused = sweep(cpu, rows, cols, k, a, v);
        double[][] plain = sweep(twoPass, rows, cols, k, a, v);
        double tol = 4 * (rows + cols) * Reference.U;
        Reference.assertClose(plain[0], fused[0], Reference.abs(plain[0]), tol, "u");
        Reference.assertClose(plain[1], fused[1], Reference.abs(plain[1]), tol, "kTu");
    }

    @Test
    void aZeroRowGivesAnInfiniteScalingAsIeeeDivisionDoes() {
        double[] k = {0, 0, 1, 2};
        double[][] r = sweep(cpu, 2, 2, k, new double[] {0.5, 0.5}, new double[] {1, 1});
        assertEquals(Double.POSITIVE_INFINITY, r[0][0]);
        assertEquals(0.5 / 3, r[0][1], 1e-16);
    }

    @Test
    void shapesAndAliasingAreRefused() {
        DeviceMatrix k = cpu.allocate(3, 4);
        DeviceMatrix a = cpu.allocate(3, 1);
        DeviceMatrix u = cpu.allocate(3, 1);
        DeviceMatrix v = cpu.allocate(4, 1);
        DeviceMatrix t = cpu.allocate(4, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> cpu.sinkhornSweep(k, a, cpu.allocate(1, 4), u, t));
        assertTrue(e.getMessage().startsWith("sinkhornSweep: v is 1x4 but must be 4x1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cpu.sinkhornSweep(k, a, v, cpu.allocate(4, 1), t));
        assertTrue(e.getMessage().startsWith("sinkhornSweep: u is 4x1 but must be 3x1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cpu.sinkhornSweep(k, a, v, a, t));
        assertTrue(e.getMessage().contains("must not be"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cpu.sinkhornSweep(k, a, v, u, v));
        assertTrue(e.getMessage().contains("must not be"), e.getMessage());
    }

    /** {u, kTu} after one sweep of backend b. */
    private static double[][] sweep(Backend b, int rows, int cols, double[] k, double[] a, double[] v) {
        DeviceMatrix dk = b.upload(rows, cols, k);
        DeviceMatrix da = b.upload(rows, 1, a);
        DeviceMatrix dv = b.upload(cols, 1, v);
        DeviceMatrix du = b.allocate(rows, 1);
        DeviceMatrix dt = b.upload(cols, 1, positive(new Random(1), cols)); // overwritten, not accumulated into
        b.sinkhornSweep(dk, da, dv, du, dt);
        return new double[][] {b.download(du), b.download(dt)};
    }

    /** Entries in [0.5, 1.5). */
    private static double[] positive(Random rnd, int n) {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = 0.5 + rnd.nextDouble();
        }
        return d;
    }
}
