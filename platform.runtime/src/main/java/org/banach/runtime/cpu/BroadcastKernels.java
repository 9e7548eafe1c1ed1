package org.banach.runtime.cpu;

/**
 * The broadcasts of the CPU backend, each one pass over the matrix with no temporary:
 * out_ij := alpha·a_ij + r_i + c_j and out_ij := r_i·a_ij·c_j. The work is cut into fixed blocks
 * of {@link #GRAIN} entries (row segments, so wide and tall matrices both split) that run in
 * parallel from {@link #PARALLEL_MIN} entries on. Every entry is read before it is written, so
 * out may be a (or r or c, when the shapes allow). No shape checks here: {@link CpuBackend} does
 * them.
 */
final class BroadcastKernels {

    /** From this many entries on, blocks run in parallel (the loops are memory-bound). */
    static final int PARALLEL_MIN = 1 << 18;

    /** Entries per block. */
    static final int GRAIN = 1 << 16;

    /** Row segment [from, to) of row i, at array offset off = i·cols. */
    @FunctionalInterface
    private interface Segment {
        void run(int i, int off, int from, int to);
    }

    private BroadcastKernels() {
    }

    /**
     * out_ij := alpha·a_ij + r_i + c_j, evaluated left to right; a null r or c is left out (not
     * added as 0, so −0.0 stays −0.0). When alpha == 0, a is not read (NaN or ∞ in it do not
     * propagate), as in BLAS.
     */
    static void broadcastAdd(double alpha, double[] a, double[] r, double[] c, double[] out, int rows, int cols) {
        segments(rows, cols, (i, off, from, to) -> {
            if (alpha == 0.0) {
                if (r == null && c == null) {
                    java.util.Arrays.fill(out, off + from, off + to, 0.0);
                } else if (c == null) {
                    java.util.Arrays.fill(out, off + from, off + to, r[i]);
                } else if (r == null) {
                    System.arraycopy(c, from, out, off + from, to - from);
                } else {
                    double ri = r[i];
                    for (int j = from; j < to; j++) {
                        out[off + j] = ri + c[j];
                    }
                }
            } else if (r == null && c == null) {
                for (int j = from; j < to; j++) {
                    out[off + j] = alpha * a[off + j];
                }
            } else if (c == null) {
                double ri = r[i];
                for (int j = from; j < to; j++) {
                    out[off + j] = alpha * a[off + j] + ri;
                }
            } else if (r == null) {
                for (int j = from; j < to; j++) {
                    out[off + j] = alpha * a[off + j] + c[j];
                }
            } else {
                double ri = r[i];
                for (int j = from; j < to; j++) {
                    out[off + j] = alpha * a[off + j] + ri + c[j];
                }
            }
        });
    }

    /** out_ij := (r_i·a_ij)·c_j; a null r or c is left out (ones). */
    static void scaleRowsCols(double[] r, double[] a, double[] c, double[] out, int rows, int cols) {
        segments(rows, cols, (i, off, from, to) -> {
            if (r == null && c == null) {
                if (out != a) {
                    System.arraycopy(a, off + from, out, off + from, to - from);
                }
            } else if (c == null) {
                double ri = r[i];
                for (int j = from; j < to; j++) {
                    out[off + j] = ri * a[off + j];
                }
            } else if (r == null) {
                for (int j = from; j < to; j++) {
                    out[off + j] = a[off + j] * c[j];
                }
            } else {
                double ri = r[i];
                for (int j = from; j < to; j++) {
                    out[off + j] = ri * a[off + j] * c[j];
                }
            }
        });
    }

    /** Calls {@code body} for every row segment of every block of the rows×cols entries. */
    private static void segments(int rows, int cols, Segment body) {
        int n = rows * cols; // fits: the matrices exist
        Parallel.forBlocks(n, GRAIN, n >= PARALLEL_MIN, (b, from, to) -> {
            int last = (to - 1) / cols;
            for (int i = from / cols; i <= last; i++) {
                int off = i * cols;
                body.run(i, off, Math.max(from, off) - off, Math.min(to, off + cols) - off);
            }
        });
    }
}
