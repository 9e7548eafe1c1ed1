package org.banach.plugins.optim.problems.linear;

import org.banach.api.optim.CsrMatrix;

/**
 * Finite-difference operators on the N×N interior grid of the unit square, h = 1/(N+1), unknowns
 * numbered row by row (u_{i,j} at index j·N + i), homogeneous Dirichlet boundary. Stencils follow
 * LeVeque, <i>Finite Difference Methods for Ordinary and Partial Differential Equations</i> (SIAM 2007),
 * §3.2 (5-point Laplacian), and Elman, Silvester &amp; Wathen, <i>Finite Elements and Fast Iterative
 * Solvers</i>, 2nd ed., ch. 6 (upwind and central differences for convection).
 */
public final class GridOperators {

    private GridOperators() {
    }

    /**
     * The matrix of −Δu + c·u + β(∂u/∂x + ∂u/∂y): 5-point Laplacian (1/h²)[4, −1, −1, −1, −1] plus
     * the shift c on the diagonal, plus convection with speed β in both directions, upwind
     * (first-order backward differences, for β ≥ 0) or central.
     *
     * @param n grid size N (N² unknowns)
     * @param shift c ≥ 0
     * @param beta convection speed (0 for the symmetric Laplacian)
     * @param upwind upwind (true) or central (false) differences for the convection term
     */
    public static CsrMatrix assemble(int n, double shift, double beta, boolean upwind) {
        double h = 1.0 / (n + 1);
        double d = 1.0 / (h * h);
        double diag = 4 * d + shift;
        double back = -d;
        double fwd = -d;
        if (upwind) {
            diag += 2 * Math.abs(beta) / h;
            if (beta >= 0) {
                back -= beta / h;
            } else {
                fwd += beta / h;
            }
        } else {
            back -= beta / (2 * h);
            fwd += beta / (2 * h);
        }
        long size = (long) n * n;
        if (size > Integer.MAX_VALUE / 5) {
            throw new IllegalArgumentException("grid size " + n + " is too large");
        }
        int m = (int) size;
        int[] rowStart = new int[m + 1];
        int[] cols = new int[5 * m];
        double[] vals = new double[5 * m];
        int k = 0;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                int row = j * n + i;
                // columns in increasing order: south, west, centre, east, north
                if (j > 0) {
                    cols[k] = row - n;
                    vals[k++] = back;
                }
                if (i > 0) {
                    cols[k] = row - 1;
                    vals[k++] = back;
                }
                cols[k] = row;
                vals[k++] = diag;
                if (i < n - 1) {
                    cols[k] = row + 1;
                    vals[k++] = fwd;
                }
                if (j < n - 1) {
                    cols[k] = row + n;
                    vals[k++] = fwd;
                }
                rowStart[row + 1] = k;
            }
        }
        return new CsrMatrix(m, m, rowStart, java.util.Arrays.copyOf(cols, k), java.util.Arrays.copyOf(vals, k));
    }

    /** The SOR parameter that is optimal for the 5-point Poisson matrix on this grid: ω* = 2/(1 + sin πh). */
    public static double optimalOmega(int n) {
        double h = 1.0 / (n + 1);
        return 2.0 / (1.0 + Math.sin(Math.PI * h));
    }
}
