package org.banach.plugins.optim.constrained;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.banach.api.Certificate;
import org.banach.api.RateFit;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Status;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.optim.EqualityConstrainedProblem;
import org.banach.plugins.optim.problems.constrained.HsCatalog;
import org.banach.plugins.optim.problems.constrained.HsProblem;
import org.junit.jupiter.api.Test;

/**
 * optim.eal-sketch on the shipped Hock–Schittkowski problems (seed 1): published optima with KKT
 * residual &lt; 1e-8 recomputed here, unit steps at the end, a linear local rate, fewer iterations with
 * sharpening accuracy than with fixed accuracy, reproducibility, infeasibility and bad input.
 */
class EalSketchTest {

    static final long SEED = 1;

    static Result solve(EqualityConstrainedProblem p, TestMonitor m, long seed, String... settings) {
        EalSketch s = new EalSketch();
        Map<String, String> given = new HashMap<>();
        for (String kv : settings) {
            int eq = kv.indexOf('=');
            given.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return s.solve(p, Settings.validate(s.parameters(), given, seed), m);
    }

    /** The step sizes listed in the result message ("last steps [1.00, 1.00, ...]"). */
    static List<String> lastSteps(Result r) {
        String msg = r.message();
        int from = msg.indexOf("last steps [") + "last steps [".length();
        return List.of(msg.substring(from, msg.indexOf(']', from)).split(", "));
    }

    @Test
    void everyShippedProblemReachesItsPublishedOptimumWithUnitStepsAtTheEnd() {
        for (HsProblem p : HsCatalog.all()) {
            TestMonitor m = new TestMonitor();
            Result r = solve(p, m, SEED);
            assertEquals(Status.CONVERGED, r.status(), p.name() + ": " + r);
            double fStar = p.knownOptimalValue().getAsDouble();
            assertEquals(fStar, r.objective(), 1e-6 * Math.max(1, Math.abs(fStar)), p.name());
            assertEquals(r.objective(), p.value(r.solution()), 0.0);
            double kkt = Kkt.residual(p, r.solution());
            assertTrue(kkt < 1e-8, p.name() + " KKT residual recomputed " + kkt);
            Certificate c = r.certificate();
            assertEquals(Certificate.KKT_RESIDUAL, c.criterion());
            assertTrue(c.satisfied() && Math.abs(c.value() - kkt) <= 1e-10, p.name() + " " + c + " vs " + kkt);
            assertEquals(p.dimension(), r.solution().length);
            for (String counter : List.of("f", "grad", "jacobian", "hvp", "sketch", EalSketch.UNIT_STEP)) {
                assertTrue(m.counter(counter) > 0, p.name() + " counter " + counter);
            }
            assertEquals(r.iterations() + 1, m.trace().size());
            List<String> steps = lastSteps(r);
            List<String> tail = steps.subList(Math.max(0, steps.size() - 3), steps.size());
            assertTrue(tail.stream().allMatch("1.00"::equals), p.name() + " last steps " + steps);
        }
    }

    private static RateFit tailFit(TestMonitor m, int points) {
        List<TestMonitor.Point> t = m.trace();
        int from = Math.max(0, t.size() - points);
        double[] x = new double[t.size() - from];
        double[] y = new double[x.length];
        for (int i = from; i < t.size(); i++) {
            x[i - from] = t.get(i).iteration();
            y[i - from] = t.get(i).measure();
        }
        return RateFit.semiLog(x, y);
    }

    @Test
    void localRateIsLinearWithFixedAccuracyAndSharpeningNeedsFewerIterations() {
        long sharpTotal = 0;
        long fixedTotal = 0;
        int strictlyFewer = 0;
        for (HsProblem p : HsCatalog.all()) {
            TestMonitor sharp = new TestMonitor();
            Result rs = solve(p, sharp, SEED, "accuracy=sharpening");
            TestMonitor fixed = new TestMonitor();
            Result rf = solve(p, fixed, SEED, "accuracy=fixed", "gamma0=0.1");
            assertEquals(Status.CONVERGED, rs.status(), p.name() + " " + rs);
            assertEquals(Status.CONVERGED, rf.status(), p.name() + " " + rf);
            RateFit fitFixed = tailFit(fixed, 4);
            RateFit fitSharp = tailFit(sharp, 4);
            assertTrue(fitFixed.slope() < 0 && fitSharp.slope() < 0, p.name() + " " + fitFixed + " / " + fitSharp);
            // Fixed accuracy 0.1: the KKT residual falls by about that factor per step, no faster than
            // exact Newton would; the contraction factor stays clearly below 1.
            assertTrue(fitFixed.factor() < 0.5, p.name() + " fixed-accuracy factor " + fitFixed.factor());
            sharpTotal += rs.iterations();
            fixedTotal += rf.iterations();
            if (rs.iterations() < rf.iterations()) {
                strictlyFewer++;
            }
        }
        assertTrue(sharpTotal < fixedTotal, "iterations sharpening " + sharpTotal + " vs fixed " + fixedTotal);
        assertTrue(strictlyFewer >= HsCatalog.all().size() - 2, "problems with fewer iterations: " + strictlyFewer);
    }

    @Test
    void sharpeningContractsFasterAtTheEndThanFixedAccuracy() {
        for (HsProblem p : HsCatalog.all()) {
            TestMonitor sharp = new TestMonitor();
            solve(p, sharp, SEED, "accuracy=sharpening");
            TestMonitor fixed = new TestMonitor();
            solve(p, fixed, SEED, "accuracy=fixed", "gamma0=0.1");
            double qs = lastRatio(sharp);
            double qf = lastRatio(fixed);
            assertTrue(qs < qf && qs < 0.01, p.name() + " last KKT ratio sharpening " + qs + ", fixed " + qf);
        }
    }

    private static double lastRatio(TestMonitor m) {
        List<TestMonitor.Point> t = m.trace();
        return t.get(t.size() - 1).measure() / t.get(t.size() - 2).measure();
    }

    @Test
    void everyProblemConvergesUnderOtherSeeds() {
        for (HsProblem p : HsCatalog.all()) {
            for (long seed = 2; seed <= 6; seed++) {
                Result r = solve(p, new TestMonitor(), seed);
                assertEquals(Status.CONVERGED, r.status(), p.name() + " seed " + seed + ": " + r);
                assertTrue(Kkt.residual(p, r.solution()) < 1e-8, p.name() + " seed " + seed);
            }
        }
    }

    @Test
    void sameSeedReproducesTheRunAndAnotherSeedDrawsOtherSketches() {
        HsProblem p = HsCatalog.create("optim/hs/hs078");
        TestMonitor a = new TestMonitor();
        TestMonitor b = new TestMonitor();
        TestMonitor c = new TestMonitor();
        Result ra = solve(p, a, 42);
        Result rb = solve(p, b, 42);
        Result rc = solve(p, c, 43);
        assertArrayEquals(ra.solution(), rb.solution(), 0.0);
        assertEquals(a.counters(), b.counters());
        assertEquals(a.trace(), b.trace());
        assertEquals(Status.CONVERGED, rc.status());
        assertTrue(a.counter("sketch") != c.counter("sketch") || !a.trace().equals(c.trace()));
    }

    @Test
    void finiteDifferenceLagrangianHessianAlsoConverges() {
        for (String id : List.of("optim/hs/hs040", "optim/hs/hs078", "optim/hs/hs079")) {
            HsProblem p = HsCatalog.create(id);
            Result r = solve(p, new TestMonitor(), SEED, "hessian=finite-difference");
            assertEquals(Status.CONVERGED, r.status(), id + " " + r);
            assertTrue(Kkt.residual(p, r.solution()) < 1e-8);
        }
    }

    @Test
    void inconsistentConstraintsAreReportedInfeasible() {
        for (long seed = 1; seed <= 3; seed++) {
            Result r = solve(new InconsistentProblem(), new TestMonitor(), seed);
            assertEquals(Status.INFEASIBLE, r.status(), r.toString());
            assertTrue(r.message().contains("inconsistent"), r.message());
            assertEquals(0.5, r.solution()[0], 0.05, "least violation at x1 = 1/2: " + r);
        }
    }

    @Test
    void iterationLimitAndStopRequestAreReported() {
        HsProblem p = HsCatalog.create("optim/hs/hs079");
        Result r = solve(p, new TestMonitor(), SEED, "maxIterations=2");
        assertEquals(Status.ITERATION_LIMIT, r.status());
        assertEquals(2, r.iterations());
        assertTrue(!r.certificate().satisfied());
        Result s = solve(p, TestMonitor.stoppingAfter(1, Status.TIME_LIMIT), SEED);
        assertEquals(Status.TIME_LIMIT, s.status());
        assertEquals(p.dimension(), s.solution().length);
    }

    @Test
    void badInputIsRefused() {
        HsProblem hs = HsCatalog.create("optim/hs/hs006");
        EqualityConstrainedProblem nanStart = new InconsistentProblem() {
            @Override
            public double[] start() {
                return new double[] {Double.NaN, 0};
            }
        };
        Result r = solve(nanStart, new TestMonitor(), SEED);
        assertEquals(Status.INVALID_INPUT, r.status());
        assertTrue(r.message().contains("non-finite"), r.message());
        Result noHvp = solve(new InconsistentProblem(), new TestMonitor(), SEED, "hessian=exact");
        assertEquals(Status.INVALID_INPUT, noHvp.status());
        assertTrue(noHvp.message().contains("Hessian"), noHvp.message());
        assertEquals(EqualityConstrainedProblem.class, new EalSketch().problemType());
        assertTrue(hs.hasLagrangianHessianVector());
    }
}
