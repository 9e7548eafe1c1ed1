package org.banach.plugins.games.problems;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.banach.api.games.MatrixGame;
import org.junit.jupiter.api.Test;

class ClassicGamesTest {

    private final GamesProblemProvider provider = new GamesProblemProvider();

    private MatrixGame game(String id) {
        return (MatrixGame) provider.create(id, Map.of());
    }

    @Test
    void rockPaperScissorsHasValueZeroAndOnlyTheUniformEquilibrium() {
        MatrixGame g = game("games/rps");
        assertTrue(g.zeroSum());
        assertEquals(0.0, g.knownValue().getAsDouble());
        // published table: paper beats rock, scissors beat paper, rock beats scissors
        assertEquals(1.0, g.payoff(0, new int[] {1, 0}));
        assertEquals(1.0, g.payoff(0, new int[] {2, 1}));
        assertEquals(1.0, g.payoff(0, new int[] {0, 2}));
        assertEquals(-1.0, g.payoff(1, new int[] {1, 0}));
        double u = 1.0 / 3;
        double[] uniform = {u, u, u};
        assertEquals(0.0, Exploitability.of(g, Exploitability.concat(uniform, uniform)), 1e-15);
        // value 0: the uniform row strategy guarantees 0 against every column, and no other does
        double[] tilted = {u + 0.01, u - 0.01, u};
        assertTrue(Exploitability.of(g, Exploitability.concat(tilted, uniform)) >= 0.01 - 1e-15);
    }

    @Test
    void matchingPenniesHasValueZero() {
        MatrixGame g = game("games/matching-pennies");
        assertArrayEquals(new double[] {1, -1, -1, 1}, g.rowPayoffs());
        assertTrue(g.zeroSum());
        assertEquals(0.0, g.knownValue().getAsDouble());
        double[] half = {0.5, 0.5};
        assertEquals(0.0, Exploitability.of(g, Exploitability.concat(half, half)), 0.0);
        double[] biased = {0.6, 0.4};
        assertEquals(0.2, Exploitability.of(g, Exploitability.concat(biased, half)), 1e-15);
    }

    @Test
    void morraOptimalStrategiesAreExactlyTheSegmentFourSeventhsToThreeFifths() {
        MatrixGame g = game("games/morra");
        assertTrue(g.zeroSum());
        assertEquals(0.0, g.knownValue().getAsDouble());
        // rule check: (show, guess) = (1,1),(1,2),(2,1),(2,2); the lone right guesser wins the total
        int[][] strat = {{1, 1}, {1, 2}, {2, 1}, {2, 2}};
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                boolean rowRight = strat[i][1] == strat[j][0];
                boolean colRight = strat[j][1] == strat[i][0];
                int total = strat[i][0] + strat[j][0];
                double expected = rowRight == colRight ? 0 : rowRight ? total : -total;
                assertEquals(expected, g.payoff(0, new int[] {i, j}), "(" + i + "," + j + ")");
            }
        }
        for (double p : new double[] {4.0 / 7, 7.0 / 12, 3.0 / 5}) {
            double[] x = {0, p, 1 - p, 0};
            double[] y = {0, 7.0 / 12, 5.0 / 12, 0};
            assertEquals(0.0, Exploitability.of(g, Exploitability.concat(x, y)), 1e-14, "p = " + p);
        }
        // outside the segment the row player loses: min over columns of x'A < 0
        for (double p : new double[] {0.5, 0.56, 0.62}) {
            double[] x = {0, p, 1 - p, 0};
            double[] y = {0, 7.0 / 12, 5.0 / 12, 0};
            assertTrue(Exploitability.of(g, Exploitability.concat(x, y)) > 0.01, "p = " + p);
        }
    }

    /**
     * Shapley's game is nondegenerate (A y = (y2, y3, y1) and Bᵀx = (x2, x3, x1) are permutations of the
     * mixed strategy, so a strategy with support k has at most k best responses), so equal-size
     * support enumeration finds all its equilibria: exactly one, uniform. Matching pennies and RPS
     * likewise have the uniform profile as their only equilibrium.
     */
    @Test
    void supportEnumerationFindsExactlyTheUniformEquilibrium() {
        for (String id : new String[] {"games/shapley", "games/rps", "games/matching-pennies"}) {
            MatrixGame g = game(id);
            java.util.List<double[]> eq = SupportEnumeration.equilibria(g);
            assertEquals(1, eq.size(), id);
            assertArrayEquals(g.start(), eq.get(0), 1e-15, id);
        }
        // the enumerator itself: a 2x2 coordination game has two pure equilibria and one mixed
        MatrixGame coordination = DenseMatrixGame.bimatrix("c", 2, 2, new double[] {2, 0, 0, 1}, new double[] {1, 0, 0, 2});
        java.util.List<double[]> eq = SupportEnumeration.equilibria(coordination);
        assertEquals(3, eq.size());
        assertArrayEquals(new double[] {2.0 / 3, 1.0 / 3, 1.0 / 3, 2.0 / 3}, eq.get(2), 1e-15);
    }

    @Test
    void shapleysUniformProfileIsAnEquilibriumAndNoPureProfileIs() {
        MatrixGame g = game("games/shapley");
        assertFalse(g.zeroSum());
        assertTrue(g.knownValue().isEmpty());
        assertArrayEquals(new double[] {0, 1, 0, 0, 0, 1, 1, 0, 0}, g.rowPayoffs());
        assertArrayEquals(new double[] {0, 0, 1, 1, 0, 0, 0, 1, 0}, g.columnPayoffs());
        assertEquals(0.0, Exploitability.of(g, g.start()), 1e-15);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double[] x = new double[3];
                double[] y = new double[3];
                x[i] = 1;
                y[j] = 1;
                assertTrue(Exploitability.of(g, Exploitability.concat(x, y)) >= 1, "pure (" + i + "," + j + ")");
            }
        }
    }
}
