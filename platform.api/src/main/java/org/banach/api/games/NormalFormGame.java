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

    /** The value of the game for player 0, when it is known (two-player zero-sum games). */
    default OptionalDouble knownValue() {
        return OptionalDouble.empty();
    }
}
