package org.banach.plugins.games.exact;

import java.util.function.LongPredicate;

/**
 * Both players' optimal strategies of a zero-sum matrix game from ONE linear programme in standard form,
 * solved by a dense-tableau primal simplex method started at its slack basis (no phase one). The payoffs
 * a (m × n, row-major, the row player maximises) are mapped affinely onto [1, 2]
 * (a' = 1 + (a − min a)/(max a − min a); a constant game becomes all ones), so the game's value v' ≥ 1 and
 * the column player's programme (Dantzig 1951) becomes
 * <pre>
 *   max 1ᵀw  s.t.  A'w ≤ 1,  w ≥ 0          (y = w / 1ᵀw, value v' = 1 / 1ᵀw)
 * </pre>
 * whose dual min 1ᵀu s.t. A'ᵀu ≥ 1, u ≥ 0 is the row player's (x = u / 1ᵀu). Every coefficient lies in
 * [1, 2] and the right-hand side is 1, so the programme is bounded, well scaled, and w = 0 with the
 * slacks basic is a feasible start. Pivots: Dantzig's largest reduced cost (or Bland's smallest index)
 * with Harris's two-pass ratio test, falling back to Bland's rule after a run of degenerate pivots
 * (anti-cycling). Rounding is kept in check by reinversion: every {@code m} pivots and once more at
 * optimality the tableau, its right-hand side and the multipliers u are recomputed from the original
 * columns of the basis by an LU decomposition with partial pivoting ({@link DenseLu}), and the returned
 * strategies come from that last reinversion.
 */
final class GameSimplex {

    /** Optimal mixed strategies x (rows) and y (columns), clipped at 0 and renormalised, and the pivots used. */
    record Solution(double[] x, double[] y, int pivots) {
    }

