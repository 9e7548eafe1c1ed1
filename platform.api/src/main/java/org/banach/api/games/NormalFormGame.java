package org.banach.api.games;

import java.util.OptionalDouble;

import org.banach.api.Problem;

/**
 * A finite game in normal form: {@link #players()} players, player p choosing among
 * {@link #strategies(int) strategies(p)} pure strategies, and a payoff per player for every pure
 * profile (players maximise). A mixed profile σ is the concatenation of one probability vector per
 * player, in player order; it is a solution's form, and {@link #dimension()} is its length. The
 * runtime certifies a returned σ by its exploitability (NashConv) Σ_p [max_s u_p(s, σ_−p) − u_p(σ)],
 * computed from {@link #purePayoffs}.
 */
public interface NormalFormGame extends Problem {

    String FAMILY = "games.normal-form";

    @Override
    default String family() {
        return FAMILY;
    }

    int players();

    /** Number of pure strategies of {@code player} (at least 1). */
    int strategies(int player);

    /** Payoff of {@code player} when each player q plays pure strategy {@code profile[q]}. */
    double payoff(int player, int[] profile);

    /** Σ_p strategies(p): the length of a mixed profile. */
    @Override
    default int dimension() {
        int d = 0;
        for (int p = 0; p < players(); p++) {
            d += strategies(p);
        }
        return d;
    }

    /** Offset of {@code player}'s block in a mixed profile. */
    default int offset(int player) {
        int o = 0;
        for (int q = 0; q < player; q++) {
            o += strategies(q);
        }
        return o;
    }

    /**
     * out[s] = u_p(s, σ_−p): the expected payoff of each pure strategy s of {@code player} when the
     * others play their blocks of the mixed profile {@code sigma} (the player's own block is ignored).
     * The default enumerates the others' pure profiles; large games should override it.
     */
    default void purePayoffs(int player, double[] sigma, double[] out) {
        int n = players();
        int[] profile = new int[n];
        java.util.Arrays.fill(out, 0, strategies(player), 0.0);
        while (true) {
            double weight = 1;
            for (int q = 0; q < n && weight != 0; q++) {
                if (q != player) {
                    weight *= sigma[offset(q) + profile[q]];
                }
            }
            if (weight != 0) {
                for (int s = 0; s < strategies(player); s++) {
                    profile[player] = s;
                    out[s] += weight * payoff(player, profile);
                }
                profile[player] = 0;
            }
            int q = 0; // next profile of the others, odometer order
            while (q < n && (q == player || ++profile[q] == strategies(q))) {
                if (q != player) {
                    profile[q] = 0;
                }
                q++;
            }
            if (q == n) {
                return;
            }
        }
    }

    /** The uniform profile: every player mixes all strategies equally. */
    default double[] start() {
        double[] sigma = new double[dimension()];
        for (int p = 0; p < players(); p++) {
            java.util.Arrays.fill(sigma, offset(p), offset(p) + strategies(p), 1.0 / strategies(p));
        }
        return sigma;
    }

    /**
     * Exploitability (NashConv) of a mixed profile: Σ_p [max_s u_p(s, σ_−p) − u_p(σ)], each player's
     * gain from an exact best response, from {@link #purePayoffs}; for a two-player zero-sum game the
     * duality gap. One computation for solvers' claims and the runtime's certificate (the runtime
     * still decides on the returned point). The profile's blocks are used as given (see
     * {@link #isMixedProfile}).
     */
    static double exploitability(NormalFormGame game, double[] sigma) {
        double total = 0;
        for (int p = 0; p < game.players(); p++) {
            int k = game.strategies(p);
            int o = game.offset(p);
            double[] u = new double[k];
            game.purePayoffs(p, sigma, u);
            double best = Double.NEGATIVE_INFINITY;
            double played = 0;
            for (int s = 0; s < k; s++) {
                best = Math.max(best, u[s]);
                played += sigma[o + s] * u[s];
            }
            total += best - played;
        }
        return total;
    }

    /** True when {@code sigma} has the game's length and each block is a probability vector (to 1e-12 / 1e-9). */
    static boolean isMixedProfile(NormalFormGame game, double[] sigma) {
        if (sigma.length != game.dimension()) {
            return false;
        }
        for (int p = 0; p < game.players(); p++) {
            double sum = 0;
            for (int s = game.offset(p); s < game.offset(p) + game.strategies(p); s++) {
                if (!(sigma[s] >= -1e-12)) {
                    return false;
                }
                sum += sigma[s];
            }
            if (!(Math.abs(sum - 1) <= 1e-9)) {
                return false;
            }
        }
        return true;
    }

    /** The value of the game for player 0, when it is known (two-player zero-sum games). */
    default OptionalDouble knownValue() {
        return OptionalDouble.empty();
    }
}
