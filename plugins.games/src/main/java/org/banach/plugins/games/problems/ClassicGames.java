package org.banach.plugins.games.problems;

import java.util.OptionalDouble;

import org.banach.api.games.MatrixGame;

/** The classic matrix games with published equilibria (payoffs as in the cited sources). */
final class ClassicGames {

    static final String RPS = "games/rps";
    static final String MATCHING_PENNIES = "games/matching-pennies";
    static final String SHAPLEY = "games/shapley";
    static final String MORRA = "games/morra";

    private ClassicGames() {
    }

    /**
     * Rock–paper–scissors, strategies (rock, paper, scissors), win +1, loss −1, tie 0. Value 0, unique
     * equilibrium uniform for both players.
     */
    static MatrixGame rps() {
        return DenseMatrixGame.zeroSum(RPS, 3, 3, new double[] {
            0, -1, 1,
            1, 0, -1,
            -1, 1, 0}, OptionalDouble.of(0));
    }

    /** Matching pennies, strategies (heads, tails); the row player wins +1 on a match. Value 0, unique equilibrium (1/2, 1/2). */
    static MatrixGame matchingPennies() {
        return DenseMatrixGame.zeroSum(MATCHING_PENNIES, 2, 2, new double[] {
            1, -1,
            -1, 1}, OptionalDouble.of(0));
    }

    /**
     * Shapley's 3×3 game (Shapley 1964), in the form of Fudenberg &amp; Levine (1998), section 2.8:
     * A = [[0,1,0],[0,0,1],[1,0,0]], B = [[0,0,1],[1,0,0],[0,1,0]]. General-sum; its unique Nash
     * equilibrium is uniform for both players, and fictitious play cycles around it.
     */
    static MatrixGame shapley() {
        return DenseMatrixGame.bimatrix(SHAPLEY, 3, 3, new double[] {
            0, 1, 0,
            0, 0, 1,
            1, 0, 0}, new double[] {
            0, 0, 1,
            1, 0, 0,
            0, 1, 0});
    }

    /**
     * Two-finger Morra: each player shows 1 or 2 fingers and guesses the opponent's number; a player
     * who alone guesses right wins the total number of fingers shown. This is Osborne's "Guessing
     * Morra" (An Introduction to Game Theory, Oxford UP 2004, exercise 344.2: guess the total, be paid
     * the guess) with its never-correct guesses removed. Strategies (show, guess) in the order (1,1), (1,2), (2,1), (2,2). The
     * game is symmetric (A = −Aᵀ), so its value is 0; the optimal strategies are exactly (0, p, 1−p, 0)
     * with 4/7 ≤ p ≤ 3/5.
     */
    static MatrixGame morra() {
        return DenseMatrixGame.zeroSum(MORRA, 4, 4, new double[] {
            0, 2, -3, 0,
            -2, 0, 0, 3,
            3, 0, 0, -4,
            0, -3, 4, 0}, OptionalDouble.of(0));
    }
}
