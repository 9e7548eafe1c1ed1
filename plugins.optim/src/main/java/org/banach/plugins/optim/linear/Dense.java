package org.banach.plugins.optim.linear;

/** Small host-side vector helpers. */
final class Dense {

    private Dense() {
    }

    /** Euclidean norm, scaled against overflow (LAPACK dnrm2 style). */
    static double norm(double[] x) {
        double scale = 0;
        double ssq = 1;
        for (double v : x) {
            if (v != 0) {
                double a = Math.abs(v);
                if (scale < a) {
                    ssq = 1 + ssq * (scale / a) * (scale / a);
                    scale = a;
                } else {
                    ssq += (a / scale) * (a / scale);
                }
            }
        }
        return scale * Math.sqrt(ssq);
    }

    /** Index of the first NaN or infinite entry, or −1. */
    static int firstNonFinite(double[] x) {
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                return i;
            }
        }
        return -1;
    }
}
