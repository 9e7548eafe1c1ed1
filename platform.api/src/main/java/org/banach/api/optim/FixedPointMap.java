package org.banach.api.optim;

import org.banach.api.Problem;

/**
 * Find x* = g(x*) for a differentiable map g: R^n → R^n, given with its Jacobian. Solvers iterate g
 * (Banach–Picard iteration); the certificate is {@code contraction}: the spectral norm of the Jacobian
 * at the returned point, recomputed by the runtime together with the fixed-point residual ‖x − g(x)‖₂.
 * Implementations must not keep state between calls. Since 1.2.
 */
public interface FixedPointMap extends Problem {

    String FAMILY = "optim.fixed-point";

    @Override
    default String family() {
        return FAMILY;
    }

    /** Writes g(x) into {@code out} (length n). */
    void map(double[] x, double[] out);

    /** Writes the Jacobian ∂g_i/∂x_j at x into {@code out}, row-major n×n. */
    void jacobian(double[] x, double[] out);

    /** The standard starting point (a fresh copy). */
    double[] start();

    /** A known fixed point, when one is published (for tests). */
    default java.util.Optional<double[]> knownFixedPoint() {
        return java.util.Optional.empty();
    }

    /**
     * The spectral norm ‖J‖₂ (largest singular value) of a row-major n×n matrix: the square root of the
     * largest eigenvalue of JᵀJ, by cyclic Jacobi rotations on JᵀJ (accurate to rounding for the small
     * Jacobians of this family). Shared by solvers and the runtime's verifier so both compute the same figure.
     */
    static double spectralNorm(double[] j, int n) {
        if (j.length != n * n) {
            throw new IllegalArgumentException("a " + n + "x" + n + " matrix needs " + n * n + " entries, got " + j.length);
        }
        double[] a = new double[n * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += j[k * n + r] * j[k * n + c];
                }
                a[r * n + c] = s;
            }
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            double diag = 0;
            for (int p = 0; p < n; p++) {
                diag += a[p * n + p] * a[p * n + p];
                for (int q = p + 1; q < n; q++) {
                    off += a[p * n + q] * a[p * n + q];
                }
            }
            if (!(off > 1e-32 * diag)) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    double apq = a[p * n + q];
                    if (apq == 0) {
                        continue;
                    }
                    double theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
                    double t = Math.signum(theta == 0 ? 1 : theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < n; k++) { // columns p, q
                        double akp = a[k * n + p];
                        double akq = a[k * n + q];
                        a[k * n + p] = c * akp - s * akq;
                        a[k * n + q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++) { // rows p, q
                        double apk = a[p * n + k];
                        double aqk = a[q * n + k];
                        a[p * n + k] = c * apk - s * aqk;
                        a[q * n + k] = s * apk + c * aqk;
                    }
                }
            }
        }
        double max = 0;
        for (int p = 0; p < n; p++) {
            double v = a[p * n + p];
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
            max = Math.max(max, v);
        }
        return Math.sqrt(max);
    }
}
