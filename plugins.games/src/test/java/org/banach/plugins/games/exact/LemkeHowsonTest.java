package org.banach.plugins.games.exact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.banach.api.Certificate;
import org.banach.api.ParameterSpec;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Status;
import org.banach.api.conformance.KitGames;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.games.MatrixGame;
import org.banach.plugins.games.problems.SupportEnumeration;
import org.banach.api.games.NormalFormGame;
import org.banach.plugins.games.problems.GamesProblemProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * games.lemke-howson against known equilibria: Shapley's game (unique, uniform), battle of the sexes (the
 * two pure equilibria, one per missing label), von Stengel's 3×2 example and its degenerate variant,
 * random bimatrix games (every end point one of the equilibria found by support enumeration; 20×20 and
 * 50×50 certified to 1e-10), zero-sum games (the value of games.lp), refusals and limits.
 */
class LemkeHowsonTest {

    private final GamesProblemProvider provider = new GamesProblemProvider();
    private final LemkeHowson lh = new LemkeHowson();

    private MatrixGame game(String id, String... parameters) {
        return (MatrixGame) provider.create(id, map(parameters));
    }

    private static Map<String, String> map(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (String s : kv) {
            int eq = s.indexOf('=');
            m.put(s.substring(0, eq), s.substring(eq + 1));
        }
        return m;
    }

    private Result solve(MatrixGame g, TestMonitor monitor, String... settings) {
        return lh.solve(g, Settings.validate(lh.parameters(), map(settings), 0L), monitor);
    }

    private Result solve(MatrixGame g, String... settings) {
        return solve(g, new TestMonitor(), settings);
    }

    private static MatrixGame bimatrix(int m, int n, double[] a, double[] b) {
        return KitGames.matrix("test-" + m + "x" + n, m, n, a, b, false, null);
    }

    /** Checks status, profile and claim against the API's NashConv; returns the exploitability. */
    private static double verified(MatrixGame g, Result r) {
        assertEquals(Status.CONVERGED, r.status(), r.message());
        assertTrue(NormalFormGame.isMixedProfile(g, r.solution()));
        double e = NormalFormGame.exploitability(g, r.solution());
        assertEquals(Certificate.EXPLOITABILITY, r.certificate().criterion());
        assertEquals(e, r.certificate().value(), 0.0);
        assertTrue(r.iterations() >= 2, "a path has at least two pivots");
        return e;
    }

    /** All equilibria of a small nondegenerate game by the test sources' support enumeration. */
    private static List<double[]> enumerated(MatrixGame g) {
        return SupportEnumeration.equilibria(g);
    }

    private static boolean near(double[] u, double[] v, double tol) {
        for (int k = 0; k < u.length; k++) {
            if (Math.abs(u[k] - v[k]) > tol) {
                return false;
            }
        }
        return true;
    }

