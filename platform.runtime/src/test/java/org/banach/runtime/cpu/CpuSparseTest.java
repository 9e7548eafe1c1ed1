package org.banach.runtime.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.banach.api.backend.DeviceMatrix;
import org.banach.api.optim.CsrMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * uploadSparse, spmv and the sparse matrix's download against reference loops. spmv:
 * |error| ≤ 2u·(k+2)·(|alpha|·Σ_j|a_ij·x_j| + |beta·y_i|), k the largest number of entries in a row
 * (u = 2⁻⁵³); with alpha 1 and beta 0 it equals {@link CsrMatrix#multiply} bit for bit.
 */
class CpuSparseTest {

    private final CpuBackend cpu = new CpuBackend();

    @ParameterizedTest(name = "{0}x{1} density {2}, alpha {3}, beta {4}")
    @CsvSource({"1,1,1,1,0", "5,7,0.5,-2.5,0.5", "7,5,0.5,0.75,1", "200,150,0.05,1.5,-1", "150,200,0.3,1,0",
        "40,40,0.2,0,2", "0,3,0.5,1,1", "3,0,0.5,2,0.5", "60,1,0.5,1,0.25", "1,60,0.5,-1,0"})
    void matchesReference(int rows, int cols, double density, double alpha, double beta) {
        Random rnd = new Random(rows * 31L + cols);
        CsrMatrix csr = Reference.randomCsr(rnd, rows, cols, density);
        double[] dense = cpu.download(cpu.uploadSparse(csr));
        double[] x = Reference.random(rnd, cols);
        double[] y = Reference.random(rnd, rows);
        DeviceMatrix a = cpu.uploadSparse(csr);
        DeviceMatrix dx = cpu.upload(cols, 1, x);
        DeviceMatrix dy = cpu.upload(rows, 1, y);
        cpu.spmv(alpha, a, dx, beta, dy);
        int k = 0;
        int[] rs = csr.rowStart();
        for (int i = 0; i < rows; i++) {
            k = Math.max(k, rs[i + 1] - rs[i]);
        }
        double[] expected = Reference.gemm(alpha, dense, rows, cols, false, x, cols, 1, false, beta, y, false);
        double[] scale = Reference.gemm(alpha, Reference.abs(dense), rows, cols, false, Reference.abs(x), cols, 1,
                false, beta, Reference.abs(y), true);
        Reference.assertClose(expected, cpu.download(dy), scale, 2 * Reference.U * (k + 2), "spmv");
        Reference.assertSameBits(x, cpu.download(dx), "x untouched");
    }

    @Test
    void poissonEqualsCsrMultiplyBitForBit() {
        for (int k : new int[] {1, 3, 64, 512}) { // 512² = 262144 unknowns, 1.3M entries: the parallel path
            CsrMatrix p = Reference.poisson2d(k);
            int n = k * k;
            double[] x = Reference.random(new Random(k), n);
            double[] expected = new double[n];
            p.multiply(x, expected);
            DeviceMatrix y = cpu.upload(n, 1, Reference.random(new Random(-k), n));
            cpu.spmv(1.0, cpu.uploadSparse(p), cpu.upload(n, 1, x), 0.0, y);
            Reference.assertSameBits(expected, cpu.download(y), "poisson " + k + "x" + k);
        }
        assertEquals(5 * 512 * 512 - 4 * 512, Reference.poisson2d(512).nonZeros());
    }

    @Test
    void downloadGivesTheDenseFormAndUploadCopies() {
        int[] rowStart = {0, 2, 2, 3};
        int[] columns = {0, 3, 1};
        double[] values = {1.5, -2, 7};
        DeviceMatrix a = cpu.uploadSparse(new CsrMatrix(3, 4, rowStart, columns, values));
        values[0] = 99;
        assertEquals(3, a.rows());
        assertEquals(4, a.cols());
        assertEquals("cpu", a.backendId());
        assertEquals(3, ((CpuSparseMatrix) a).nonZeros());
        assertArrayEquals(new double[] {1.5, 0, 0, -2, 0, 0, 0, 0, 0, 7, 0, 0}, cpu.download(a), 0.0);
        assertEquals("CpuSparseMatrix 3x4, 3 non-zeros", a.toString());
    }

    @Test
    void blasConventions() {
        DeviceMatrix a = cpu.uploadSparse(new CsrMatrix(2, 2, new int[] {0, 1, 2}, new int[] {1, 0},
                new double[] {2, 3}));
        DeviceMatrix x = cpu.upload(2, 1, new double[] {5, 7});
        DeviceMatrix y = cpu.upload(2, 1, new double[] {Double.NaN, Double.POSITIVE_INFINITY});
        cpu.spmv(1.0, a, x, 0.0, y);
        assertArrayEquals(new double[] {14, 15}, cpu.download(y), 0.0, "beta 0 does not read y");
        DeviceMatrix nanX = cpu.upload(2, 1, new double[] {Double.NaN, Double.NaN});
        cpu.spmv(0.0, a, nanX, 0.5, y);
        assertArrayEquals(new double[] {7, 7.5}, cpu.download(y), 0.0, "alpha 0 does not form the product");
        cpu.spmv(0.0, a, nanX, 0.0, y);
        assertArrayEquals(new double[] {0, 0}, cpu.download(y), 0.0);
        cpu.spmv(1.0, a, x, 1.0, y);
        assertArrayEquals(new double[] {14, 15}, cpu.download(y), 0.0, "beta 1 adds");
    }

    @Test
    void xMayBeYAndVectorsMayBeRows() {
        DeviceMatrix a = cpu.uploadSparse(Reference.poisson2d(2)); // [[4,-1,-1,0],[-1,4,0,-1],[-1,0,4,-1],[0,-1,-1,4]]
        DeviceMatrix v = cpu.upload(4, 1, new double[] {1, 2, 3, 4});
        cpu.spmv(2.0, a, v, 1.0, v);
        assertArrayEquals(new double[] {1 + 2 * (4 - 2 - 3), 2 + 2 * (-1 + 8 - 4), 3 + 2 * (-1 + 12 - 4),
            4 + 2 * (-2 - 3 + 16)}, cpu.download(v), 0.0, "x aliasing y reads the old x");
        DeviceMatrix row = cpu.upload(1, 4, new double[] {1, 0, 0, 0});
        DeviceMatrix out = cpu.allocate(1, 4);
        cpu.spmv(1.0, a, row, 0.0, out);
        assertArrayEquals(new double[] {4, -1, -1, 0}, cpu.download(out), 0.0);
    }

    @Test
    void sparseMatricesAreRejectedByDenseOperations() {
        DeviceMatrix s = cpu.uploadSparse(Reference.randomCsr(new Random(1), 3, 4, 0.5));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> cpu.gemv(1, s, false, cpu.allocate(4, 1), 0, cpu.allocate(3, 1)));
        assertEquals("gemv: a (3x4) is a sparse matrix; only spmv and download accept one (download it and upload"
                + " it dense for gemv)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cpu.copy(s, cpu.allocate(3, 4)));
        assertTrue(e.getMessage().startsWith("copy: src (3x4) is a sparse matrix"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cpu.rowLogSumExp(s, cpu.allocate(3, 1)));
        assertTrue(e.getMessage().startsWith("rowLogSumExp: a (3x4) is a sparse matrix"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cpu.sum(s));
        assertTrue(e.getMessage().startsWith("sum: x (3x4) is a sparse matrix"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cpu.spmv(1, cpu.uploadSparse(
                Reference.poisson2d(2)), s, 0, cpu.allocate(4, 1)));
        assertTrue(e.getMessage().startsWith("spmv: x (3x4) is a sparse matrix"), e.getMessage());
    }

    @Test
    void spmvChecksItsArguments() {
        DeviceMatrix a = cpu.uploadSparse(Reference.randomCsr(new Random(2), 3, 5, 0.5));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> cpu.spmv(1, a, cpu.allocate(4, 1), 0, cpu.allocate(3, 1)));
        assertEquals("spmv: x is 4x1 (length 4) but a is 3x5, so x needs length 5", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cpu.spmv(1, a, cpu.allocate(5, 1), 0,
                cpu.allocate(1, 5)));
        assertEquals("spmv: y is 1x5 (length 5) but a is 3x5, so y needs length 3", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cpu.spmv(1, a, cpu.allocate(5, 2), 0,
                cpu.allocate(3, 1)));
        assertEquals("spmv: x must be a vector (n x 1 or 1 x n) but is 5x2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cpu.spmv(1, cpu.allocate(3, 5), cpu.allocate(5, 1), 0,
                cpu.allocate(3, 1)));
        assertEquals("spmv: a (3x5) is a dense matrix; spmv needs a sparse one from uploadSparse", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cpu.spmv(1, new ForeignMatrix(3, 5),
                cpu.allocate(5, 1), 0, cpu.allocate(3, 1)));
        assertEquals("spmv: a (3x5) belongs to backend 'fake:0', not to 'cpu'; upload it here with uploadSparse first",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cpu.spmv(1, null, cpu.allocate(5, 1), 0,
                cpu.allocate(3, 1)));
        assertEquals("spmv: a is null", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cpu.uploadSparse(null));
        assertEquals("uploadSparse: a is null", e.getMessage());
        a.close();
        a.close();
        assertTrue(((CpuSparseMatrix) a).isClosed());
        e = assertThrows(IllegalArgumentException.class, () -> cpu.download(a));
        assertEquals("download: m (3x5) is closed", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cpu.spmv(1, a, cpu.allocate(5, 1), 0,
                cpu.allocate(3, 1)));
        assertEquals("spmv: a (3x5) is closed", e.getMessage());
    }

    @Test
    void downloadOfAHugeSparseMatrixIsRefused() {
        DeviceMatrix a = cpu.uploadSparse(new CsrMatrix(100_000, 100_000, new int[100_001], new int[0],
                new double[0]));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> cpu.download(a));
        assertTrue(e.getMessage().startsWith("download: 100000x100000 has 10000000000 entries"), e.getMessage());
        DeviceMatrix y = cpu.upload(100_000, 1, new double[100_000]);
        cpu.fill(y, 3);
        cpu.spmv(1, a, cpu.allocate(100_000, 1), 0.5, y);
        assertEquals(1.5 * 100_000, cpu.sum(y), 0.0, "an empty sparse matrix still multiplies");
    }
}
