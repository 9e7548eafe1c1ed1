package org.banach.plugins.games.firstorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.banach.api.RateFit;
import org.banach.api.Result;
import org.banach.api.Status;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.games.MatrixGame;
import org.junit.jupiter.api.Test;

/**
 * GB1's matrix-game must-shows: Mirror-Prox on rock–paper–scissors reaches exploitability &lt; 1e-6 and
 * the uniform strategy; the duality gap of its averaged iterate on a random zero-sum game falls like
 * 1/k (log-log slope ≤ −0.9) under the (ln m + ln n)/(ηk) bound; the Euclidean variants solve matching
 * pennies. Exploitability is recomputed here from A by exact best responses.
 */
class MatrixGameSolversTest {

    /** max_i (Ay)_i − min_j (Aᵀx)_j straight from the matrix. */
    static double gap(MatrixGame g, double[] z) {
        int m = g.rows();
        int n = g.cols();
        double[] a = g.rowPayoffs();
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < m; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += a[i * n + j] * z[m + j];
            }
            best = Math.max(best, s);
        }
        double worst = Double.POSITIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            double s = 0;
            for (int i = 0; i < m; i++) {
                s += a[i * n + j] * z[i];
            }
            worst = Math.min(worst, s);
        }
        return best - worst;
    }

    private static double[] skewedStart() {
        return new double[] {0.6, 0.3, 0.1, 0.2, 0.2, 0.6};
    }

    @Test
    void mirrorProxSolvesRockPaperScissors() {
        MatrixGame rps = Games.matrix(3, 3, Games.rps().rowPayoffs(), Games.rps().columnPayoffs(), skewedStart());
        TestMonitor m = Games.monitor();
        Result r = Games.solve(new MirrorProx(), rps, m, "tolerance=1e-8");
        assertEquals(Status.CONVERGED, r.status(), String.valueOf(r));
        double[] z = r.solution();
        double exploitability = gap(rps, z);
        assertTrue(exploitability < 1e-6, "exploitability " + exploitability);
        assertEquals(exploitability, r.certificate().value(), 1e-14);
        for (double p : z) {
            assertEquals(1.0 / 3, p, 1e-6, java.util.Arrays.toString(z));
        }
        assertEquals(0, r.objective(), 1e-6, "game value");
        assertEquals(2 * m.counter(ViSolver.OPERATOR), m.counter(DeviceProducts.MATVEC));
        assertEquals(2 * r.iterations() + 1, m.counter(ViSolver.OPERATOR));
        System.out.printf("RPS mirror-prox: %d iterations, exploitability %.2e%n", r.iterations(), exploitability);
    }

    @Test
    void mirrorProxAverageGapFallsLikeOneOverK() {
        int m = 30;
        int n = 40;
        MatrixGame g = Games.random(m, n, 11);
        int iterations = 4000;
        TestMonitor mon = Games.monitor();
        Result r = Games.solve(new MirrorProx(), g, mon, "output=average", "tolerance=0", "maxIterations=" + iterations);
        assertEquals(Status.ITERATION_LIMIT, r.status(), String.valueOf(r));
        double eta = 1 / SimplexSteps.maxAbs(g.rowPayoffs());
        double[] k = new double[iterations / 2];
        double[] gaps = new double[k.length];
        for (int i = 0; i < k.length; i++) {
            TestMonitor.Point p = mon.trace().get(iterations / 2 + i);
            k[i] = p.iteration();
            gaps[i] = p.measure();
            double bound = (Math.log(m) + Math.log(n)) / (eta * p.iteration());
            assertTrue(p.measure() <= bound, "gap " + p.measure() + " above Nemirovski's bound " + bound);
        }
        RateFit fit = RateFit.logLog(k, gaps);
        assertTrue(fit.slope() <= -0.9, fit.toString());
        assertEquals(gap(g, r.solution()), r.certificate().value(), 1e-12);
        assertEquals(mon.trace().get(iterations).measure(), r.certificate().value(), 1e-9);
        System.out.printf("random %dx%d mirror-prox average gap %.3e at k=%d, fit %s%n", m, n,
                r.certificate().value(), iterations, fit);
    }

    /** The catalog's "EG gap O(1/k)": Euclidean extragradient's averaged gap on a random game. */
    @Test
    void extragradientAverageGapFallsLikeOneOverK() {
        MatrixGame g = Games.random(30, 40, 12);
        int iterations = 4000;
        TestMonitor mon = Games.monitor();
        Result r = Games.solve(new SimplexExtragradient(), g, mon, "output=average", "tolerance=0",
                "maxIterations=" + iterations);
        assertEquals(Status.ITERATION_LIMIT, r.status(), String.valueOf(r));
        java.util.List<org.banach.api.TracePoint> trace = mon.trace().stream()
                .map(p -> new org.banach.api.TracePoint(p.iteration(), 0, p.objective(), p.measure())).toList();
        RateFit fit = RateFit.logLog(trace, iterations / 2, iterations);
        assertTrue(fit.slope() <= -0.9, fit.toString());
        System.out.printf("random 30x40 simplex-extragradient average gap %.3e at k=%d, fit %s%n",
                r.certificate().value(), iterations, fit);
    }

    @Test
    void euclideanVariantsSolveMatchingPennies() {
        MatrixGame pennies = Games.matrix(2, 2, new double[] {1, -1, -1, 1}, new double[] {-1, 1, 1, -1},
                new double[] {0.9, 0.1, 0.3, 0.7});
        Result eg = Games.solve(new SimplexExtragradient(), pennies, Games.monitor(), "tolerance=1e-9");
        assertEquals(Status.CONVERGED, eg.status(), String.valueOf(eg));
        assertTrue(gap(pennies, eg.solution()) <= 1e-9);
        for (String alternating : new String[] {"false", "true"}) {
            Result gda = Games.solve(new SimplexGda(), pennies, Games.monitor(), "alternating=" + alternating,
                    "tolerance=1e-3", "maxIterations=200000");
            assertEquals(Status.CONVERGED, gda.status(), alternating + ": " + gda);
            assertTrue(gap(pennies, gda.solution()) <= 1e-3);
            System.out.printf("pennies simplex-gda alternating=%s: %d iterations%n", alternating, gda.iterations());
        }
    }

    @Test
    void simultaneousGdaLastIterateMovesAwayWhileAlternatingStaysBounded() {
        MatrixGame rps = Games.matrix(3, 3, Games.rps().rowPayoffs(), Games.rps().columnPayoffs(),
                new double[] {0.4, 0.3, 0.3, 0.3, 0.4, 0.3});
        double simultaneous = lastGap(rps, "false");
        double alternating = lastGap(rps, "true");
        double start = gap(rps, rps.start());
        assertTrue(simultaneous > 2 * start, "simultaneous GDA last-iterate gap " + simultaneous + " vs start " + start);
        assertTrue(alternating < 2 * start, "alternating GDA last-iterate gap " + alternating + " vs start " + start);
    }

    private static double lastGap(MatrixGame g, String alternating) {
        Result r = Games.solve(new SimplexGda(), g, Games.monitor(), "alternating=" + alternating, "output=last",
                "step=0.05", "tolerance=0", "maxIterations=300");
        assertEquals(Status.ITERATION_LIMIT, r.status());
        return gap(g, r.solution());
    }
}
