package org.banach.plugins.optim.constrained;

import org.banach.api.optim.EqualityConstrainedProblem;

/**
 * The test side's own KKT residual, independent of the solver's linear algebra: least-squares
 * multipliers from the normal equations (J Jᵀ) λ = −J ∇f by Gaussian elimination with partial
 * pivoting, then max(‖∇f + Jᵀλ‖₂, ‖c(x)‖₂), as the runtime defines it.
 */
final class Kkt {

    private Kkt() {
    }

    static double[] multipliers(EqualityConstrainedProblem p, double[] x) {
        int n = p.dimension();
        int m = p.constraintCount();
        double[] g = new double[n];
        p.valueAndGradient(x, g);
        double[] j = new double[m * n];
        p.jacobian(x, j);
        double[][] a = new double[m][m + 1];
        for (int r = 0; r < m; r++) {
            for (int s = 0; s < m; s++) {
                for (int k = 0; k < n; k++) {
                    a[r][s] += j[r * n + k] * j[s * n + k];
                }
            }
            for (int k = 0; k < n; k++) {
                a[r][m] -= j[r * n + k] * g[k];
            }
        }
        for (int col = 0; col < m; col++) {
            int piv = col;
            for (int r = col + 1; r < m; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[piv][col])) {
                    piv = r;
                }
            }
            double[] t = a[col];
            a[col] = a[piv];
            a[piv] = t;
            for (int r = col + 1; r < m; r++) {
                double f = a[r][col] / a[col][col];
                for (int s = col; s <= m; s++) {
                    a[r][s] -= f * a[col][s];
                }
            }
        }
        double[] lambda = new double[m];
        for (int r = m - 1; r >= 0; r--) {
            double s = a[r][m];
            for (int k = r + 1; k < m; k++) {
                s -= a[r][k] * lambda[k];
            }
            lambda[r] = s / a[r][r];
        }
        return lambda;
    }

    static double residual(EqualityConstrainedProblem p, double[] x) {
        int n = p.dimension();
        int m = p.constraintCount();
        double[] g = new double[n];
        p.valueAndGradient(x, g);
        double[] j = new double[m * n];
        p.jacobian(x, j);
        double[] lambda = multipliers(p, x);
        double s = 0;
        for (int k = 0; k < n; k++) {
            double v = g[k];
            for (int r = 0; r < m; r++) {
                v += j[r * n + k] * lambda[r];
            }
            s += v * v;
        }
        double[] c = new double[m];
        p.constraints(x, c);
        double cc = 0;
        for (double v : c) {
            cc += v * v;
        }
        return Math.max(Math.sqrt(s), Math.sqrt(cc));
    }
}
