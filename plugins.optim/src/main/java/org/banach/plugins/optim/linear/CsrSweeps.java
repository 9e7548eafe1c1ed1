package org.banach.plugins.optim.linear;

import org.banach.api.optim.CsrMatrix;

/**
 * Stationary sweeps directly on the CSR arrays of A (Saad, <i>Iterative Methods for Sparse Linear
 * Systems</i>, 2nd ed., SIAM 2003, §4.1; Varga, <i>Matrix Iterative Analysis</i>, ch. 3). The
 * Gauss–Seidel and SOR sweeps use each new x_i at once, so they are inherently sequential row by row;
 * they run on the host, not on the run's Backend (whose mat-vec parallelism they cannot use). The
 * diagonal must be nonzero ({@link SystemCheck#zeroDiagonalRow()}).
 */
final class CsrSweeps {

    private final int n;
    private final int[] rowStart;
    private final int[] cols;
    private final double[] vals;
    private final double[] diag;

    CsrSweeps(CsrMatrix a) {
        this.n = a.rows();
        this.rowStart = a.rowStart();
        this.cols = a.columns();
        this.vals = a.values();
        this.diag = a.diagonal();
    }

    /** r := b − A·x; returns ‖r‖₂. */
    double residual(double[] b, double[] x, double[] r) {
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                s -= vals[k] * x[cols[k]];
            }
            r[i] = s;
        }
        return Dense.norm(r);
    }

    /** One Jacobi step x := x + D⁻¹(b − A·x), given r = b − A·x. */
    void jacobi(double[] x, double[] r) {
        for (int i = 0; i < n; i++) {
            x[i] += r[i] / diag[i];
        }
    }

    /**
     * One forward SOR sweep: for i = 1..n, x_i := (1 − ω)x_i + ω(b_i − Σ_{j≠i} a_ij x_j)/a_ii with the
     * already-updated x_j for j &lt; i; ω = 1 is Gauss–Seidel.
     */
    void sor(double omega, double[] b, double[] x) {
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                int j = cols[k];
                if (j != i) {
                    s -= vals[k] * x[j];
                }
            }
            x[i] = (1 - omega) * x[i] + omega * s / diag[i];
        }
    }
}
