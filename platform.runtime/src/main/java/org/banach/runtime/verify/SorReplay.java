package org.banach.runtime.verify;

import org.banach.api.optim.CsrMatrix;
import org.banach.api.optim.LinearSystem;

/**
 * The iteration count of SOR(ω) on one system, recomputed by the runtime for the regret certificate
 * of learned-SOR runs. The count follows the published rule of those solvers: from the system's start,
 * forward sweeps x_i := (1 − ω)x_i + ω(b_i − Σ_{j≠i} a_ij x_j)/a_ii, each followed by the relative
 * residual ‖b − A·x‖₂ / ‖b‖₂ (plain row sums, overflow-safe 2-norm); the count is the number of
 * sweeps until it is at most the tolerance, or {@code maxIterations}, or the sweep at which the
 * residual stops being finite or grows 10¹⁰-fold (a diverging ω is charged what it used).
 */
final class SorReplay {

    static final double DIVERGENCE_FACTOR = 1e10;

    private SorReplay() {
    }

    static long iterations(LinearSystem system, double omega, double tolerance, long maxIterations) {
        CsrMatrix a = system.matrix();
        int n = a.rows();
        int[] rowStart = a.rowStart();
        int[] cols = a.columns();
        double[] vals = a.values();
        double[] diag = a.diagonal();
        double[] b = system.rhs();
        double[] x = system.start().clone();
        double[] r = new double[n];
        double bn = norm(b);
        double scale = bn > 0 ? bn : 1.0;
        double rel = residual(rowStart, cols, vals, b, x, r) / scale;
        double rel0 = Math.max(rel, Double.MIN_NORMAL);
        long k = 0;
        while (rel > tolerance && Double.isFinite(rel) && rel <= DIVERGENCE_FACTOR * rel0 && k < maxIterations) {
            for (int i = 0; i < n; i++) {
                double s = b[i];
                for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                    int j = cols[p];
                    if (j != i) {
                        s -= vals[p] * x[j];
                    }
                }
                x[i] = (1 - omega) * x[i] + omega * s / diag[i];
            }
            k++;
            rel = residual(rowStart, cols, vals, b, x, r) / scale;
        }
        return k;
    }

    private static double residual(int[] rowStart, int[] cols, double[] vals, double[] b, double[] x, double[] r) {
        for (int i = 0; i < b.length; i++) {
            double s = b[i];
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                s -= vals[p] * x[cols[p]];
            }
            r[i] = s;
        }
        return norm(r);
    }

    /** Euclidean norm, scaled against overflow (LAPACK dnrm2 style). */
    static double norm(double[] x) {
        double scale = 0;
        double ssq = 1;
        for (double v : x) {
            if (v != 0) {
                double abs = Math.abs(v);
                if (scale < abs) {
                    ssq = 1 + ssq * (scale / abs) * (scale / abs);
                    scale = abs;
                } else {
                    ssq += (abs / scale) * (abs / scale);
                }
            }
        }
        return scale * Math.sqrt(ssq);
    }
}
