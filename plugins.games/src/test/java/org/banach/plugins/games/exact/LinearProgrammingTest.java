package org.banach.plugins.games.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.banach.api.Certificate;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.Status;
import org.banach.api.conformance.KitGames;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.games.MatrixGame;
import org.banach.api.games.NormalFormGame;
import org.banach.plugins.games.firstorder.MirrorProx;
import org.banach.plugins.games.firstorder.Pdhg;
import org.banach.plugins.games.problems.GamesProblemProvider;
import org.banach.runtime.cpu.CpuBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GB2's LP must-shows: published values and optimal strategies of rock–paper–scissors and Morra, random
 * games (20×30, 200×200, 500×500) solved to exploitability below 1e-9 with the primal and dual values
 * equal (LP duality) and equal to Mirror-Prox's and restarted PDHG's within their gaps, degenerate games
 * with many equilibria, refusals and the pivot limit.
 */
class LinearProgrammingTest {

    private final GamesProblemProvider provider = new GamesProblemProvider();
    private final LinearProgramming lp = new LinearProgramming();

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

    private static <P extends org.banach.api.Problem> Result run(Solver<P> s, P p, TestMonitor m, String... settings) {
        return s.solve(p, Settings.validate(s.parameters(), map(settings), 0L), m);
    }

    private Result solve(MatrixGame g, String... settings) {
        return run(lp, g, new TestMonitor(), settings);
    }

    /** A zero-sum game with row-major payoffs A (and B = −A unless given). */
    static MatrixGame matrix(int m, int n, double[] a, double[] b) {
        double[] cb = b != null ? b : new double[a.length];
        if (b == null) {
            for (int k = 0; k < a.length; k++) {
                cb[k] = -a[k];
            }
        }
        return KitGames.matrix("test-" + m + "x" + n, m, n, a, cb, b == null, null);
    }

    /** Checks the result's claim against the API's NashConv and returns the exploitability. */
    private static double verified(MatrixGame g, Result r) {
        assertEquals(Status.CONVERGED, r.status(), r.message());
        assertTrue(NormalFormGame.isMixedProfile(g, r.solution()));
        double e = NormalFormGame.exploitability(g, r.solution());
        assertEquals(Certificate.EXPLOITABILITY, r.certificate().criterion());
        assertEquals(e, r.certificate().value(), 0.0);
        double roundoff = 1e-12;
        for (double v : g.rowPayoffs()) {
            roundoff = Math.max(roundoff, 1e-12 * Math.abs(v));
        }
        double[] bounds = r.series().get("value-bounds");
        assertEquals(e, bounds[1] - bounds[0], roundoff, "the strategies' guarantees differ by the exploitability");
        assertTrue(bounds[0] - roundoff <= r.objective() && r.objective() <= bounds[1] + roundoff,
                "value between the guarantees");
        return e;
    }

    @Test
    void rockPaperScissorsHasValueZeroAndUniformStrategies() {
        MatrixGame g = game("games/rps");
        Result r = solve(g);
        assertTrue(verified(g, r) < 1e-12);
        assertEquals(0.0, r.objective(), 1e-12);
        for (double p : r.solution()) {
            assertEquals(1.0 / 3, p, 1e-12);
        }
    }

