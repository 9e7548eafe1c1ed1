package org.banach.api.conformance;

import org.banach.api.games.MatrixGame;

/** Small matrix games for tests of the games family: given payoffs, a declared zero-sum flag and a start. */
public final class KitGames {

    private KitGames() {
    }

    /**
     * A rows × cols game with payoffs A and B (row-major, used as given). {@code zeroSum} is what the
     * game declares (a test may declare it falsely to check that a solver looks at the payoffs);
     * {@code start} null means the uniform profile.
     */
    public static MatrixGame matrix(String name, int rows, int cols, double[] a, double[] b, boolean zeroSum,
            double[] start) {
        return new MatrixGame() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int rows() {
                return rows;
            }

            @Override
            public int cols() {
                return cols;
            }

            @Override
            public double[] rowPayoffs() {
                return a;
            }

            @Override
            public double[] columnPayoffs() {
                return b;
            }

            @Override
            public boolean zeroSum() {
                return zeroSum;
            }

            @Override
            public double[] start() {
                return start == null ? MatrixGame.super.start() : start.clone();
            }
        };
    }

    /** Rock–paper–scissors: win 1, loss −1; zero-sum, value 0, unique equilibrium uniform. */
    public static MatrixGame rps() {
        return matrix("test/rps", 3, 3, new double[] {0, -1, 1, 1, 0, -1, -1, 1, 0},
                new double[] {0, 1, -1, -1, 0, 1, 1, -1, 0}, true, null);
    }
}
