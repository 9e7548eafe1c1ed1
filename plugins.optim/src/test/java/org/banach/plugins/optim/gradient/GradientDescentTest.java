package org.banach.plugins.optim.gradient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.banach.api.Result;
import org.banach.api.Status;
import org.banach.api.conformance.TestMonitor;
import org.banach.plugins.optim.TestSupport;
import org.banach.plugins.optim.problems.LeastSquaresProblem;
import org.banach.plugins.optim.problems.MghCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Gradient descent reaches the published optimum on the easier MGH problems (default settings). */
class GradientDescentTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rosenbrock", "beale", "helical-valley", "gaussian", "wood", "chebyquad",
        "discrete-boundary-value", "broyden-tridiagonal", "linear-full-rank"})
    void reachesPublishedOptimum(String name) {
        LeastSquaresProblem p = MghCatalog.create("optim/mgh/" + name);
        Result r = TestSupport.solve(new GradientDescent(), p);
        double fStar = p.knownOptimalValue().getAsDouble();
        assertEquals(Status.CONVERGED, r.status(), String.valueOf(r));
        assertEquals(fStar, p.value(r.solution()), 1e-6 * Math.max(1, Math.abs(fStar)) + p.optimumUncertainty());
        assertTrue(TestSupport.gradientNorm(p, r.solution()) <= 1e-6);
    }

    @Test
    void constantStepRuleIsPlainAlgorithm31() {
        // with a fixed first trial step GD still converges on Beale, only more slowly
        LeastSquaresProblem p = MghCatalog.create("optim/mgh/beale");
        Result firstOrder = TestSupport.solve(new GradientDescent(), p);
        Result constant = TestSupport.solve(new GradientDescent(), p, "stepRule=constant", "initialStep=0.5");
        assertEquals(Status.CONVERGED, constant.status(), String.valueOf(constant));
        assertEquals(0, p.value(constant.solution()), 1e-10);
        assertTrue(constant.iterations() > 0 && firstOrder.iterations() > 0);
    }

    @Test
    void everyAcceptedStepSatisfiesArmijo() {
        // f decreases monotonically along the trace
        TestMonitor m = new TestMonitor();
        TestSupport.solve(new GradientDescent(), MghCatalog.create("optim/mgh/wood"), m, "maxIterations=500");
        for (int i = 1; i < m.trace().size(); i++) {
            assertTrue(m.trace().get(i).objective() < m.trace().get(i - 1).objective(), "f rose at " + i);
        }
        assertEquals(m.counter("f"), m.counter("grad"), "GD evaluates f and grad together");
    }
}
