package org.banach.runtime.cpu;

/**
 * The stable reductions of the CPU backend: log-sum-exp along rows and columns, a compensated sum
 * and the largest magnitude. One pass over the matrix, no temporary of its size; work is cut into
 * blocks that depend only on the shape, so results do not depend on the number of threads. No
 * shape checks here: {@link CpuBackend} does them.
 *
 * <p>Log-sum-exp is max-shifted: out = m + log Σ exp(a − m) with m the largest entry, so no
 * term overflows and the largest is exactly 1. A line of −∞ (or an empty line) gives −∞, a +∞
 * entry gives +∞, and a NaN anywhere in the line gives NaN.
 */
final class StableReductions {

    /** Entries (exponentials) per block of the log-sum-exps; they run in parallel from two blocks on. */
    static final int GRAIN_EXP = 1 << 15;

    /** Minimum number of columns a block of colLogSumExp reads from each row (4 KiB). */
    static final int MIN_BLOCK_COLS = 512;

    /** Entries per block of sum and maxAbs. */
    static final int GRAIN = 1 << 14;

    /** From this many entries on, sum and maxAbs run their blocks in parallel (memory-bound). */
    static final int PARALLEL_MIN = 1 << 18;

    private StableReductions() {
    }

    /**
     * out[i] := log Σ_j exp(a_ij). Per row, two sweeps: the maximum, then the shifted sum with four
     * accumulators (the row is in cache for the second sweep at the sizes of interest). Blocks of
     * whole rows run in parallel.
     */
    static void rowLogSumExp(double[] a, int rows, int cols, double[] out) {
        int grainRows = Math.max(1, GRAIN_EXP / Math.max(1, cols));
        Parallel.forBlocks(rows, grainRows, (long) rows * cols >= 2L * GRAIN_EXP, (b, from, to) -> {
            for (int i = from; i < to; i++) {
                out[i] = logSumExp(a, i * cols, cols);
            }
        });
    }

    /** log Σ exp(a[off .. off+len)), max-shifted. */
    static double logSumExp(double[] a, int off, int len) {
        double m = Double.NEGATIVE_INFINITY;
        for (int k = off, end = off + len; k < end; k++) {
            double v = a[k];
            m = v > m ? v : m; // NaN is skipped here and caught by the sum below
        }
        if (m == Double.POSITIVE_INFINITY || m == Double.NEGATIVE_INFINITY) {
            // The sum would form ∞ − ∞; the answer is m unless the line holds a NaN.
            for (int k = off, end = off + len; k < end; k++) {
                if (Double.isNaN(a[k])) {
                    return Double.NaN;
                }
            }
            return m;
        }
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        int k = off;
        int end = off + len;
        for (; k + 3 < end; k += 4) {
            s0 += Math.exp(a[k] - m);
            s1 += Math.exp(a[k + 1] - m);
            s2 += Math.exp(a[k + 2] - m);
            s3 += Math.exp(a[k + 3] - m);
        }
        for (; k < end; k++) {
            s0 += Math.exp(a[k] - m);
        }
        return m + Math.log((s0 + s1) + (s2 + s3));
    }

    /**
     * out[j] := log Σ_i exp(a_ij), streaming over the rows once with a running maximum m_j and a
     * running shifted sum s_j per column (s_j is rescaled by exp(m_old − m_new) when the maximum
     * grows, which after the first rows is rare). Blocks of at least {@link #MIN_BLOCK_COLS} columns
     * run in parallel; each column's arithmetic is the same whatever the blocks.
     */
    static void colLogSumExp(double[] a, int rows, int cols, double[] out) {
        double[] m = new double[cols];
        double[] s = new double[cols];
        int grainCols = Math.max(MIN_BLOCK_COLS, GRAIN_EXP / Math.max(1, rows));
        Parallel.forBlocks(cols, grainCols, (long) rows * cols >= 2L * GRAIN_EXP, (b, from, to) -> {
            java.util.Arrays.fill(m, from, to, Double.NEGATIVE_INFINITY);
            for (int i = 0; i < rows; i++) {
                accumulate(a, i * cols, from, to, m, s);
            }
            for (int j = from; j < to; j++) {
                out[j] = m[j] + Math.log(s[j]);
            }
        });
    }

