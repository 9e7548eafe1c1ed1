package org.banach.runtime.cpu;

/**
 * The fused Sinkhorn scaling sweep of the CPU backend: one pass over the kernel K (rows×cols,
 * row-major). Row i is read once from memory: its dot product with v gives (K·v)_i and u_i := a_i /
 * (K·v)_i, and the same row, now in cache, is added u_i times into a column accumulator that ends
 * as Kᵀ·u (four rows at a time, see {@link #rowsOf}). The rows are cut into at most {@link
 * #MAX_BLOCKS} blocks whose boundaries depend only on the shape; each block accumulates its own
 * column partial sums, and the partials are added in block order, so the result does not depend on
 * the number of threads. No shape checks here: {@link CpuBackend} does them.
 */
final class SinkhornKernels {

    /** Most row blocks (and column partial vectors) of one sweep. */
    static final int MAX_BLOCKS = 16;

    /** Fewest entries of K per block; smaller kernels run as one block on the calling thread. */
    static final int MIN_BLOCK_ENTRIES = 1 << 16;

    private SinkhornKernels() {
    }

    /** Row blocks of a rows×cols sweep: a function of the shape only. */
    static int blocks(int rows, int cols) {
        long entries = (long) rows * cols;
        return (int) Math.max(1, Math.min(Math.min(MAX_BLOCKS, rows), entries / MIN_BLOCK_ENTRIES));
    }

    /** u_i := a_i / Σ_j k_ij v_j for every row, then kTu_j := Σ_i k_ij u_i (partials added in block order). */
    static void sweep(double[] k, int rows, int cols, double[] a, double[] v, double[] u, double[] kTu) {
        int blocks = blocks(rows, cols);
        if (blocks == 1) {
            java.util.Arrays.fill(kTu, 0, cols, 0.0);
            rowsOf(k, cols, 0, rows, a, v, u, kTu);
            return;
        }
        int grain = (rows + blocks - 1) / blocks;
        double[][] partial = new double[Parallel.blocks(rows, grain)][cols];
        Parallel.forBlocks(rows, grain, true, (b, from, to) -> rowsOf(k, cols, from, to, a, v, u, partial[b]));
        System.arraycopy(partial[0], 0, kTu, 0, cols);
        for (int b = 1; b < partial.length; b++) {
            double[] p = partial[b];
            for (int j = 0; j < cols; j++) {
                kTu[j] += p[j];
            }
        }
    }

    /**
     * Rows [from, to): their u, and their contribution Σ_i k_ij u_i added into acc. Rows go four at a time
     * (four dot products in one sweep over v, then one update of acc with all four rows, so acc and v are
     * streamed once per four rows), the last few one at a time.
     */
    private static void rowsOf(double[] k, int cols, int from, int to, double[] a, double[] v, double[] u,
            double[] acc) {
        int i = from;
        for (; i + 3 < to; i += 4) {
            int o0 = i * cols;
            int o1 = o0 + cols;
            int o2 = o1 + cols;
            int o3 = o2 + cols;
            double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0, t0 = 0.0, t1 = 0.0, t2 = 0.0, t3 = 0.0;
            int j = 0;
            for (; j + 1 < cols; j += 2) {
                double x = v[j];
                double y = v[j + 1];
                s0 += k[o0 + j] * x;
                t0 += k[o0 + j + 1] * y;
                s1 += k[o1 + j] * x;
                t1 += k[o1 + j + 1] * y;
                s2 += k[o2 + j] * x;
                t2 += k[o2 + j + 1] * y;
                s3 += k[o3 + j] * x;
                t3 += k[o3 + j + 1] * y;
            }
            if (j < cols) {
                double x = v[j];
                s0 += k[o0 + j] * x;
                s1 += k[o1 + j] * x;
                s2 += k[o2 + j] * x;
                s3 += k[o3 + j] * x;
            }
            double u0 = a[i] / (s0 + t0);
            double u1 = a[i + 1] / (s1 + t1);
            double u2 = a[i + 2] / (s2 + t2);
            double u3 = a[i + 3] / (s3 + t3);
            u[i] = u0;
            u[i + 1] = u1;
            u[i + 2] = u2;
            u[i + 3] = u3;
            for (j = 0; j < cols; j++) {
                acc[j] += ((k[o0 + j] * u0 + k[o1 + j] * u1) + (k[o2 + j] * u2 + k[o3 + j] * u3));
            }
        }
        for (; i < to; i++) {
            int off = i * cols;
            double ui = a[i] / dot(k, off, v, cols);
            u[i] = ui;
            for (int j = 0; j < cols; j++) {
                acc[j] += k[off + j] * ui;
            }
        }
    }

    /** Σ_j k[off + j]·v[j] in eight lanes, combined pairwise. */
    static double dot(double[] k, int off, double[] v, int cols) {
        double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0, s4 = 0.0, s5 = 0.0, s6 = 0.0, s7 = 0.0;
        int j = 0;
        for (; j + 7 < cols; j += 8) {
            int o = off + j;
            s0 += k[o] * v[j];
            s1 += k[o + 1] * v[j + 1];
            s2 += k[o + 2] * v[j + 2];
            s3 += k[o + 3] * v[j + 3];
            s4 += k[o + 4] * v[j + 4];
            s5 += k[o + 5] * v[j + 5];
            s6 += k[o + 6] * v[j + 6];
            s7 += k[o + 7] * v[j + 7];
        }
        for (; j < cols; j++) {
            s0 += k[off + j] * v[j];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }
}
