package org.banach.plugins.games.firstorder;

import org.banach.api.games.MatrixGame;

/**
 * The payoff checks the matrix-game solvers of this plugin make before they run: at least one strategy
 * each, A and B of m·n finite entries ({@link #malformed}, every solver), and B = −A to 1e-12 relative
 * ({@link #refusal}, the zero-sum solvers).
 */
public final class ZeroSumPayoffs {

    private ZeroSumPayoffs() {
    }

    /** Why the game's payoffs are refused by a zero-sum solver, or null when they are fine. */
    public static String refusal(MatrixGame game) {
        String malformed = malformed(game);
        if (malformed != null) {
            return malformed;
        }
        double[] a = game.rowPayoffs();
        double[] b = game.columnPayoffs();
        int n = game.cols();
        for (int k = 0; k < a.length; k++) {
            if (Math.abs(a[k] + b[k]) > 1e-12 * Math.max(1, Math.abs(a[k]))) {
                return "solves two-player zero-sum games only (B = -A), but at profile (" + (k / n) + ", " + (k % n)
                        + ") A = " + a[k] + " and B = " + b[k] + "; for a general-sum game use games.lemke-howson";
            }
        }
        return null;
    }

    /**
     * Why the payoffs cannot be used by any matrix-game solver, or null: at least one strategy each, A and
     * B of m·n entries, all finite.
     */
    public static String malformed(MatrixGame game) {
        int m = game.rows();
        int n = game.cols();
        if (m < 1 || n < 1) {
            return "the game has " + m + " x " + n + " strategies; each player needs at least one";
        }
        double[] a = game.rowPayoffs();
        double[] b = game.columnPayoffs();
        if (a == null || a.length != m * n || b == null || b.length != m * n) {
            return "the payoff matrices must have " + m + " x " + n + " = " + (m * n) + " entries, got "
                    + (a == null ? "none" : a.length) + " and " + (b == null ? "none" : b.length);
        }
        for (int k = 0; k < m * n; k++) {
            if (!Double.isFinite(a[k]) || !Double.isFinite(b[k])) {
                return "the payoff of profile (" + (k / n) + ", " + (k % n) + ") is not finite (A = " + a[k]
                        + ", B = " + b[k] + ")";
            }
        }
        return null;
    }
}
