package org.banach.plugins.games.exact;

/**
 * The LU decomposition with partial (row) pivoting PB = LU of a square matrix, for {@link GameSimplex}'s
 * reinversions: solves B·X = R for many right-hand sides and Bᵀu = c.
 */
final class DenseLu {

    private final double[][] lu;
    private final int[] perm;
    private final int n;

    /**
     * Factors {@code b} (rows; overwritten).
     *
     * @throws ArithmeticException when a pivot is below 1e-13 (numerically singular)
     */
    DenseLu(double[][] b) {
        n = b.length;
        lu = b;
        perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int k = 0; k < n; k++) {
            int p = k;
            for (int i = k + 1; i < n; i++) {
                if (Math.abs(lu[i][k]) > Math.abs(lu[p][k])) {
                    p = i;
                }
            }
            if (!(Math.abs(lu[p][k]) > 1e-13)) {
                throw new ArithmeticException("singular basis at column " + k);
            }
            double[] row = lu[p];
            lu[p] = lu[k];
            lu[k] = row;
            int t = perm[p];
            perm[p] = perm[k];
            perm[k] = t;
            double pivot = lu[k][k];
            for (int i = k + 1; i < n; i++) {
                double[] r = lu[i];
                double f = r[k] / pivot;
                r[k] = f;
                if (f != 0) {
                    for (int j = k + 1; j < n; j++) {
                        r[j] -= f * row[j];
                    }
                }
            }
        }
    }

    /** X with B·X = R, R given by its n rows (of any common width; not modified). */
    double[][] solve(double[][] r) {
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            x[i] = r[perm[i]].clone();
        }
        int width = n == 0 ? 0 : x[0].length;
        for (int i = 0; i < n; i++) {
            double[] xi = x[i];
            for (int k = 0; k < i; k++) {
                double f = lu[i][k];
                if (f != 0) {
                    double[] xk = x[k];
                    for (int j = 0; j < width; j++) {
                        xi[j] -= f * xk[j];
                    }
                }
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            double[] xi = x[i];
            for (int k = i + 1; k < n; k++) {
                double f = lu[i][k];
                if (f != 0) {
                    double[] xk = x[k];
                    for (int j = 0; j < width; j++) {
                        xi[j] -= f * xk[j];
                    }
                }
            }
            double d = lu[i][i];
            for (int j = 0; j < width; j++) {
                xi[j] /= d;
            }
        }
        return x;
    }

    /** u with Bᵀu = c: Uᵀz = c, Lᵀw = z, u = Pᵀw. */
    double[] solveTransposed(double[] c) {
        double[] w = c.clone();
        for (int i = 0; i < n; i++) {
            double s = w[i];
            for (int k = 0; k < i; k++) {
                s -= lu[k][i] * w[k];
            }
            w[i] = s / lu[i][i];
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = w[i];
            for (int k = i + 1; k < n; k++) {
                s -= lu[k][i] * w[k];
            }
            w[i] = s;
        }
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            u[perm[i]] = w[i];
        }
        return u;
    }
}
