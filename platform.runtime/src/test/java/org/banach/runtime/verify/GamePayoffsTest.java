package org.banach.runtime.verify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.banach.api.Result;
import org.banach.api.ResultMaps;
import org.banach.api.Status;
import org.banach.api.conformance.KitGames;
import org.banach.api.games.MatrixGame;
import org.banach.api.games.WaterFillingGame;
import org.junit.jupiter.api.Test;

/** The runtime names each player's payoff and a zero-sum game's value beside the returned profile. */
class GamePayoffsTest {

    private static Result attach(Object problem, double[] x) {
        Result.Builder b = Result.builder(Status.CONVERGED).solution(x);
        GamePayoffs.attach((org.banach.api.Problem) problem, x, b);
        return b.build();
    }

    @Test
    void aZeroSumGameGetsItsValueAndBothPayoffs() {
        // matching-pennies-like 2x2 with value 0.2 at x = (0.4, 0.6), y = (0.4, 0.6): A = [[1, -0.2], [-0.2, 0.6]] (hand-solved)
        double[] a = {1, -0.2, -0.2, 0.6};
        double[] negA = {-1, 0.2, 0.2, -0.6};
        MatrixGame g = KitGames.matrix("value-0.2", 2, 2, a, negA, true, null);
        Result r = attach(g, new double[] {0.4, 0.6, 0.4, 0.6});
        double value = 0.4 * 0.4 * 1 + 0.4 * 0.6 * -0.2 + 0.6 * 0.4 * -0.2 + 0.6 * 0.6 * 0.6;
        assertArrayEquals(new double[] {value, -value}, r.series().get(GamePayoffs.PAYOFFS), 1e-15);
        assertArrayEquals(new double[] {value}, r.series().get(GamePayoffs.GAME_VALUE), 1e-15);
        @SuppressWarnings("unchecked")
        Map<String, Object> series = (Map<String, Object>) ResultMaps.toMap(r).get("series");
        assertTrue(series.containsKey("game-value"), "the JSON names the game value: " + series);
    }

    @Test
    void rockPaperScissorsAtUniformIsWorthZeroToBoth() {
        Result r = attach(KitGames.rps(), new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0, 1 / 3.0, 1 / 3.0, 1 / 3.0});
        assertArrayEquals(new double[] {0, 0}, r.series().get(GamePayoffs.PAYOFFS), 1e-15);
        assertEquals(0, r.series().get(GamePayoffs.GAME_VALUE)[0], 1e-15);
    }

    @Test
    void aGeneralSumGameGetsPayoffsButNoValue() {
        double[] a = {3, 0, 5, 1};
        double[] b = {3, 5, 0, 1};
        Result r = attach(KitGames.matrix("prisoners", 2, 2, a, b, false, null), new double[] {0, 1, 0, 1});
        assertArrayEquals(new double[] {1, 1}, r.series().get(GamePayoffs.PAYOFFS), 0);
        assertFalse(r.series().containsKey(GamePayoffs.GAME_VALUE));
    }

    @Test
    void aPointThatIsNotAProfileGetsNothing() {
        assertTrue(attach(KitGames.rps(), new double[] {1, 1, 1, 0, 0, 1}).series().isEmpty());
        assertTrue(attach(KitGames.rps(), new double[] {1, 0}).series().isEmpty());
    }

    @Test
    void waterFillingUsersGetTheirRates() {
        // one user alone on two carriers: powers (2.25, 0.75), rate log(1 + 2·2.25/1) + log(1 + 1·0.75/2)
        WaterFillingGame g = WaterFillingExploitabilityVerifierTest.game(new double[][][] {{{2, 1}}},
                new double[][] {{1, 2}}, new double[] {3});
        Result r = attach(g, new double[] {2.25, 0.75});
        assertArrayEquals(new double[] {Math.log(5.5) + Math.log(1.375)}, r.series().get(GamePayoffs.PAYOFFS), 1e-14);
        assertTrue(attach(g, new double[] {3, 3}).series().isEmpty(), "over the budget");
    }
}
