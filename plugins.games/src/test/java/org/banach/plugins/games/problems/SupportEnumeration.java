package org.banach.plugins.games.problems;

import java.util.ArrayList;
import java.util.List;

import org.banach.api.games.MatrixGame;

/**
 * Equal-size support enumeration for a small bimatrix game (von Stengel, Computing equilibria for
 * two-person games, Handbook of Game Theory 3, 2002, algorithm 2.5): all Nash equilibria of a
 * nondegenerate game, whose equilibrium supports have equal sizes and uniquely solvable
 * indifference systems; support pairs with a singular system therefore hold none and are skipped.
 */
public final class SupportEnumeration {

    private SupportEnumeration() {
    }

    public static List<double[]> equilibria(MatrixGame g) {
        int m = g.rows();
        int n = g.cols();
        List<double[]> found = new ArrayList<>();
        for (int si = 1; si < 1 << m; si++) {
            for (int sj = 1; sj < 1 << n; sj++) {
                if (Integer.bitCount(si) != Integer.bitCount(sj)) {
                    continue;
                }
                double[] y = indifferent(g.rowPayoffs(), m, n, si, sj, false);
                double[] x = indifferent(g.columnPayoffs(), m, n, sj, si, true);
                if (x == null || y == null) {
                    continue;
                }
                double[] sigma = Exploitability.concat(x, y);
                if (Exploitability.of(g, sigma) < 1e-12) {
                    found.add(sigma);
                }
            }
        }
        return found;
    }

    /**
     * The opponent's mixed strategy on support {@code theirs} making every own strategy in
     * {@code mine} equally good (payoff matrix {@code p}, m×n; transposed for the column player);
     * null when it has a negative entry.
     */
    private static double[] indifferent(double[] p, int m, int n, int mine, int theirs, boolean transposed) {
        int own = transposed ? n : m;
        int other = transposed ? m : n;
        int[] rows = members(mine, own);
        int[] cols = members(theirs, other);
        int k = cols.length;
        double[][] sys = new double[k + 1][k + 2]; // unknowns: k probabilities and the payoff v
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < k; c++) {
                int i = rows[r];
                int j = cols[c];
                sys[r][c] = transposed ? p[j * n + i] : p[i * n + j];
            }
            sys[r][k] = -1;
        }
        for (int c = 0; c < k; c++) {
            sys[k][c] = 1;
        }
        sys[k][k + 1] = 1;
        double[] sol = solve(sys);
        if (sol == null) {
            return null;
        }
        double[] out = new double[other];
        for (int c = 0; c < k; c++) {
            if (sol[c] < -1e-14) {
                return null;
            }
            out[cols[c]] = Math.max(0, sol[c]);
        }
        return out;
    }

    private static int[] members(int mask, int size) {
        int[] out = new int[Integer.bitCount(mask)];
        int t = 0;
        for (int i = 0; i < size; i++) {
            if ((mask >> i & 1) != 0) {
                out[t++] = i;
            }
        }
        return out;
    }

    /** Gaussian elimination with partial pivoting on an augmented square system; null when singular. */
    private static double[] solve(double[][] a) {
        int n = a.length;
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) {
                    piv = r;
                }
            }
            if (Math.abs(a[piv][c]) < 1e-12) {
                return null;
            }
            double[] t = a[c];
            a[c] = a[piv];
            a[piv] = t;
            for (int r = 0; r < n; r++) {
                if (r != c) {
                    double f = a[r][c] / a[c][c];
                    for (int j = c; j <= n; j++) {
                        a[r][j] -= f * a[c][j];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = a[i][n] / a[i][i];
        }
        return x;
    }
}
