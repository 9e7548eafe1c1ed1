package org.banach.plugins.optim.gradient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.banach.api.Result;
import org.banach.api.Status;
import org.banach.api.conformance.KitProblems;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.optim.Bounds;
import org.banach.api.optim.SmoothObjective;
import org.banach.plugins.optim.TestSupport;
import org.banach.plugins.optim.problems.GeneralRosenbrock;
import org.junit.jupiter.api.Test;

/** L-BFGS behaviour beyond the conformance kit. */
class LbfgsTest {

    @Test
    void boundedProblemRefusedAsUnconstrained() {
        Bounds box = new Bounds(new double[] {0, 0}, new double[] {2, 2});
        for (var solver : java.util.List.of(new Lbfgs(), new GradientDescent())) {
            Result r = TestSupport.solve(solver, KitProblems.bounded(KitProblems.rosenbrock(), box));
            assertEquals(Status.INVALID_INPUT, r.status());
            assertTrue(r.message().contains("unconstrained"), r.message());
        }
    }

    @Test
    void c1NotBelowC2IsInvalidInput() {
        Result r = TestSupport.solve(new Lbfgs(), KitProblems.rosenbrock(), "c1=0.5", "c2=0.4");
        assertEquals(Status.INVALID_INPUT, r.status());
        assertTrue(r.message().contains("c1") && r.message().contains("c2"), r.message());
    }

    @Test
    void convexQuadraticNeedsAtMostAboutNIterationsWithFullMemory() {
        // with m >= n and exact-ish line searches BFGS on a quadratic terminates in about n steps (N&W Thm 6.4
        // needs exact line searches; strong Wolfe with c2 = 0.9 is inexact, so allow 3n)
        int n = 10;
        Result r = TestSupport.solve(new Lbfgs(), KitProblems.quadratic(n), "memory=20");
        assertEquals(Status.CONVERGED, r.status());
        assertTrue(r.iterations() <= 3 * n, "iterations " + r.iterations());
    }

    @Test
    void memoryOneStillConverges() {
        Result r = TestSupport.solve(new Lbfgs(), new GeneralRosenbrock(10, true), "memory=1");
        assertEquals(Status.CONVERGED, r.status(), String.valueOf(r));
    }

    @Test
    void countsOracleCallsAndTracesEveryIteration() {
        TestMonitor m = new TestMonitor();
        Result r = TestSupport.solve(new Lbfgs(), new GeneralRosenbrock(2, true), m);
        assertEquals(r.iterations() + 1, m.trace().size());
        assertEquals(m.counter("f"), r.evaluations());
        assertEquals(m.counter("f"), m.counter("grad"), "L-BFGS evaluates f and grad together");
        assertTrue(r.evaluations() > r.iterations());
    }

    @Test
    void numericalErrorMessageNamesIteration() {
        Result r = TestSupport.solve(new Lbfgs(), KitProblems.nanAfter(KitProblems.rosenbrock(), 8, false));
        assertEquals(Status.NUMERICAL_ERROR, r.status());
        assertTrue(r.message().contains("NaN") && r.message().contains("iteration"), r.message());
    }

    /** The first step along −∇f starts at 1/‖∇f‖₂: the first trial point lies at distance 1 from x₀. */
    @Test
    void firstTrialStepHasUnitLength() {
        SmoothObjective rosen = KitProblems.rosenbrock();
        java.util.List<double[]> points = new java.util.ArrayList<>();
        SmoothObjective p = new SmoothObjective() {
            @Override
            public String name() {
                return rosen.name();
            }

            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public double value(double[] x) {
                return rosen.value(x);
            }

            @Override
            public double valueAndGradient(double[] x, double[] g) {
                points.add(x.clone());
                return rosen.valueAndGradient(x, g);
            }

            @Override
            public double[] start() {
                return rosen.start();
            }
        };
        Result r = TestSupport.solve(new Lbfgs(), p);
        assertEquals(Status.CONVERGED, r.status());
        double[] x0 = points.get(0);
        double[] x1 = points.get(1);
        assertEquals(1.0, Math.hypot(x1[0] - x0[0], x1[1] - x0[1]), 1e-12);
    }

    @Test
    void nocedalWrightLineSearchStillSelectable() {
        Result mt = TestSupport.solve(new Lbfgs(), new GeneralRosenbrock(10, true));
        Result nw = TestSupport.solve(new Lbfgs(), new GeneralRosenbrock(10, true), "lineSearch=nocedal-wright");
        assertEquals(Status.CONVERGED, mt.status(), String.valueOf(mt));
        assertEquals(Status.CONVERGED, nw.status(), String.valueOf(nw));
        assertTrue(mt.evaluations() != nw.evaluations() || mt.iterations() != nw.iterations(),
                "the setting picks a different search: " + mt.evaluations() + " vs " + nw.evaluations());
    }
}
