package org.banach.plugins.optim.projectionfree;

import org.banach.plugins.optim.problems.convexset.LogUtilityPortfolio;

/**
 * An exact reference for the log-optimal portfolio with few assets: for every support S, Newton's
 * method on the face {x_S ≥ 0, Σ x_S = 1} (equality-constrained KKT system, damped to stay in the
 * domain); the support whose minimiser is interior to the face and satisfies the KKT conditions on the
 * other coordinates (∇_j f ≥ λ) is the global minimiser, f being convex.
 */
final class SimplexNewtonReference {

    private SimplexNewtonReference() {
    }

    static double[] minimiser(LogUtilityPortfolio p) {
        int n = p.dimension();
        double best = Double.POSITIVE_INFINITY;
        double[] bestX = null;
        for (int mask = 1; mask < (1 << n); mask++) {
            double[] x = newtonOnFace(p, mask);
            if (x == null) {
                continue;
            }
            double[] g = new double[n];
            double f = p.valueAndGradient(x, g);
            double lambda = Double.NaN;
            boolean kkt = true;
            for (int i = 0; i < n; i++) {
                if ((mask >> i & 1) == 1) {
                    kkt &= x[i] > 1e-12;
                    lambda = g[i];
                }
            }
            for (int i = 0; i < n; i++) {
                if ((mask >> i & 1) == 0) {
                    kkt &= g[i] >= lambda - 1e-10;
                }
            }
            if (kkt && f < best) {
                best = f;
                bestX = x;
            }
        }
        return bestX;
    }

    private static double[] newtonOnFace(LogUtilityPortfolio p, int mask) {
        int n = p.dimension();
        int k = Integer.bitCount(mask);
        int[] idx = new int[k];
        for (int i = 0, j = 0; i < n; i++) {
            if ((mask >> i & 1) == 1) {
                idx[j++] = i;
            }
        }
        double[] x = new double[n];
        for (int i : idx) {
            x[i] = 1.0 / k;
        }
        for (int it = 0; it < 100; it++) {
            double[] g = new double[n];
            double f = p.valueAndGradient(x, g);
            double[][] h = hessian(p, x, idx);
            // KKT system [[H, 1],[1ᵀ, 0]] [dx; nu] = [-g_S; 0]
            double[][] m = new double[k + 1][k + 2];
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    m[a][b] = h[a][b];
                }
                m[a][k] = 1;
                m[a][k + 1] = -g[idx[a]];
                m[k][a] = 1;
            }
            double[] sol = solve(m);
            double step = 1;
            double[] trial = x.clone();
            while (step > 1e-12) {
                for (int a = 0; a < k; a++) {
                    trial[idx[a]] = x[idx[a]] + step * sol[a];
                }
                if (Double.isFinite(p.value(trial)) && p.value(trial) <= f + 1e-4 * step * dot(g, sol, idx)) {
                    break;
                }
                step /= 2;
            }
            double change = 0;
            for (int a = 0; a < k; a++) {
                change = Math.max(change, Math.abs(trial[idx[a]] - x[idx[a]]));
            }
            x = trial;
            if (change < 1e-15) {
                break;
            }
        }
        return x;
    }

    private static double dot(double[] g, double[] d, int[] idx) {
        double s = 0;
        for (int a = 0; a < idx.length; a++) {
            s += g[idx[a]] * d[a];
        }
        return s;
    }

    private static double[][] hessian(LogUtilityPortfolio p, double[] x, int[] idx) {
        int k = idx.length;
        double[][] h = new double[k][k];
        for (int t = 0; t < p.periods(); t++) {
            double w = 0;
            for (int i = 0; i < x.length; i++) {
                w += p.grossReturn(t, i) * x[i];
            }
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    h[a][b] += p.grossReturn(t, idx[a]) * p.grossReturn(t, idx[b]) / (w * w);
                }
            }
        }
        for (double[] row : h) {
            for (int b = 0; b < k; b++) {
                row[b] /= p.periods();
            }
        }
        return h;
    }

    /** Gaussian elimination with partial pivoting on an augmented matrix. */
    private static double[] solve(double[][] m) {
        int n = m.length;
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) {
                    piv = r;
                }
            }
            double[] t = m[c];
            m[c] = m[piv];
            m[piv] = t;
            for (int r = c + 1; r < n; r++) {
                double q = m[r][c] / m[c][c];
                for (int j = c; j <= n; j++) {
                    m[r][j] -= q * m[c][j];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = m[r][n];
            for (int j = r + 1; j < n; j++) {
                s -= m[r][j] * x[j];
            }
            x[r] = s / m[r][r];
        }
        return x;
    }
}
