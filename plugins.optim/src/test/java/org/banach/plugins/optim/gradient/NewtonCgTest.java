package org.banach.plugins.optim.gradient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.banach.api.Result;
import org.banach.api.Status;
import org.banach.api.conformance.TestMonitor;
import org.banach.plugins.optim.TestSupport;
import org.banach.plugins.optim.problems.ConditionedQuadratic;
import org.banach.plugins.optim.problems.GeneralRosenbrock;
import org.banach.plugins.optim.problems.MghCatalog;
import org.junit.jupiter.api.Test;

/** Newton–CG (N&amp;W Alg. 7.1): Rosenbrock to ‖∇f‖ &lt; 1e-8, superlinear local rate, finite-difference products. */
class NewtonCgTest {

    @Test
    void rosenbrockReachesOnesWithTinyGradient() {
        for (int n : new int[] {2, 10, 100}) {
            GeneralRosenbrock p = new GeneralRosenbrock(n, true);
            TestMonitor m = new TestMonitor();
            Result r = TestSupport.solve(new NewtonCg(), p, m, "tolerance=1e-9");
            assertEquals(Status.CONVERGED, r.status(), "n=" + n + ": " + r);
            assertTrue(TestSupport.gradientNorm(p, r.solution()) < 1e-8);
            for (double xi : r.solution()) {
                assertEquals(1.0, xi, 1e-6, "n=" + n);
            }
            assertTrue(m.counter(NewtonCg.HVP) > 0);
        }
    }

    @Test
    void localConvergenceIsSuperlinear() {
        TestMonitor m = new TestMonitor();
        Result r = TestSupport.solve(new NewtonCg(), new GeneralRosenbrock(2, true), m, "tolerance=1e-12");
        assertEquals(Status.CONVERGED, r.status(), r.toString());
        List<TestMonitor.Point> t = m.trace();
        int last = t.size() - 1;
        double q1 = t.get(last).measure() / t.get(last - 1).measure();
        double q0 = t.get(last - 1).measure() / t.get(last - 2).measure();
        assertTrue(q1 < 0.1 && q0 < 0.5, "last gradient-norm ratios " + q0 + ", " + q1);
    }

    @Test
    void illConditionedQuadraticConvergesSuperlinearlyUnderTheForcingSequence() {
        // ε_k = min(0.5, √‖g‖)·‖g‖ makes early inner solves loose (about halving the residual) and
        // late ones tight, so the outer iteration speeds up as it converges (N&W Thm 7.2). In floating
        // point CG needs more than n steps at κ = 1e4 to meet a tight forcing term, hence 200.
        ConditionedQuadratic q = new ConditionedQuadratic(30, 1e4);
        TestMonitor m = new TestMonitor();
        Result r = TestSupport.solve(new NewtonCg(), q, m, "tolerance=1e-10", "maxInnerIterations=200");
        assertEquals(Status.CONVERGED, r.status(), r.toString());
        assertTrue(r.iterations() <= 30, "iterations " + r.iterations());
        List<TestMonitor.Point> t = m.trace();
        double early = t.get(1).measure() / t.get(0).measure();
        double late = t.get(t.size() - 1).measure() / t.get(t.size() - 2).measure();
        assertTrue(late < early && late < 0.1, "ratios early " + early + ", late " + late);
    }

    @Test
    void finiteDifferenceProductsWorkWithoutAHessian() {
        var p = MghCatalog.create("optim/mgh/helical-valley");
        Result r = TestSupport.solve(new NewtonCg(), p, "hessian=finite-difference", "tolerance=1e-6");
        assertEquals(Status.CONVERGED, r.status(), r.toString());
        assertTrue(p.value(r.solution()) < 1e-10);
    }
}
