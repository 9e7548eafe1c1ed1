package org.banach.plugins.optim.newton;

/**
 * Dense Cholesky factorisation A = LLᵀ of a symmetric n×n matrix (row-major, lower triangle read) and
 * solves with it, for the small Newton and Levenberg–Marquardt systems of this package (n up to a few
 * hundred; O(n³/3) flops). When A is not numerically positive definite, {@link #factorShifted} adds
 * the smallest τ·I from a geometric ladder that makes it so (the "modified Newton" fallback of
 * Nocedal &amp; Wright, Numerical Optimization, 2nd ed., §3.4, Algorithm 3.3).
 */
final class Cholesky {

    private final int n;
    private final double[] l;
    private double shift;

    Cholesky(int n) {
        this.n = n;
        this.l = new double[n * n];
    }

    /** The τ added to the diagonal by the last successful factorisation (0 when none was needed). */
    double shift() {
        return shift;
    }

    /** Factors A + τI; false (leaving the factor unusable) when a pivot is not positive and finite. */
    boolean factor(double[] a, double tau) {
        shift = tau;
        for (int j = 0; j < n; j++) {
            double d = a[j * n + j] + tau;
            for (int k = 0; k < j; k++) {
                d -= l[j * n + k] * l[j * n + k];
            }
            if (!(d > 0) || !Double.isFinite(d)) {
                return false;
            }
            double djj = Math.sqrt(d);
            l[j * n + j] = djj;
            for (int i = j + 1; i < n; i++) {
                double s = a[i * n + j];
                for (int k = 0; k < j; k++) {
                    s -= l[i * n + k] * l[j * n + k];
                }
                l[i * n + j] = s / djj;
            }
        }
        return true;
    }

    /**
     * Factors A, or A + τI for τ = β, 2β, 4β, … with β = 10⁻³·max|A_ii| (10⁻³ when the diagonal is zero)
     * up to 60 doublings (N&amp;W Alg. 3.3).
     *
     * @return false when even the largest shift fails (A has non-finite entries)
     */
    boolean factorShifted(double[] a) {
        if (factor(a, 0.0)) {
            return true;
        }
        double diag = 0;
        for (int i = 0; i < n; i++) {
            diag = Math.max(diag, Math.abs(a[i * n + i]));
        }
        double tau = diag > 0 && Double.isFinite(diag) ? 1e-3 * diag : 1e-3;
        for (int attempt = 0; attempt < 60; attempt++, tau *= 2) {
            if (factor(a, tau)) {
                return true;
            }
        }
        return false;
    }

    /** Solves (A + τI) x = b with the current factor; {@code x} may be {@code b}. */
    void solve(double[] b, double[] x) {
        if (x != b) {
            System.arraycopy(b, 0, x, 0, n);
        }
        for (int i = 0; i < n; i++) {
            double s = x[i];
            for (int k = 0; k < i; k++) {
                s -= l[i * n + k] * x[k];
            }
            x[i] = s / l[i * n + i];
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = x[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k * n + i] * x[k];
            }
            x[i] = s / l[i * n + i];
        }
    }
}
