package org.banach.api.games;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.banach.api.conformance.KitGames;
import org.junit.jupiter.api.Test;

/** The default expected-payoff enumeration against the matrix form and a hand-computed 3-player case. */
class NormalFormGameTest {

    /** A 2×3 bimatrix game seen both as a matrix game and through the generic enumeration. */
    private static final double[] A = {1, -2, 3, 0, 4, -1};
    private static final double[] B = {2, 0, -1, 5, 1, 3};

    private static final MatrixGame MATRIX = KitGames.matrix("test/bimatrix", 2, 3, A, B, false, null);

    /** The same game through NormalFormGame's defaults only. */
    private static final NormalFormGame GENERIC = new NormalFormGame() {
        @Override
        public int players() {
            return 2;
        }

        @Override
        public int strategies(int player) {
            return player == 0 ? 2 : 3;
        }

        @Override
        public double payoff(int player, int[] profile) {
            return (player == 0 ? A : B)[profile[0] * 3 + profile[1]];
        }

        @Override
        public String name() {
            return "test/generic";
        }
    };

    @Test
    void enumerationEqualsTheMatrixProducts() {
        double[] sigma = {0.25, 0.75, 0.2, 0.3, 0.5};
        for (int p = 0; p < 2; p++) {
            double[] fromMatrix = new double[MATRIX.strategies(p)];
            double[] fromEnumeration = new double[GENERIC.strategies(p)];
            MATRIX.purePayoffs(p, sigma, fromMatrix);
            GENERIC.purePayoffs(p, sigma, fromEnumeration);
            assertArrayEquals(fromMatrix, fromEnumeration, 1e-15, "player " + p);
        }
        double[] row = new double[2];
        MATRIX.purePayoffs(0, sigma, row);
        assertArrayEquals(new double[] {0.2 - 0.6 + 1.5, 1.2 - 0.5}, row, 1e-15);
        assertEquals(5, MATRIX.dimension());
        assertEquals(2, MATRIX.offset(1));
        assertArrayEquals(new double[] {0.5, 0.5, 1.0 / 3, 1.0 / 3, 1.0 / 3}, MATRIX.start(), 1e-15);
    }

    @Test
    void threePlayerEnumerationVisitsEveryProfileOfTheOthers() {
        // u_p(profile) = 100·s0 + 10·s1 + s2 for every player; strategies 2, 3, 2
        NormalFormGame g = new NormalFormGame() {
            @Override
            public int players() {
                return 3;
            }

            @Override
            public int strategies(int player) {
                return player == 1 ? 3 : 2;
            }

            @Override
            public double payoff(int player, int[] s) {
                return 100 * s[0] + 10 * s[1] + s[2];
            }

            @Override
            public String name() {
                return "test/three";
            }
        };
        double[] sigma = {0.5, 0.5, 0.2, 0.3, 0.5, 0.9, 0.1};
        double[] out = new double[3];
        g.purePayoffs(1, sigma, out);
        // E[100 s0 + s2] = 50 + 0.1 for each strategy s1 of player 1
        assertArrayEquals(new double[] {50.1, 60.1, 70.1}, out, 1e-12);
    }
}
