package org.banach.plugins.games.problems;

import java.util.Arrays;

import org.banach.api.games.NormalFormGame;

/**
 * An n-player game held as its full payoff table: the pure profiles in Gambit's order (player 1's
 * strategy varying fastest), each with one payoff per player.
 */
final class TableGame implements NormalFormGame {

    private final String name;
    private final int[] strategies;
    private final double[] payoffs;

    /** {@code payoffs[profileIndex * n + p]}, profileIndex = Σ_q s_q Π_{r<q} strategies[r]. */
    TableGame(String name, int[] strategies, double[] payoffs) {
        long profiles = profiles(strategies);
        if (payoffs.length != profiles * strategies.length) {
            throw new IllegalArgumentException("a table of " + profiles + " profiles x " + strategies.length
                    + " players needs " + profiles * strategies.length + " payoffs, got " + payoffs.length);
        }
        this.name = name;
        this.strategies = strategies.clone();
        this.payoffs = payoffs.clone();
    }

    static long profiles(int[] strategies) {
        long k = 1;
        for (int s : strategies) {
            k = Math.multiplyExact(k, (long) s);
        }
        return k;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int players() {
        return strategies.length;
    }

    @Override
    public int strategies(int player) {
        return strategies[player];
    }

    @Override
    public double payoff(int player, int[] profile) {
        int index = 0;
        for (int q = strategies.length - 1; q >= 0; q--) {
            index = index * strategies[q] + profile[q];
        }
        return payoffs[index * strategies.length + player];
    }

    @Override
    public String toString() {
        return name + " " + Arrays.toString(strategies);
    }
}
