package org.banach.plugins.optim.gradient;

/** Small dense vector kernels shared by the gradient-based solvers (plain loops, no allocation). */
public final class Vectors {

    private Vectors() {
    }

    /** Inner product aᵀb. */
    public static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /**
     * Euclidean norm ‖a‖₂, scaled to avoid overflow and underflow (as LAPACK's dnrm2 does), so a
     * gradient with entries near 1e200 still has a finite norm when its square would overflow.
     */
    public static double norm(double[] a) {
        double scale = 0;
        for (double v : a) {
            scale = Math.max(scale, Math.abs(v));
        }
        if (scale == 0 || !Double.isFinite(scale)) {
            return scale;
        }
        double s = 0;
        for (double v : a) {
            double t = v / scale;
            s += t * t;
        }
        return scale * Math.sqrt(s);
    }

    /** out = x + alpha·p. */
    public static void step(double[] x, double alpha, double[] p, double[] out) {
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] + alpha * p[i];
        }
    }

    /** True when every entry is finite (neither NaN nor infinite). */
    public static boolean allFinite(double[] a) {
        for (double v : a) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /** Index of the first non-finite entry, or -1. */
    public static int firstNonFinite(double[] a) {
        for (int i = 0; i < a.length; i++) {
            if (!Double.isFinite(a[i])) {
                return i;
            }
        }
        return -1;
    }
}