    /**
     * Adds row segment a[off+from .. off+to) to the running (m, s) of columns [from, to):
     * Σ exp = exp(m)·s. Ties add exactly 1 (so ∞ − ∞ is never formed: a tie at −∞ only counts, and
     * −∞ + log(count) is −∞; a tie at +∞ gives +∞ + log s = +∞); a NaN makes s NaN for good.
     */
    static void accumulate(double[] a, int off, int from, int to, double[] m, double[] s) {
        for (int j = from; j < to; j++) {
            double v = a[off + j];
            double mj = m[j];
            if (v > mj) {
                s[j] = s[j] * Math.exp(mj - v) + 1.0;
                m[j] = v;
            } else {
                s[j] += v == mj ? 1.0 : Math.exp(v - mj);
            }
        }
    }

    /**
     * Σ x with compensated summation: Knuth's error-free TwoSum in four lanes over fixed blocks of
     * {@link #GRAIN} entries, the block results combined in order with TwoSum too. The error is at
     * most about u·|Σx| + (n·u)²·Σ|x| (u = 2⁻⁵³), i.e. as if summed in twice the precision and then
     * rounded. ∞ and NaN propagate as in a plain sum.
     */
    static double sum(double[] x, int n) {
        int blocks = Parallel.blocks(n, GRAIN);
        double[] parts = new double[2 * blocks];
        Parallel.forBlocks(n, GRAIN, n >= PARALLEL_MIN, (b, from, to) -> blockSum(x, from, to, parts, 2 * b));
        double s = 0.0;
        double c = 0.0;
        for (int b = 0; b < blocks; b++) {
            double v = parts[2 * b];
            double t = s + v;
            double bp = t - s;
            c += (s - (t - bp)) + (v - bp) + parts[2 * b + 1];
            s = t;
        }
        double r = s + c;
        return Double.isNaN(r) && !Double.isNaN(s) ? s : r; // s = ±∞ makes c NaN (∞ − ∞): keep the plain sum
    }

    /** parts[at] := Σ x[from..to) in four TwoSum lanes, parts[at+1] := the accumulated rounding errors. */
    private static void blockSum(double[] x, int from, int to, double[] parts, int at) {
        double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
        double c0 = 0.0, c1 = 0.0, c2 = 0.0, c3 = 0.0;
        int k = from;
        for (; k + 3 < to; k += 4) {
            double v = x[k];
            double t = s0 + v;
            double bp = t - s0;
            c0 += (s0 - (t - bp)) + (v - bp);
            s0 = t;
            v = x[k + 1];
            t = s1 + v;
            bp = t - s1;
            c1 += (s1 - (t - bp)) + (v - bp);
            s1 = t;
            v = x[k + 2];
            t = s2 + v;
            bp = t - s2;
            c2 += (s2 - (t - bp)) + (v - bp);
            s2 = t;
            v = x[k + 3];
            t = s3 + v;
            bp = t - s3;
            c3 += (s3 - (t - bp)) + (v - bp);
            s3 = t;
        }
        for (; k < to; k++) {
            double v = x[k];
            double t = s0 + v;
            double bp = t - s0;
            c0 += (s0 - (t - bp)) + (v - bp);
            s0 = t;
        }
        // Combine the lanes error-free as well.
        double s = s0;
        double c = (c0 + c1) + (c2 + c3);
        for (double v : new double[] {s1, s2, s3}) {
            double t = s + v;
            double bp = t - s;
            c += (s - (t - bp)) + (v - bp);
            s = t;
        }
        parts[at] = s;
        parts[at + 1] = c;
    }

    /** max |x_k| (0 when n is 0; NaN if any entry is NaN), in four lanes over parallel blocks. */
    static double maxAbs(double[] x, int n) {
        int blocks = Parallel.blocks(n, GRAIN);
        double[] parts = new double[blocks];
        Parallel.forBlocks(n, GRAIN, n >= PARALLEL_MIN, (b, from, to) -> {
            double m0 = 0.0, m1 = 0.0, m2 = 0.0, m3 = 0.0;
            int k = from;
            for (; k + 3 < to; k += 4) {
                m0 = Math.max(m0, Math.abs(x[k]));
                m1 = Math.max(m1, Math.abs(x[k + 1]));
                m2 = Math.max(m2, Math.abs(x[k + 2]));
                m3 = Math.max(m3, Math.abs(x[k + 3]));
            }
            for (; k < to; k++) {
                m0 = Math.max(m0, Math.abs(x[k]));
            }
            parts[b] = Math.max(Math.max(m0, m1), Math.max(m2, m3));
        });
        double m = 0.0;
        for (double p : parts) {
            m = Math.max(m, p);
        }
        return m;
    }
}
