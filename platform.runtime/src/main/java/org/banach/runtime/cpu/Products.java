package org.banach.runtime.cpu;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.CommonOps_MT_DDRM;

/**
 * gemm and gemv of the CPU backend. BLAS conventions: when {@code beta == 0} the output is
 * overwritten without being read (NaN or infinity already in it does not propagate); when
 * {@code alpha == 0} or the inner dimension is 0 the product is not formed and the output only
 * becomes {@code beta·out}. The output may be the same object as an input: the product then goes
 * through a temporary.
 */
final class Products {

    /**
     * gemv of a matrix with at least this many entries splits its output into {@link #GEMV_BLOCKS}
     * ranges run on the fork-join pool. Every output entry is still accumulated by one thread in the
     * serial order, so the result is bit-identical to the serial loop on any number of threads.
     */
    static final long GEMV_PARALLEL_MIN = 1L << 18;
    static final int GEMV_BLOCKS = 8;

    /**
     * Products with at least this many multiply-adds (m·n·k) run on EJML's concurrent kernel when the
     * JVM has more than one processor. Measured by hand (2 cores, EJML 0.46.1, square sizes): the
     * concurrent kernel ties at 64³, is 1.4× faster at 96³ and 1.75× at 128³. On this path
     * transposed operands are copied transposed first: EJML's concurrent transposed kernels ran at
     * 1.3–6.5 GFLOP/s at 256³–512³ against 12–13 for the plain one.
     */
    static final long CONCURRENT_MIN_FLOPS = 128L * 128L * 128L;

    /**
     * From this many multiply-adds on, a transposed b is transposed into a temporary first: EJML's
     * multTransB/multTransAB kernels run at 2.6–3.7 GFLOP/s from 64³ on (and fall to ~1.5 in their
     * concurrent form), while the transpose plus the plain kernel runs at 5.4–6.6 (measured as
     * above).
     */
    static final long TRANSPOSE_B_MIN_FLOPS = 64L * 64L * 64L;

    private Products() {
    }

    static void gemm(double alpha, DMatrixRMaj a, boolean transA, DMatrixRMaj b, boolean transB, double beta,
            DMatrixRMaj c) {
        int m = transA ? a.numCols : a.numRows;
        int k = transA ? a.numRows : a.numCols;
        int kb = transB ? b.numCols : b.numRows;
        int n = transB ? b.numRows : b.numCols;
        if (k != kb) {
            throw new IllegalArgumentException("gemm: op(a) is " + m + "x" + k + " but op(b) is " + kb + "x" + n
                    + " (a is " + Shapes.of(a) + ", transA=" + transA + "; b is " + Shapes.of(b) + ", transB="
                    + transB + "; inner dimensions differ)");
        }
        if (c.numRows != m || c.numCols != n) {
            throw new IllegalArgumentException("gemm: c is " + Shapes.of(c) + " but op(a)·op(b) is " + m + "x" + n
                    + " (op(a) is " + m + "x" + k + ", op(b) is " + kb + "x" + n + ")");
        }
        if (alpha == 0.0 || k == 0) {
            scaleOrZero(beta, c.data, c.getNumElements());
            return;
        }
        if (c == a || c == b) {
            DMatrixRMaj t = new DMatrixRMaj(m, n);
            product(alpha, a, transA, b, transB, t, false);
            double[] td = t.data;
            double[] cd = c.data;
            int len = m * n;
            if (beta == 0.0) {
                System.arraycopy(td, 0, cd, 0, len);
            } else {
                for (int i = 0; i < len; i++) {
                    cd[i] = beta * cd[i] + td[i];
                }
            }
            return;
        }
        if (beta == 0.0) {
            product(alpha, a, transA, b, transB, c, false);
        } else {
            if (beta != 1.0) {
                CommonOps_DDRM.scale(beta, c);
            }
            product(alpha, a, transA, b, transB, c, true);
        }
    }

