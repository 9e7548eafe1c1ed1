package org.banach.runtime.verify;

import org.banach.api.Problem;
import org.banach.api.Result;
import org.banach.api.games.MatrixGame;
import org.banach.api.games.NormalFormGame;
import org.banach.api.games.WaterFillingGame;

/**
 * What each player gets at a game's returned profile, recomputed by the runtime from the problem (never
 * the solver's figures) and attached to the result as named records, so that the JSON names the game
 * value: {@value #PAYOFFS} holds every player's exact expected payoff u_p(σ) (for the water-filling
 * game, every user's rate R_q(p)); a two-player zero-sum matrix game also gets {@value #GAME_VALUE}
 * = xᵀAy, the value of the game when the profile is an equilibrium (within its exploitability). A
 * solution that is not a profile of the game (wrong length, not a distribution, infeasible powers)
 * gets nothing.
 */
public final class GamePayoffs {

    public static final String PAYOFFS = "payoffs";
    public static final String GAME_VALUE = "game-value";

    private GamePayoffs() {
    }

    /** Adds {@link #PAYOFFS} (and {@link #GAME_VALUE}) to {@code b} when {@code problem} is a game and {@code x} its profile. */
    public static void attach(Problem problem, double[] x, Result.Builder b) {
        if (problem instanceof NormalFormGame) {
            NormalFormGame g = (NormalFormGame) problem;
            if (!NormalFormGame.isMixedProfile(g, x)) {
                return;
            }
            double[] u = payoffs(g, x);
            b.series(PAYOFFS, u);
            if (g instanceof MatrixGame && ((MatrixGame) g).zeroSum()) {
                b.series(GAME_VALUE, new double[] {u[0]});
            }
        } else if (problem instanceof WaterFillingGame) {
            WaterFillingGame g = (WaterFillingGame) problem;
            if (x.length != g.dimension() || !WaterFillingGame.isFeasible(g, x)) {
                return;
            }
            double[] r = new double[g.users()];
            for (int q = 0; q < r.length; q++) {
                r[q] = WaterFillingGame.rate(g, q, x);
            }
            b.series(PAYOFFS, r);
        }
    }

    /** u_p(σ) = Σ_s σ_p(s)·u_p(s, σ_−p) for every player p. */
    static double[] payoffs(NormalFormGame g, double[] sigma) {
        double[] u = new double[g.players()];
        for (int p = 0; p < u.length; p++) {
            double[] pure = new double[g.strategies(p)];
            g.purePayoffs(p, sigma, pure);
            for (int s = 0; s < pure.length; s++) {
                u[p] += sigma[g.offset(p) + s] * pure[s];
            }
        }
        return u;
    }
}
