package org.banach.plugins.optim.projectionfree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.banach.api.Certificate;
import org.banach.api.RateFit;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Status;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.optim.ConvexSetObjective;
import org.banach.plugins.optim.problems.convexset.L1BallLogistic;
import org.banach.plugins.optim.problems.convexset.LogUtilityPortfolio;
import org.junit.jupiter.api.Test;

/**
 * Seed catalog O14: Frank–Wolfe with the 2/(t+2) step reaches the Newton reference on a
 * log-barrier (generalized self-concordant) portfolio, and its primal gap and FW gap fall at least
 * like 1/t (log-log slope ≤ −1, within fitting slack).
 */
class FrankWolfeTest {

    static Result solve(ConvexSetObjective p, TestMonitor m, String... settings) {
        Map<String, String> given = new java.util.HashMap<>();
        for (String s : settings) {
            given.put(s.substring(0, s.indexOf('=')), s.substring(s.indexOf('=') + 1));
        }
        FrankWolfe fw = new FrankWolfe();
        return fw.solve(p, Settings.validate(fw.parameters(), given, 0), m);
    }

    @Test
    void reachesTheNewtonReferenceOnAPortfolio() {
        LogUtilityPortfolio p = new LogUtilityPortfolio(8, 500, 3);
        double[] ref = SimplexNewtonReference.minimiser(p);
        long support = java.util.Arrays.stream(ref).filter(v -> v > 1e-9).count();
        assertEquals(5, support, "a minimiser inside a 5-asset face, not a vertex: the test is not trivial");
        double fStar = p.value(ref);
        Result r = solve(p, new TestMonitor(), "tolerance=1e-7");
        assertEquals(Status.CONVERGED, r.status(), r.toString());
        assertTrue(r.objective() - fStar <= 1e-7 && r.objective() - fStar >= -1e-12,
                "f = " + r.objective() + " vs reference " + fStar);
        assertEquals(Certificate.DUALITY_GAP, r.certificate().criterion());
        double sum = 0;
        for (double v : r.solution()) {
            assertTrue(v >= 0);
            sum += v;
        }
        assertEquals(1.0, sum, 1e-12, "stays on the simplex");
    }

    @Test
    void primalAndFrankWolfeGapsFallLikeOneOverT() {
        LogUtilityPortfolio p = new LogUtilityPortfolio(20, 300, 7);
        TestMonitor longRun = new TestMonitor();
        solve(p, longRun, "tolerance=0", "maxIterations=20000");
        double lower = Double.NEGATIVE_INFINITY; // f* ≥ f(x_k) − gap_k for every k
        for (TestMonitor.Point q : longRun.trace()) {
            lower = Math.max(lower, q.objective() - q.measure());
        }
        List<TestMonitor.Point> trace = longRun.trace();
        int from = 10;
        int to = 1000;
        double[] t = new double[to - from];
        double[] primal = new double[to - from];
        double[] bestGap = new double[to - from];
        double running = Double.POSITIVE_INFINITY;
        for (int k = 0; k < to; k++) {
            running = Math.min(running, trace.get(k).measure());
            if (k >= from) {
                t[k - from] = k;
                primal[k - from] = trace.get(k).objective() - lower;
                bestGap[k - from] = running;
            }
        }
        RateFit primalFit = RateFit.logLog(t, primal);
        RateFit gapFit = RateFit.logLog(t, bestGap);
        assertTrue(primalFit.slope() <= -0.9, "primal gap " + primalFit);
        assertTrue(gapFit.slope() <= -0.9, "best FW gap " + gapFit);
    }

    @Test
    void polyhedralSetConvergesAndTheGapBoundsSuboptimality() {
        L1BallLogistic p = new L1BallLogistic(300, 30, 3, 5);
        TestMonitor m = new TestMonitor();
        Result r = solve(p, m, "tolerance=1e-5");
        assertEquals(Status.CONVERGED, r.status(), r.toString());
        double l1 = 0;
        for (double v : r.solution()) {
            l1 += Math.abs(v);
        }
        assertTrue(l1 <= 3 + 1e-12, "inside the ball: " + l1);
        for (TestMonitor.Point q : m.trace()) {
            assertTrue(q.objective() - q.measure() <= r.objective() + 1e-12, "f_k - gap_k is a lower bound on f*");
        }
    }

    @Test
    void limitsStopsAndABadStartAreReported() {
        LogUtilityPortfolio p = new LogUtilityPortfolio(8, 500, 3);
        assertEquals(Status.ITERATION_LIMIT, solve(p, new TestMonitor(), "tolerance=0", "maxIterations=7").status());
        assertEquals(7, solve(p, new TestMonitor(), "tolerance=0", "maxIterations=7").iterations());
        assertEquals(Status.CANCELLED, solve(p, TestMonitor.stoppingAfter(3, Status.CANCELLED), "tolerance=0").status());
        ConvexSetObjective outside = new ConvexSetObjective() {
            @Override
            public String name() {
                return "test/outside";
            }

            @Override
            public int dimension() {
                return 8;
            }

            @Override
            public double value(double[] x) {
                return p.value(x);
            }

            @Override
            public double valueAndGradient(double[] x, double[] g) {
                return p.valueAndGradient(x, g);
            }

            @Override
            public double[] start() {
                return new double[8]; // zero portfolio: log(0)
            }

            @Override
            public void linearMinimizer(double[] d, double[] s) {
                p.linearMinimizer(d, s);
            }

            @Override
            public String feasibleSet() {
                return p.feasibleSet();
            }
        };
        Result bad = solve(outside, new TestMonitor());
        assertEquals(Status.INVALID_INPUT, bad.status());
        assertTrue(bad.message().contains("outside the domain"), bad.message());
    }
}
