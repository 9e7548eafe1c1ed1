package org.banach.plugins.games.dynamics;

/**
 * Unrestarted GMRES (Saad &amp; Schultz 1986) for a small non-symmetric system A x = b given as a
 * matrix-free product: Arnoldi with modified Gram–Schmidt and Givens rotations, from x₀ = 0, until
 * ‖b − Ax‖ ≤ tol·‖b‖ or {@code maxIterations} Krylov vectors.
 */
final class Gmres {

    /** y = A x. */
    interface Product {
        void apply(double[] x, double[] y);
    }

    private Gmres() {
    }

    /** Writes the solution into x and returns the number of products used. */
    static int solve(Product a, double[] b, double tol, int maxIterations, double[] x) {
        int n = b.length;
        java.util.Arrays.fill(x, 0);
        double beta = norm(b);
        if (beta == 0) {
            return 0;
        }
        int m = Math.min(maxIterations, n);
        double[][] v = new double[m + 1][];
        double[][] h = new double[m + 1][m];
        double[] cs = new double[m];
        double[] sn = new double[m];
        double[] g = new double[m + 1];
        g[0] = beta;
        v[0] = scaled(b, 1 / beta);
        int k = 0;
        while (k < m) {
            double[] w = new double[n];
            a.apply(v[k], w);
            for (int i = 0; i <= k; i++) {
                h[i][k] = dot(w, v[i]);
                for (int t = 0; t < n; t++) {
                    w[t] -= h[i][k] * v[i][t];
                }
            }
            double hn = norm(w);
            for (int i = 0; i < k; i++) { // apply the earlier rotations to the new column
                double tmp = cs[i] * h[i][k] + sn[i] * h[i + 1][k];
                h[i + 1][k] = -sn[i] * h[i][k] + cs[i] * h[i + 1][k];
                h[i][k] = tmp;
            }
            double r = Math.hypot(h[k][k], hn);
            cs[k] = r == 0 ? 1 : h[k][k] / r;
            sn[k] = r == 0 ? 0 : hn / r;
            h[k][k] = r;
            g[k + 1] = -sn[k] * g[k];
            g[k] = cs[k] * g[k];
            k++;
            if (Math.abs(g[k]) <= tol * beta || hn == 0) {
                break;
            }
            v[k] = scaled(w, 1 / hn);
        }
        double[] y = new double[k];
        for (int i = k - 1; i >= 0; i--) {
            double s = g[i];
            for (int j = i + 1; j < k; j++) {
                s -= h[i][j] * y[j];
            }
            y[i] = s / h[i][i];
        }
        for (int i = 0; i < k; i++) {
            for (int t = 0; t < n; t++) {
                x[t] += y[i] * v[i][t];
            }
        }
        return k;
    }

    private static double[] scaled(double[] a, double f) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = f * a[i];
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }
}
