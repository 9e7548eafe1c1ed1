package org.banach.runtime.cpu;

import org.ejml.data.DMatrixRMaj;

/**
 * Sparse matrix-vector products of the CPU backend on {@link CpuSparseMatrix} (CSR). Each row's
 * dot product sums its stored entries in column order with one accumulator, exactly like
 * {@link org.banach.api.optim.CsrMatrix#multiply}, so {@code spmv(1, A, x, 0, y)} agrees with it bit for
 * bit. Rows are independent: above {@link #PARALLEL_MIN_NONZEROS} stored entries, blocks of rows
 * (about {@link #GRAIN_NONZEROS} entries each) run on the fork-join pool, with identical results.
 */
final class SparseKernels {

    /** From this many stored entries on, spmv runs its row blocks in parallel (it is memory-bound). */
    static final int PARALLEL_MIN_NONZEROS = 1 << 17;

    /** Target stored entries per parallel block of rows. */
    static final int GRAIN_NONZEROS = 1 << 15;

    private SparseKernels() {
    }

    /**
     * y := alpha·A·x + beta·y with BLAS conventions: beta == 0 overwrites y without reading it;
     * alpha == 0 (or no columns) does not form the product. x and y may each be n×1 or 1×n, only
     * their lengths must match A; x may be y (x is then copied first).
     */
    static void spmv(double alpha, CpuSparseMatrix a, DMatrixRMaj x, double beta, DMatrixRMaj y) {
        vector("x", x, a.cols(), a);
        vector("y", y, a.rows(), a);
        int rows = a.rows();
        double[] yd = y.data;
        if (alpha == 0.0 || a.cols() == 0) {
            Products.scaleOrZero(beta, yd, rows);
            return;
        }
        double[] xd = x == y ? java.util.Arrays.copyOf(x.data, a.cols()) : x.data;
        int[] rs = a.rowStart();
        int[] cs = a.columns();
        double[] vs = a.values();
        int nnz = a.nonZeros();
        int grainRows = (int) Math.max(1L, Math.min(rows, (long) rows * GRAIN_NONZEROS / Math.max(1, nnz)));
        Parallel.forBlocks(rows, grainRows, nnz >= PARALLEL_MIN_NONZEROS,
                (b, from, to) -> multiplyRows(alpha, rs, cs, vs, xd, beta, yd, from, to));
    }

    /** Rows [from, to) of the product. */
    private static void multiplyRows(double alpha, int[] rs, int[] cs, double[] vs, double[] x, double beta, double[] y,
            int from, int to) {
        if (beta == 0.0) {
            for (int i = from; i < to; i++) {
                double s = 0.0;
                for (int k = rs[i], end = rs[i + 1]; k < end; k++) {
                    s += vs[k] * x[cs[k]];
                }
                y[i] = alpha * s;
            }
        } else {
            for (int i = from; i < to; i++) {
                double s = 0.0;
                for (int k = rs[i], end = rs[i + 1]; k < end; k++) {
                    s += vs[k] * x[cs[k]];
                }
                y[i] = beta * y[i] + alpha * s;
            }
        }
    }

    /** Requires spmv's vector {@code v} (n×1 or 1×n) to have length {@code expected}. */
    private static void vector(String name, DMatrixRMaj v, int expected, CpuSparseMatrix a) {
        if (v.numRows != 1 && v.numCols != 1) {
            throw new IllegalArgumentException("spmv: " + name + " must be a vector (n x 1 or 1 x n) but is "
                    + Shapes.of(v));
        }
        int n = v.numRows * v.numCols;
        if (n != expected) {
            throw new IllegalArgumentException("spmv: " + name + " is " + Shapes.of(v) + " (length " + n
                    + ") but a is " + a.rows() + "x" + a.cols() + ", so " + name + " needs length " + expected);
        }
    }
}
