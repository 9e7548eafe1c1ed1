package org.banach.plugins.games.problems;

import java.util.SplittableRandom;

import org.banach.api.games.MatrixGame;

/**
 * Random matrix games from a seed: every payoff independent and uniform in [−1, 1), drawn row-major
 * from {@link SplittableRandom}(seed) (A first, then B for a bimatrix game), so a seed names one game
 * on every machine.
 */
final class RandomGames {

    static final String ZERO_SUM = "games/random-zero-sum";
    static final String BIMATRIX = "games/random-bimatrix";

    private RandomGames() {
    }

    static MatrixGame zeroSum(int rows, int cols, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        return DenseMatrixGame.zeroSum(ZERO_SUM + "[" + rows + "x" + cols + ",seed=" + seed + "]", rows, cols,
                uniform(rng, rows * cols), java.util.OptionalDouble.empty());
    }

    static MatrixGame bimatrix(int rows, int cols, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] a = uniform(rng, rows * cols);
        double[] b = uniform(rng, rows * cols);
        return DenseMatrixGame.bimatrix(BIMATRIX + "[" + rows + "x" + cols + ",seed=" + seed + "]", rows, cols, a, b);
    }

    static double[] uniform(SplittableRandom rng, int n) {
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            v[k] = rng.nextDouble(-1.0, 1.0);
        }
        return v;
    }
}
