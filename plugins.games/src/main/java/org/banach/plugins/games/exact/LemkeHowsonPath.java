package org.banach.plugins.games.exact;

import java.util.function.LongPredicate;

/**
 * The Lemke–Howson path (Lemke &amp; Howson 1964) by complementary pivoting on two tableaux, as in von
 * Stengel, Computing equilibria for two-person games (Handbook of Game Theory 3, 2002), algorithm 3.4:
 * from the artificial equilibrium (0, 0) of P × Q, the missing label k is dropped by entering its variable
 * into its tableau (P when k &lt; m, else Q); the label that leaves is then entered into the other tableau,
 * and so on alternately until label k itself leaves. The end point (x, y) is completely labelled, and
 * (x/1ᵀx, y/1ᵀy) is a Nash equilibrium of (A, B). Both matrices are first mapped affinely onto [1, 2]
 * (which keeps every best response, so every equilibrium) to make P and Q bounded polytopes.
 */
final class LemkeHowsonPath {

    /** The path needed more pivots than allowed. */
    static final class PivotLimit extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PivotLimit() {
            super(null, null, false, false);
        }
    }

    /**
     * The end of the path: the unnormalised points of P and Q as read off the tableaux and as recomputed
     * from a fresh factorisation of the final bases (null when that basis is numerically singular).
     */
    record End(double[] x, double[] y, double[] refinedX, double[] refinedY, long pivots) {
    }

    private LemkeHowsonPath() {
    }

    /**
     * Follows the path of {@code missing} (0..m+n−1) on the game (A, B), row-major m×n with finite entries.
     * {@code stop} is asked after every pivot (with the pivot count) whether to stop; then null is returned.
     *
     * @throws PivotLimit after {@code maxPivots} pivots without reaching the end
     * @throws LabelTableau.Unbounded when rounding makes a polytope look unbounded
     */
    static End follow(double[] a, double[] b, int m, int n, int missing, long maxPivots, LongPredicate stop) {
        LabelTableau p = LabelTableau.rowPlayer(ontoOneTwo(b), m, n);
        LabelTableau q = LabelTableau.columnPlayer(ontoOneTwo(a), m, n);
        LabelTableau current = missing < m ? p : q;
        int entering = missing;
        long pivots = 0;
        while (true) {
            if (pivots >= maxPivots) {
                throw new PivotLimit();
            }
            int leaving = current.enter(entering);
            pivots++;
            if (stop.test(pivots)) {
                return null;
            }
            if (leaving == missing) {
                break;
            }
            entering = leaving;
            current = current == p ? q : p;
        }
        double[] refinedX;
        double[] refinedY;
        try {
            refinedX = p.refinedValues(0, m);
            refinedY = q.refinedValues(m, n);
        } catch (ArithmeticException singular) {
            refinedX = null;
            refinedY = null;
        }
        return new End(p.values(0, m), q.values(m, n), refinedX, refinedY, pivots);
    }

    /** 1 + (v − min v)/(max v − min v) entry by entry (all 1 when the entries are equal). */
    static double[] ontoOneTwo(double[] v) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double e : v) {
            lo = Math.min(lo, e);
            hi = Math.max(hi, e);
        }
        double range = hi - lo;
        double[] out = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            out[k] = range > 0 ? 1 + (v[k] - lo) / range : 1;
        }
        return out;
    }
}
