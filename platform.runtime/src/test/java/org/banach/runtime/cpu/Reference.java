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
}
