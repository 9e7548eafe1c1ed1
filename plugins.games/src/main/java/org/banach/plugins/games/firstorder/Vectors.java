package org.banach.plugins.games.firstorder;

/** Small dense-vector helpers of this package. */
final class Vectors {

    private Vectors() {
    }

    /** Index of the first NaN or infinite entry, −1 when all are finite. */
    static int firstNonFinite(double[] v) {
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                return i;
            }
        }
        return -1;
    }

    /** out := x − eta·g. */
    static void step(double[] x, double eta, double[] g, double[] out) {
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] - eta * g[i];
        }
    }

    static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
