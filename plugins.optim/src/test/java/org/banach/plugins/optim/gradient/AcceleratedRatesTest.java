package org.banach.plugins.optim.gradient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.banach.api.RateFit;
import org.banach.api.Result;
import org.banach.api.Status;
import org.banach.api.TracePoint;
import org.banach.api.conformance.TestMonitor;
import org.banach.plugins.optim.TestSupport;
import org.banach.plugins.optim.problems.ConditionedQuadratic;
import org.junit.jupiter.api.Test;

/**
 * Seed catalog OB1: on a quadratic with condition number κ, gradient descent with step 1/L contracts
 * by 1 − 1/κ per step and Nesterov's method by about 1 − 1/√κ — both read off a semi-log fit of the
 * gradient norm over the trace.
 */
class AcceleratedRatesTest {

    static final double KAPPA = 100;
    final ConditionedQuadratic q = new ConditionedQuadratic(50, KAPPA);

    static RateFit fit(TestMonitor m, long from, long to) {
        List<TracePoint> trace = m.trace().stream()
                .map(p -> new TracePoint(p.iteration(), 0, p.objective(), p.measure())).toList();
        return RateFit.semiLog(trace, from, to);
    }

    @Test
    void gradientDescentContractsByOneMinusOneOverKappa() {
        TestMonitor m = new TestMonitor();
        Result r = TestSupport.solve(new GradientDescent(), q, m, "stepRule=constant",
                "initialStep=" + (1 / q.lipschitz()), "tolerance=1e-10", "maxIterations=20000");
        assertEquals(Status.CONVERGED, r.status(), r.toString());
        RateFit f = fit(m, 200, r.iterations());
        assertEquals(1 - 1 / KAPPA, f.factor(), 2e-3, f.toString());
        assertTrue(f.rSquared() > 0.99, f.toString());
    }

    @Test
    void nesterovContractsByAboutOneMinusOneOverRootKappa() {
        TestMonitor m = new TestMonitor();
        Result r = TestSupport.solve(new NesterovGradient(), q, m, "lipschitz=" + q.lipschitz(),
                "strongConvexity=" + q.strongConvexity(), "restart=false", "tolerance=1e-10");
        assertEquals(Status.CONVERGED, r.status(), r.toString());
        RateFit f = fit(m, 20, r.iterations());
        double predicted = 1 - 1 / Math.sqrt(KAPPA);
        assertTrue(f.factor() <= predicted + 0.02 && f.factor() >= predicted - 0.05, f + " vs " + predicted);
        // and far fewer iterations than gradient descent's 1 − 1/κ would need
        assertTrue(r.iterations() < 400, "iterations " + r.iterations());
    }

    @Test
    void nesterovIterationsGrowLikeRootKappa() {
        long[] its = new long[2];
        double[] kappas = {100, 10_000};
        for (int i = 0; i < 2; i++) {
            ConditionedQuadratic p = new ConditionedQuadratic(50, kappas[i]);
            Result r = TestSupport.solve(new NesterovGradient(), p, "lipschitz=" + p.lipschitz(),
                    "strongConvexity=" + p.strongConvexity(), "restart=false", "tolerance=1e-8");
            assertEquals(Status.CONVERGED, r.status());
            its[i] = r.iterations();
        }
        double ratio = (double) its[1] / its[0]; // √(10000/100) = 10
        assertTrue(ratio > 6 && ratio < 16, "iteration ratio " + ratio + " for a 100x larger kappa");
    }

    @Test
    void backtrackingNesterovNeedsNoConstants() {
        Result r = TestSupport.solve(new NesterovGradient(), q, "tolerance=1e-8");
        assertEquals(Status.CONVERGED, r.status(), r.toString());
        assertTrue(TestSupport.gradientNorm(q, r.solution()) <= 1e-8);
    }
}
