package org.banach.plugins.games.problems;

import org.banach.api.games.DifferentiableGame;

/** Dense Jacobians of a differentiable game's pseudo-gradient, for the solvers that certify with them. */
public final class Jacobians {

    private Jacobians() {
    }

    /**
     * J_F(z), d×d row-major with d = z.length, column c from the product J_F(z)·e_c ({@code d} calls of
     * {@link DifferentiableGame#jacobianVector}, each given a copy of z). Counting the calls is the caller's.
     */
    public static double[] dense(DifferentiableGame game, double[] z) {
        int d = z.length;
        double[] j = new double[d * d];
        double[] e = new double[d];
        double[] col = new double[d];
        for (int c = 0; c < d; c++) {
            e[c] = 1;
            game.jacobianVector(z.clone(), e, col);
            e[c] = 0;
            for (int r = 0; r < d; r++) {
                j[r * d + c] = col[r];
            }
        }
        return j;
    }
}