    /** c := alpha·op(a)·op(b), or c += that when {@code add}; c is neither a nor b. */
    private static void product(double alpha, DMatrixRMaj a, boolean transA, DMatrixRMaj b, boolean transB,
            DMatrixRMaj c, boolean add) {
        long work = (long) c.numRows * c.numCols * (transA ? a.numRows : a.numCols);
        if (work >= CONCURRENT_MIN_FLOPS && Runtime.getRuntime().availableProcessors() > 1) {
            // EJML's concurrent kernels are fast only without transposes: transpose into temporaries.
            DMatrixRMaj at = transA ? CommonOps_DDRM.transpose(a, null) : a;
            DMatrixRMaj bt = transB ? CommonOps_DDRM.transpose(b, null) : b;
            if (add) {
                CommonOps_MT_DDRM.multAdd(alpha, at, bt, c);
            } else {
                CommonOps_MT_DDRM.mult(alpha, at, bt, c);
            }
            return;
        }
        DMatrixRMaj bb = b;
        boolean tb = transB;
        if (transB && work >= TRANSPOSE_B_MIN_FLOPS) {
            bb = CommonOps_DDRM.transpose(b, null);
            tb = false;
        }
        int kind = (transA ? 2 : 0) + (tb ? 1 : 0) + (add ? 4 : 0);
        switch (kind) {
            case 0: CommonOps_DDRM.mult(alpha, a, bb, c); break;
            case 1: CommonOps_DDRM.multTransB(alpha, a, bb, c); break;
            case 2: CommonOps_DDRM.multTransA(alpha, a, bb, c); break;
            case 3: CommonOps_DDRM.multTransAB(alpha, a, bb, c); break;
            case 4: CommonOps_DDRM.multAdd(alpha, a, bb, c); break;
            case 5: CommonOps_DDRM.multAddTransB(alpha, a, bb, c); break;
            case 6: CommonOps_DDRM.multAddTransA(alpha, a, bb, c); break;
            case 7: CommonOps_DDRM.multAddTransAB(alpha, a, bb, c); break;
            default: throw new AssertionError(kind);
        }
    }

    /**
     * y := alpha·op(a)·x + beta·y. x and y may each be n×1 or 1×n; only their lengths must match
     * op(a).
     */
    static void gemv(double alpha, DMatrixRMaj a, boolean transA, DMatrixRMaj x, double beta, DMatrixRMaj y) {
        int m = transA ? a.numCols : a.numRows;
        int n = transA ? a.numRows : a.numCols;
        Shapes.vector("x", x, n, a, transA);
        Shapes.vector("y", y, m, a, transA);
        double[] yd = y.data;
        if (alpha == 0.0 || n == 0) {
            scaleOrZero(beta, yd, m);
            return;
        }
        double[] ad = y == a ? a.data.clone() : a.data;
        double[] xd = y == x ? x.data.clone() : x.data;
        int cols = a.numCols;
        int rows = a.numRows;
        boolean parallel = (long) rows * cols >= GEMV_PARALLEL_MIN;
        if (!transA) {
            Parallel.forBlocks(m, Math.max(1, (m + GEMV_BLOCKS - 1) / GEMV_BLOCKS), parallel, (b, from, to) -> {
                for (int i = from; i < to; i++) {
                    double s = Kernels.dot(ad, i * cols, xd, 0, cols);
                    yd[i] = beta == 0.0 ? alpha * s : beta * yd[i] + alpha * s;
                }
            });
        } else {
            scaleOrZero(beta, yd, m);
            Parallel.forBlocks(m, Math.max(1, (m + GEMV_BLOCKS - 1) / GEMV_BLOCKS), parallel, (b, from, to) -> {
                for (int i = 0; i < rows; i++) {
                    double t = alpha * xd[i];
                    int off = i * cols;
                    for (int j = from; j < to; j++) {
                        yd[j] += t * ad[off + j];
                    }
                }
            });
        }
    }

    /** d[0..len) := beta·d, or zeros when beta is 0 (BLAS: the old values are not read). */
    static void scaleOrZero(double beta, double[] d, int len) {
        if (beta == 0.0) {
            java.util.Arrays.fill(d, 0, len, 0.0);
        } else if (beta != 1.0) {
            for (int i = 0; i < len; i++) {
                d[i] *= beta;
            }
        }
    }
}
