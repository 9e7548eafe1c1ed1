package org.banach.runtime.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;

/**
 * Straightforward reference loops on row-major arrays and the assertions the CPU backend tests
 * share. Nothing here is clever on purpose: it is the specification.
 */
final class Reference {

    private Reference() {
    }

    /** Uniform entries in [-1, 1). */
    static double[] random(Random rnd, int n) {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = 2.0 * rnd.nextDouble() - 1.0;
        }
        return d;
    }

    /** Entry (i, j) of op(m), m being rows×cols row-major. */
    static double at(double[] m, int cols, boolean trans, int i, int j) {
        return trans ? m[j * cols + i] : m[i * cols + j];
    }

    /**
     * alpha·op(a)·op(b) + beta·c, row-major, where a is ar×ac and b is br×bc; with {@code abs}
     * every factor is replaced by its magnitude, which gives the scale an error is measured
     * against.
     */
    static double[] gemm(double alpha, double[] a, int ar, int ac, boolean ta, double[] b, int br, int bc,
            boolean tb, double beta, double[] c, boolean abs) {
        int m = ta ? ac : ar;
        int k = ta ? ar : ac;
        int n = tb ? br : bc;
        double[] out = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0.0;
                for (int p = 0; p < k; p++) {
                    double x = at(a, ac, ta, i, p);
                    double y = at(b, bc, tb, p, j);
                    s += abs ? Math.abs(x * y) : x * y;
                }
                double cij = beta == 0.0 ? 0.0 : beta * c[i * n + j];
                out[i * n + j] = abs ? Math.abs(alpha) * s + Math.abs(cij) : alpha * s + cij;
            }
        }
        return out;
    }

    static double[] rowSums(double[] a, int rows, int cols) {
        double[] out = new double[rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out[i] += a[i * cols + j];
            }
        }
        return out;
    }

    static double[] colSums(double[] a, int rows, int cols) {
        double[] out = new double[cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out[j] += a[i * cols + j];
            }
        }
        return out;
    }

    static double[] rowMax(double[] a, int rows, int cols) {
        double[] out = new double[rows];
        for (int i = 0; i < rows; i++) {
            double m = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < cols; j++) {
                m = Math.max(m, a[i * cols + j]);
            }
            out[i] = m;
        }
        return out;
    }

    static double[] colMax(double[] a, int rows, int cols) {
        double[] out = new double[cols];
        java.util.Arrays.fill(out, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out[j] = Math.max(out[j], a[i * cols + j]);
            }
        }
        return out;
    }

    static double[] abs(double[] a) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = Math.abs(a[i]);
        }
        return out;
    }

    /**
     * Asserts |actual[i] − expected[i]| ≤ relTol · scale[i] for every i (scale[i] being the
     * magnitude the rounding errors of entry i are proportional to), and equal lengths. Exact
     * agreement passes even when the scale is 0.
     */
    static void assertClose(double[] expected, double[] actual, double[] scale, double relTol, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            double err = Math.abs(actual[i] - expected[i]);
            if (!(actual[i] == expected[i] || err <= relTol * scale[i])) {
                fail(what + ": entry " + i + " is " + actual[i] + " but the reference is " + expected[i]
                        + " (error " + err + " > " + relTol + " × scale " + scale[i] + ")");
            }
        }
    }

    /** assertClose with the scale of each entry being the largest magnitude of the reference. */
    static void assertCloseToMax(double[] expected, double[] actual, double relTol, String what) {
        double max = 0.0;
        for (double e : expected) {
            max = Math.max(max, Math.abs(e));
        }
        double[] scale = new double[expected.length];
        java.util.Arrays.fill(scale, max);
        assertClose(expected, actual, scale, relTol, what);
    }

    /** Bit-for-bit equality (NaN equals NaN, 0.0 differs from -0.0). */
    static void assertSameBits(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            if (Double.doubleToLongBits(expected[i]) != Double.doubleToLongBits(actual[i])) {
                fail(what + ": entry " + i + " is " + actual[i] + " but must be exactly " + expected[i]);
            }
        }
    }

    // ---- since 1.1 ----------------------------------------------------------------------------

    /** Unit roundoff 2⁻⁵³. */
    static final double U = 0x1p-53;

    /**
     * A random rows×cols CSR matrix: each entry is stored with probability {@code density}, values
     * uniform in [-1, 1) (some rows may be empty).
     */
    static org.banach.api.optim.CsrMatrix randomCsr(Random rnd, int rows, int cols, double density) {
        int[] rowStart = new int[rows + 1];
        java.util.List<Integer> columns = new java.util.ArrayList<>();
        java.util.List<Double> values = new java.util.ArrayList<>();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                if (rnd.nextDouble() < density) {
                    columns.add(j);
                    values.add(2.0 * rnd.nextDouble() - 1.0);
                }
            }
            rowStart[i + 1] = columns.size();
        }
        return new org.banach.api.optim.CsrMatrix(rows, cols, rowStart,
                columns.stream().mapToInt(Integer::intValue).toArray(),
                values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The 5-point Laplacian of a k×k grid (Dirichlet): k² unknowns, 4 on the diagonal, −1 off it. */
    static org.banach.api.optim.CsrMatrix poisson2d(int k) {
        int n = k * k;
        int[] rowStart = new int[n + 1];
        int[] columns = new int[5 * n];
        double[] values = new double[5 * n];
        int nnz = 0;
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < k; c++) {
                int i = r * k + c;
                int[] neighbours = {i - k, i - 1, i, i + 1, i + k};
                boolean[] present = {r > 0, c > 0, true, c < k - 1, r < k - 1};
                for (int t = 0; t < 5; t++) {
                    if (present[t]) {
                        columns[nnz] = neighbours[t];
                        values[nnz++] = t == 2 ? 4.0 : -1.0;
                    }
                }
                rowStart[i + 1] = nnz;
            }
        }
        return new org.banach.api.optim.CsrMatrix(n, n, rowStart, java.util.Arrays.copyOf(columns, nnz),
                java.util.Arrays.copyOf(values, nnz));
    }

    /** log Σ exp(line), the textbook way: shift by the maximum, sum in order (−∞ for an empty line). */
    static double logSumExp(double[] line) {
        double m = Double.NEGATIVE_INFINITY;
        boolean nan = false;
        for (double v : line) {
            nan |= Double.isNaN(v);
            if (v > m) {
                m = v;
            }
        }
        if (nan) {
            return Double.NaN;
        }
        if (Double.isInfinite(m)) {
            return m;
        }
        double s = 0.0;
        for (double v : line) {
            s += Math.exp(v - m);
        }
        return m + Math.log(s);
    }

    /** Row i of a rows×cols matrix. */
    static double[] row(double[] a, int cols, int i) {
        return java.util.Arrays.copyOfRange(a, i * cols, (i + 1) * cols);
    }

    /** Column j of a rows×cols matrix. */
    static double[] col(double[] a, int rows, int cols, int j) {
        double[] c = new double[rows];
        for (int i = 0; i < rows; i++) {
            c[i] = a[i * cols + j];
        }
        return c;
    }

    /** The exact sum of finite entries, rounded once. */
    static double exactSum(double[] x) {
        java.math.BigDecimal s = java.math.BigDecimal.ZERO;
        for (double v : x) {
            s = s.add(new java.math.BigDecimal(v));
        }
        return s.doubleValue();
    }
}