    /** More than the allowed pivots. */
    static final class PivotLimit extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PivotLimit(int pivots) {
            super("more than " + pivots + " pivots");
        }
    }

    /** The basis matrix became singular, or the ratio test found no row (impossible in exact arithmetic). */
    static final class LostAccuracy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LostAccuracy(String why) {
            super(why);
        }
    }

    /** Reduced costs above this (on payoffs scaled to [1, 2]) are improving. */
    private static final double PIVOT_TOLERANCE = 1e-9;
    /** Consecutive degenerate pivots after which Bland's rule takes over until the objective moves. */
    private static final int DEGENERATE_RUN = 50;

    private final int m;
    private final int n;
    private final int cols;
    private final double[][] scaled;
    /** m rows of [B⁻¹A' | B⁻¹ | B⁻¹1]. */
    private double[][] tableau;
    /** Reduced costs c_j − uᵀa'_j of the n + m columns. */
    private final double[] reduced;
    private final int[] basis;
    private final boolean[] basic;
    private double[] multipliers;
    private final double optimality;

    private GameSimplex(double[] a, int m, int n, double optimality) {
        this.m = m;
        this.n = n;
        this.cols = n + m;
        this.optimality = optimality;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : a) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double range = hi > lo ? hi - lo : 1;
        scaled = new double[m][n];
        tableau = new double[m][cols + 1];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                scaled[i][j] = 1 + (a[i * n + j] - lo) / range;
                tableau[i][j] = scaled[i][j];
            }
            tableau[i][n + i] = 1;
            tableau[i][cols] = 1;
        }
        reduced = new double[cols];
        java.util.Arrays.fill(reduced, 0, n, 1);
        basis = new int[m];
        basic = new boolean[cols];
        for (int i = 0; i < m; i++) {
            basis[i] = n + i;
            basic[n + i] = true;
        }
        multipliers = new double[m];
    }

    /**
     * Solves the game. {@code stop} is asked after every pivot with the pivot count and ends the run with
     * null when it answers true.
     *
     * @param optimality reduced-cost tolerance on the scaled payoffs (0 picks 1e-9)
     * @throws PivotLimit after {@code maxPivots} pivots
     * @throws LostAccuracy when a basis turns singular or the programme looks unbounded
     */
    static Solution solve(double[] a, int m, int n, int maxPivots, double optimality, boolean bland,
            LongPredicate stop) {
        GameSimplex s = new GameSimplex(a, m, n, optimality > 0 ? optimality : PIVOT_TOLERANCE);
        return s.run(maxPivots, bland, stop);
    }

    private Solution run(int maxPivots, boolean bland, LongPredicate stop) {
        int pivots = 0;
        int degenerate = 0;
        boolean fresh = false;
        while (true) {
            int q = entering(bland || degenerate >= DEGENERATE_RUN);
            if (q < 0) {
                if (fresh) {
                    return solution(pivots);
                }
                reinvert();
                fresh = true;
                continue;
            }
            if (pivots >= maxPivots) {
                throw new PivotLimit(maxPivots);
            }
            int p = leaving(q, bland || degenerate >= DEGENERATE_RUN);
            double before = tableau[p][cols];
            pivot(p, q);
            pivots++;
            degenerate = before > PIVOT_TOLERANCE * Math.abs(tableau[p][q]) ? 0 : degenerate + 1;
            fresh = false;
            if (pivots % m == 0) {
                reinvert();
                fresh = true;
            }
            if (stop.test(pivots)) {
                return null;
            }
        }
    }

    /** The entering column: largest (Dantzig) or first (Bland) reduced cost above the tolerance, or −1. */
    private int entering(boolean bland) {
        int best = -1;
        double top = optimality;
        for (int j = 0; j < cols; j++) {
            if (!basic[j] && reduced[j] > top) {
                best = j;
                if (bland) {
                    return j;
                }
                top = reduced[j];
            }
        }
        return best;
    }

    /**
     * Harris's ratio test: the largest pivot among the rows whose ratio is within the feasibility slack of
     * the smallest relaxed ratio; under Bland's rule the exact minimum ratio, ties to the smallest basic index.
     */
    private int leaving(int q, boolean bland) {
        double pivotFloor = 1e-11;
        int best = -1;
        if (bland) {
            double ratio = Double.POSITIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                double d = tableau[i][q];
                if (d > pivotFloor) {
                    double r = Math.max(0, tableau[i][cols]) / d;
                    if (r < ratio || (r == ratio && basis[i] < basis[best])) {
                        ratio = r;
                        best = i;
                    }
                }
            }
        } else {
            double relaxed = Double.POSITIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                double d = tableau[i][q];
                if (d > pivotFloor) {
                    relaxed = Math.min(relaxed, (Math.max(0, tableau[i][cols]) + 1e-12) / d);
                }
            }
            double size = 0;
            for (int i = 0; i < m; i++) {
                double d = tableau[i][q];
                if (d > pivotFloor && Math.max(0, tableau[i][cols]) / d <= relaxed && d > size) {
                    size = d;
                    best = i;
                }
            }
        }
        if (best < 0) {
            throw new LostAccuracy("no leaving row for entering column " + q + " (the programme is bounded)");
        }
        return best;
    }

    private void pivot(int p, int q) {
        double[] row = tableau[p];
        double scale = 1 / row[q];
        for (int j = 0; j <= cols; j++) {
            row[j] *= scale;
        }
        row[q] = 1;
        for (int i = 0; i < m; i++) {
            double f = tableau[i][q];
            if (i != p && f != 0) {
                double[] t = tableau[i];
                for (int j = 0; j <= cols; j++) {
                    t[j] -= f * row[j];
                }
                t[q] = 0;
            }
        }
        double f = reduced[q];
        for (int j = 0; j < cols; j++) {
            reduced[j] -= f * row[j];
        }
        reduced[q] = 0;
        basic[basis[p]] = false;
        basis[p] = q;
        basic[q] = true;
    }

    /** The column j of [A' | I]. */
    private double column(int i, int j) {
        return j < n ? scaled[i][j] : (j - n == i ? 1 : 0);
    }

    /** Recomputes tableau, right-hand side, multipliers u = B⁻ᵀc_B and reduced costs from the basis. */
    private void reinvert() {
        double[][] b = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int k = 0; k < m; k++) {
                b[i][k] = column(i, basis[k]);
            }
        }
        double[][] full = new double[m][cols + 1];
        for (int i = 0; i < m; i++) {
            System.arraycopy(scaled[i], 0, full[i], 0, n);
            full[i][n + i] = 1;
            full[i][cols] = 1;
        }
        double[] costs = new double[m];
        for (int k = 0; k < m; k++) {
            costs[k] = basis[k] < n ? 1 : 0;
        }
        try {
            DenseLu lu = new DenseLu(b);
            tableau = lu.solve(full);
            multipliers = lu.solveTransposed(costs);
        } catch (ArithmeticException e) {
            throw new LostAccuracy("the simplex basis became singular (" + e.getMessage() + ")");
        }
        for (int j = 0; j < cols; j++) {
            double s = j < n ? 1 : 0;
            for (int i = 0; i < m; i++) {
                s -= multipliers[i] * column(i, j);
            }
            reduced[j] = basic[j] ? 0 : s;
        }
        for (int k = 0; k < m; k++) {
            tableau[k][basis[k]] = 1;
            tableau[k][cols] = Math.max(0, tableau[k][cols]); // rounding below 0: the ratio test treats it as 0
        }
    }

    private Solution solution(int pivots) {
        double[] w = new double[n];
        for (int k = 0; k < m; k++) {
            if (basis[k] < n) {
                w[basis[k]] = tableau[k][cols];
            }
        }
        return new Solution(distribution(multipliers), distribution(w), pivots);
    }

    private static double[] distribution(double[] v) {
        double[] p = new double[v.length];
        double total = 0;
        for (int i = 0; i < v.length; i++) {
            p[i] = Math.max(0, v[i]);
            total += p[i];
        }
        for (int i = 0; i < v.length; i++) {
            p[i] = total > 0 ? p[i] / total : 1.0 / v.length;
        }
        return p;
    }
}
