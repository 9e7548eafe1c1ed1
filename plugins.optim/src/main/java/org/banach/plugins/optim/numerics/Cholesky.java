package org.banach.plugins.optim.numerics;

/**
 * Cholesky factorisation A = LLᵀ of small dense symmetric matrices held row-major in a
 * {@code double[k*k]}, for the plugin's host-side Newton systems, normal equations and design
 * matrices (k up to a few hundred; larger systems belong on the Backend).
 */
public final class Cholesky {

    private Cholesky() {
    }

    /**
     * Factors {@code a} in place (the lower triangle receives L; the strict upper triangle is left
     * as it was).
     *
     * @return false when a pivot is not above {@code minPivot} (A is not safely positive definite)
     */
    public static boolean factor(double[] a, int k, double minPivot) {
        for (int j = 0; j < k; j++) {
            double d = a[j * k + j];
            for (int p = 0; p < j; p++) {
                d -= a[j * k + p] * a[j * k + p];
            }
            if (!(d > minPivot)) {
                return false;
            }
            d = Math.sqrt(d);
            a[j * k + j] = d;
            for (int i = j + 1; i < k; i++) {
                double s = a[i * k + j];
                for (int p = 0; p < j; p++) {
                    s -= a[i * k + p] * a[j * k + p];
                }
                a[i * k + j] = s / d;
            }
        }
        return true;
    }

    /** Solves LLᵀ y = z in place in z with a factor from {@link #factor}. */
    public static void solve(double[] l, int k, double[] z) {
        for (int i = 0; i < k; i++) {
            double s = z[i];
            for (int p = 0; p < i; p++) {
                s -= l[i * k + p] * z[p];
            }
            z[i] = s / l[i * k + i];
        }
        for (int i = k - 1; i >= 0; i--) {
            double s = z[i];
            for (int p = i + 1; p < k; p++) {
                s -= l[p * k + i] * z[p];
            }
            z[i] = s / l[i * k + i];
        }
    }

    /** log det A = 2 Σ log L_ii from a factor. */
    public static double logDeterminant(double[] l, int k) {
        double s = 0;
        for (int i = 0; i < k; i++) {
            s += Math.log(l[i * k + i]);
        }
        return 2 * s;
    }
}