    @Test
    void shapleysGameEndsAtTheUniformEquilibriumFromEveryLabel() {
        MatrixGame g = game("games/shapley");
        for (int k = 0; k < 6; k++) {
            Result r = solve(g, "missingLabel=" + k);
            assertTrue(verified(g, r) <= 1e-14, "label " + k);
            assertArrayEquals(g.start(), r.solution(), 1e-14, "label " + k);
            assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3}, r.series().get("payoffs"), 1e-14);
        }
    }

    @Test
    void battleOfTheSexesReachesBothPureEquilibriaButNotTheMixedOne() {
        MatrixGame g = bimatrix(2, 2, new double[] {2, 0, 0, 1}, new double[] {1, 0, 0, 2});
        List<double[]> all = enumerated(g);
        assertEquals(3, all.size());
        double[] mixed = {2.0 / 3, 1.0 / 3, 1.0 / 3, 2.0 / 3};
        assertTrue(all.stream().anyMatch(e -> near(e, mixed, 1e-15)));
        List<double[]> reached = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            Result r = solve(g, "missingLabel=" + k);
            assertEquals(0.0, verified(g, r), 1e-15, "label " + k);
            assertTrue(all.stream().anyMatch(e -> near(e, r.solution(), 1e-12)), "label " + k);
            // the mixed equilibrium has index -1: no path from the artificial equilibrium ends there
            assertFalse(near(r.solution(), mixed, 1e-6), "label " + k);
            if (reached.stream().noneMatch(e -> near(e, r.solution(), 1e-12))) {
                reached.add(r.solution());
            }
        }
        assertEquals(2, reached.size(), "different labels reach both pure equilibria");
        // label 0 (drop row 0): x enters as row 0, best response column 0 -> (row 0, column 0)
        assertArrayEquals(new double[] {1, 0, 1, 0}, solve(g, "missingLabel=0").solution(), 1e-15);
        assertArrayEquals(new double[] {0, 1, 0, 1}, solve(g, "missingLabel=1").solution(), 1e-15);
    }

    @Test
    void vonStengelsExampleEndsAtItsIndexPlusOneEquilibria() {
        // Handbook of Game Theory 3, ch. 45, the 3x2 game of (2.6)-(2.7): equilibria ((1,0,0),(1,0)),
        // ((4/5,1/5,0),(2/3,1/3)) and ((0,1/3,2/3),(1/3,2/3))
        MatrixGame g = bimatrix(3, 2, new double[] {3, 3, 2, 5, 0, 6}, new double[] {3, 2, 2, 6, 3, 1});
        double[] pure = {1, 0, 0, 1, 0};
        double[] indexMinusOne = {0.8, 0.2, 0, 2.0 / 3, 1.0 / 3};
        double[] mixed = {0, 1.0 / 3, 2.0 / 3, 1.0 / 3, 2.0 / 3};
        List<double[]> all = enumerated(g);
        assertEquals(3, all.size());
        for (double[] known : new double[][] {pure, indexMinusOne, mixed}) {
            assertTrue(all.stream().anyMatch(e -> near(e, known, 1e-14)));
        }
        // labels 0, 2, 3 end at the pure equilibrium, 1 and 4 at the mixed one; none at the index -1 one
        double[][] expected = {pure, mixed, pure, pure, mixed};
        for (int k = 0; k < 5; k++) {
            Result r = solve(g, "missingLabel=" + k);
            assertTrue(verified(g, r) <= 1e-14, "label " + k);
            assertArrayEquals(expected[k], r.solution(), 1e-14, "label " + k);
        }
    }

    @Test
    void degenerateGamesTerminateAtEquilibria() {
        List<MatrixGame> games = List.of(
                // von Stengel's degenerate variant: the first row has the two best responses of the column player
                bimatrix(3, 2, new double[] {3, 3, 2, 5, 0, 6}, new double[] {3, 3, 2, 6, 3, 1}),
                // every payoff equal: every profile is an equilibrium, every ratio a tie
                bimatrix(4, 3, new double[12], new double[12]),
                // a pure strategy with two best responses each way, plus duplicated rows and columns
                bimatrix(3, 3, new double[] {1, 1, 0, 1, 1, 0, 0, 0, 1}, new double[] {1, 1, 0, 1, 1, 0, 0, 0, 1}),
                // rock twice
                bimatrix(4, 3, new double[] {0, -1, 1, 0, -1, 1, 1, 0, -1, -1, 1, 0},
                        new double[] {0, 1, -1, 0, 1, -1, -1, 0, 1, 1, -1, 0}));
        for (MatrixGame g : games) {
            for (int k = 0; k < g.rows() + g.cols(); k++) {
                TestMonitor m = new TestMonitor();
                Result r = solve(g, m, "missingLabel=" + k, "maxPivots=1000");
                assertTrue(verified(g, r) <= 1e-12, g.rows() + "x" + g.cols() + " label " + k);
                assertEquals(r.iterations(), m.counter(LemkeHowson.PIVOTS));
            }
        }
    }

    @Test
    void smallRandomGamesEndAtEnumeratedEquilibria() {
        int ends = 0;
        for (long seed = 1; seed <= 6; seed++) {
            MatrixGame g = game("games/random-bimatrix", "rows=4", "cols=5", "seed=" + seed);
            List<double[]> all = enumerated(g);
            assertTrue(all.size() % 2 == 1, "a nondegenerate game has an odd number of equilibria");
            for (int k = 0; k < 9; k++) {
                Result r = solve(g, "missingLabel=" + k);
                assertTrue(verified(g, r) <= 1e-13, "seed " + seed + " label " + k);
                assertTrue(all.stream().anyMatch(e -> near(e, r.solution(), 1e-10)), "seed " + seed + " label " + k);
                ends++;
            }
        }
        assertEquals(54, ends);
    }

    @ParameterizedTest
    @ValueSource(ints = {20, 50})
    void randomSquareBimatrixGamesAreCertified(int size) {
        for (long seed = 1; seed <= 3; seed++) {
            MatrixGame g = game("games/random-bimatrix", "rows=" + size, "cols=" + size, "seed=" + seed);
            for (int k : new int[] {0, size, 2 * size - 1}) {
                TestMonitor m = new TestMonitor();
                Result r = solve(g, m, "missingLabel=" + k);
                double e = verified(g, r);
                assertTrue(e <= 1e-10, size + "x" + size + " seed " + seed + " label " + k + ": " + e);
                assertEquals(r.iterations(), m.counter(LemkeHowson.PIVOTS));
                assertEquals(e, m.trace().get(m.trace().size() - 1).measure(), 0.0);
                System.out.printf("games.lemke-howson %dx%d seed %d label %d: %d pivots, exploitability %.1e%n",
                        size, size, seed, k, r.iterations(), e);
            }
        }
    }

    @Test
    void zeroSumGamesGetTheValueOfTheLinearProgramme() {
        LinearProgramming lp = new LinearProgramming();
        for (MatrixGame g : List.of(game("games/matching-pennies"), game("games/rps"),
                game("games/random-zero-sum", "rows=7", "cols=6", "seed=3"))) {
            Result value = lp.solve(g, Settings.defaults(lp.parameters()), new TestMonitor());
            for (int k = 0; k < g.rows() + g.cols(); k++) {
                Result r = solve(g, "missingLabel=" + k);
                assertTrue(verified(g, r) <= 1e-12, g.name());
                // an equilibrium of a zero-sum game is a pair of optimal strategies: its payoff is the value
                assertEquals(value.objective(), r.objective(), 1e-12, g.name() + " label " + k);
            }
        }
        assertArrayEquals(new double[] {0.5, 0.5, 0.5, 0.5}, solve(game("games/matching-pennies")).solution(), 1e-15);
    }

    @Test
    void scaledPayoffsGiveTheSameEquilibrium() {
        MatrixGame base = game("games/random-bimatrix", "rows=8", "cols=6", "seed=9");
        double[] a = base.rowPayoffs().clone();
        double[] b = base.columnPayoffs().clone();
        for (int k = 0; k < a.length; k++) {
            a[k] = 1e6 * a[k] + 5e6;
            b[k] = 1e-3 * b[k] - 7;
        }
        MatrixGame scaled = bimatrix(8, 6, a, b);
        Result r = solve(scaled, "missingLabel=3");
        assertTrue(verified(scaled, r) <= r.certificate().tolerance());
        assertArrayEquals(solve(base, "missingLabel=3").solution(), r.solution(), 1e-12);
    }

    @Test
    void refusesNonFinitePayoffsAndLabelsOutOfRangeAndStopsAtThePivotLimit() {
        Result nan = solve(bimatrix(2, 2, new double[] {1, Double.NaN, 0, 1}, new double[] {1, 0, 0, 1}));
        assertEquals(Status.INVALID_INPUT, nan.status());
        assertTrue(nan.message().startsWith(LemkeHowson.ID + ": ") && nan.message().contains("not finite"),
                nan.message());
        Result inf = solve(bimatrix(2, 2, new double[] {1, 0, 0, 1}, new double[] {1, 0, Double.NEGATIVE_INFINITY, 1}));
        assertEquals(Status.INVALID_INPUT, inf.status());
        Result label = solve(game("games/shapley"), "missingLabel=6");
        assertEquals(Status.INVALID_INPUT, label.status());
        assertTrue(label.message().contains("0..5"), label.message());
        Result limited = solve(game("games/random-bimatrix", "rows=20", "cols=20", "seed=1"), "maxPivots=1");
        assertEquals(Status.FAILED, limited.status());
        assertTrue(limited.message().contains("maxPivots"), limited.message());
        Result stopped = solve(game("games/shapley"), TestMonitor.stoppingAfter(1, Status.TIME_LIMIT));
        assertEquals(Status.TIME_LIMIT, stopped.status());
    }

    @Test
    void declaresItsParametersAndAcceptsOnlyMatrixGames() {
        Settings d = Settings.defaults(lh.parameters());
        assertEquals(0L, d.integer("missingLabel"));
        assertEquals(1e-9, d.real("tolerance"));
        assertTrue(d.integer("maxPivots") >= 10_000);
        lh.parameters().forEach(p -> assertFalse(p.help().isBlank(), p.name()));
        assertEquals(List.of("missingLabel", "maxPivots", "tolerance"),
                lh.parameters().stream().map(ParameterSpec::name).toList());
        // the runtime binds a solver to a problem only when problemType().isInstance(problem)
        assertEquals(MatrixGame.class, lh.problemType());
        NormalFormGame threePlayers = new NormalFormGame() {
            @Override
            public String name() {
                return "three players";
            }

            @Override
            public int players() {
                return 3;
            }

            @Override
            public int strategies(int player) {
                return 2;
            }

            @Override
            public double payoff(int player, int[] profile) {
                return profile[player];
            }
        };
        assertFalse(lh.problemType().isInstance(threePlayers));
        assertTrue(lh.problemType().isInstance(game("games/shapley")));
    }
}
