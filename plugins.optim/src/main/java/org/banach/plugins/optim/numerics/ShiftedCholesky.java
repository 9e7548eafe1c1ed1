package org.banach.plugins.optim.numerics;

/**
 * A reusable Cholesky factor of A + τI for the Newton and Levenberg–Marquardt systems: when A is not
 * numerically positive definite, {@link #factorShifted} adds the smallest τ·I from a geometric
 * ladder that makes it so (the "modified Newton" fallback of Nocedal &amp; Wright, Numerical
 * Optimization, 2nd ed., §3.4, Algorithm 3.3). The arithmetic is {@link Cholesky}'s.
 */
public final class ShiftedCholesky {

    private final int n;
    private final double[] l;
    private double shift;

    public ShiftedCholesky(int n) {
        this.n = n;
        this.l = new double[n * n];
    }

    /** The τ added to the diagonal by the last successful factorisation (0 when none was needed). */
    public double shift() {
        return shift;
    }

    /**
     * Factors A + τI (A row-major, read whole, left unchanged); false (leaving the factor unusable)
     * when a pivot is not positive and finite.
     */
    public boolean factor(double[] a, double tau) {
        shift = tau;
        System.arraycopy(a, 0, l, 0, n * n);
        for (int i = 0; i < n; i++) {
            l[i * n + i] += tau;
        }
        if (!Cholesky.factor(l, n, 0)) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(l[i * n + i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Factors A, or A + τI for τ = β, 2β, 4β, … with β = 10⁻³·max|A_ii| (10⁻³ when the diagonal is
     * zero) up to 60 doublings (N&amp;W Alg. 3.3).
     *
     * @return false when even the largest shift fails (A has non-finite entries)
     */
    public boolean factorShifted(double[] a) {
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
    public void solve(double[] b, double[] x) {
        if (x != b) {
            System.arraycopy(b, 0, x, 0, n);
        }
        Cholesky.solve(l, n, x);
    }
}