    @Test
    void morraHasValueZeroAndRowStrategyOnThePublishedSegment() {
        MatrixGame g = game("games/morra");
        for (String rule : new String[] {"bland", "dantzig"}) {
            Result r = solve(g, "pivotRule=" + rule);
            assertTrue(verified(g, r) < 1e-12, rule);
            assertEquals(0.0, r.objective(), 1e-12, rule);
            double[] z = r.solution();
            // optimal strategies: (0, p, 1 − p, 0) over (show, guess) = (1,1),(1,2),(2,1),(2,2), 4/7 ≤ p ≤ 3/5
            for (int player = 0; player < 2; player++) {
                int o = 4 * player;
                assertEquals(0.0, z[o], 1e-12, rule);
                assertEquals(0.0, z[o + 3], 1e-12, rule);
                assertTrue(z[o + 1] >= 4.0 / 7 - 1e-12 && z[o + 1] <= 3.0 / 5 + 1e-12, rule + ": p = " + z[o + 1]);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void randomGamesAreSolvedExactlyAndBothProgrammesAgree(long seed) {
        MatrixGame g = game("games/random-zero-sum", "rows=20", "cols=30", "seed=" + seed);
        for (String rule : new String[] {"bland", "dantzig"}) {
            TestMonitor m = new TestMonitor();
            Result r = run(lp, g, m, "pivotRule=" + rule);
            double e = verified(g, r);
            assertTrue(e < 1e-9, rule + ": exploitability " + e);
            double[] bounds = r.series().get("value-bounds");
            assertEquals(bounds[0], bounds[1], 1e-9, "primal and dual values");
            assertEquals(m.counter(LinearProgramming.PIVOTS), r.iterations());
            assertTrue(r.iterations() >= 2);
            assertEquals(e, m.trace().get(m.trace().size() - 1).measure(), 0.0);
        }
    }

    @Test
    void valueEqualsMirrorProxsWithinItsGap() {
        MatrixGame g = game("games/random-zero-sum", "rows=20", "cols=30", "seed=7");
        double v = solve(g).objective();
        TestMonitor m = new TestMonitor() {
            private final CpuBackend cpu = new CpuBackend();

            @Override
            public org.banach.api.backend.Backend backend() {
                return cpu;
            }
        };
        MirrorProx mp = new MirrorProx();
        Result r = run(mp, g, m, "maxIterations=200000", "tolerance=1e-5");
        double gap = NormalFormGame.exploitability(g, r.solution());
        assertTrue(gap < 1e-4, "Mirror-Prox gap " + gap);
        // v and Mirror-Prox's payoff both lie between its strategies' guarantees, an interval of length gap
        assertEquals(v, r.objective(), gap + 1e-12);
        assertEquals(v, r.objective(), 1e-4);
    }

    @Test
    void degenerateGamesWithManyEquilibriaGetVerifiedProfiles() {
        double[] constant = new double[5 * 4];
        java.util.Arrays.fill(constant, 3);
        MatrixGame flat = matrix(5, 4, constant, null);
        Result r = solve(flat);
        assertEquals(0.0, verified(flat, r), 0.0);
        assertEquals(3.0, r.objective(), 1e-12);
        // rock twice: every split of the rock mass between rows 0 and 1 is optimal
        MatrixGame twice = matrix(4, 3, new double[] {0, -1, 1, 0, -1, 1, 1, 0, -1, -1, 1, 0}, null);
        for (String rule : new String[] {"bland", "dantzig"}) {
            Result t = solve(twice, "pivotRule=" + rule);
            assertTrue(verified(twice, t) < 1e-12, rule);
            assertEquals(1.0 / 3, t.solution()[0] + t.solution()[1], 1e-12);
        }
        // a pure saddle point with tied rows and columns
        MatrixGame saddle = matrix(3, 3, new double[] {2, 2, 5, 2, 2, 4, 0, 1, 3}, null);
        Result s = solve(saddle);
        assertEquals(0.0, verified(saddle, s), 1e-15);
        assertEquals(2.0, s.objective(), 1e-12);
    }

    @Test
    void scaledPayoffsKeepTheRelativeAccuracy() {
        MatrixGame base = game("games/random-zero-sum", "rows=12", "cols=9", "seed=11");
        double[] a = base.rowPayoffs().clone();
        for (int k = 0; k < a.length; k++) {
            a[k] = 1e6 * a[k] + 5e6;
        }
        MatrixGame big = matrix(12, 9, a, null);
        Result r = solve(big);
        double e = verified(big, r);
        assertTrue(e <= r.certificate().tolerance(), "exploitability " + e);
        assertEquals(1e6 * solve(base).objective() + 5e6, r.objective(), 1e-3);
    }

    @Test
    void refusesGeneralSumAndNonFiniteGamesAndStopsAtThePivotLimit() {
        Result general = solve(game("games/random-bimatrix", "rows=3", "cols=4", "seed=1"));
        assertEquals(Status.INVALID_INPUT, general.status());
        assertTrue(general.message().startsWith(LinearProgramming.ID + ": solves two-player zero-sum games only"),
                general.message());
        Result nan = solve(matrix(2, 2, new double[] {1, Double.NaN, 0, 1}, null));
        assertEquals(Status.INVALID_INPUT, nan.status());
        assertTrue(nan.message().contains("not finite"), nan.message());
        Result limited = solve(game("games/random-zero-sum", "rows=20", "cols=30", "seed=1"), "maxIterations=1");
        assertEquals(Status.ITERATION_LIMIT, limited.status());
        Result cancelled = run(lp, game("games/rps"), TestMonitor.stoppingAfter(1, Status.TIME_LIMIT));
        assertEquals(Status.TIME_LIMIT, cancelled.status());
    }

    @Test
    void declaresItsParameters() {
        Settings d = Settings.defaults(lp.parameters());
        assertEquals(1e-9, d.real("tolerance"));
        assertEquals("dantzig", d.string("pivotRule"));
        assertEquals(MatrixGame.class, lp.problemType());
        lp.parameters().forEach(p -> assertTrue(!p.help().isBlank(), p.name()));
    }

    @Test
    void randomTwoHundredSquareGameIsSolvedExactlyAndAgreesWithRestartedPdhg() {
        MatrixGame g = game("games/random-zero-sum", "rows=200", "cols=200", "seed=201");
        Result r = solve(g);
        double e = verified(g, r);
        assertTrue(e <= 1e-9, "exploitability " + e);
        TestMonitor m = new TestMonitor() {
            private final CpuBackend cpu = new CpuBackend();

            @Override
            public org.banach.api.backend.Backend backend() {
                return cpu;
            }
        };
        Result p = run(new Pdhg(), g, m, "restart=adaptive", "tolerance=1e-9", "maxIterations=200000");
        assertEquals(Status.CONVERGED, p.status(), String.valueOf(p));
        double gap = NormalFormGame.exploitability(g, p.solution());
        assertEquals(r.objective(), p.objective(), gap + 1e-12, "both values lie within PDHG's guarantees");
        System.out.printf("games.lp 200x200: %d pivots, exploitability %.2e, value %.12f; games.pdhg %d iterations,"
                + " value %.12f (gap %.1e)%n", r.iterations(), e, r.objective(), p.iterations(), p.objective(), gap);
    }

    @Test
    void randomFiveHundredSquareGameIsSolvedExactly() {
        MatrixGame g = game("games/random-zero-sum", "rows=500", "cols=500", "seed=501");
        Result r = solve(g);
        double e = verified(g, r);
        assertTrue(e <= 1e-9, "exploitability " + e);
        double[] bounds = r.series().get("value-bounds");
        assertEquals(bounds[0], bounds[1], 1e-9, "primal and dual values");
        System.out.printf("games.lp 500x500: %d pivots, exploitability %.2e%n", r.iterations(), e);
    }
}
