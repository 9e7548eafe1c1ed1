package org.banach.plugins.optim.constrained;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.banach.api.InvalidSettingsException;
import org.banach.api.ParameterSpec;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Status;
import org.banach.api.conformance.TestMonitor;
import org.banach.plugins.optim.problems.constrained.HsCatalog;
import org.banach.plugins.optim.problems.constrained.HsProblem;
import org.junit.jupiter.api.Test;

/** The platform's solver conventions (as the smooth-family kit checks them), for optim.eal-sketch. */
class EalConformanceTest {

    private static final HsProblem HS79 = HsCatalog.create("optim/hs/hs079");

    @Test
    void parametersDeclaredAndValidated() {
        List<String> names = new EalSketch().parameters().stream().map(ParameterSpec::name).toList();
        assertTrue(names.containsAll(List.of("maxIterations", "tolerance", "initialMu", "nu", "sketchSize",
                "gamma0", "accuracy", "theta")), names.toString());
        assertEquals(1e-8, Settings.defaults(new EalSketch().parameters()).real("tolerance"));
        assertThrows(InvalidSettingsException.class,
                () -> Settings.validate(new EalSketch().parameters(), Map.of("noSuchSetting", "1"), 0));
    }

    @Test
    void accountingMatchesTheMonitor() {
        for (String hessian : List.of("exact", "finite-difference")) {
            TestMonitor m = new TestMonitor();
            Result r = EalSketchTest.solve(HS79, m, 1, "hessian=" + hessian);
            assertEquals(Status.CONVERGED, r.status(), r.toString());
            assertEquals(m.counter("f"), r.evaluations(), hessian);
            List<TestMonitor.Point> t = m.trace();
            assertEquals(r.iterations(), t.get(t.size() - 1).iteration());
            assertEquals(r.objective(), t.get(t.size() - 1).objective(), 0.0);
            for (int i = 0; i < t.size(); i++) {
                assertEquals(i, t.get(i).iteration());
            }
        }
    }

    @Test
    void startAtTheMinimiserConvergesAtOnce() {
        Wrapped p = new Wrapped(HS79, HS79.knownMinimizer().orElseThrow(), -1);
        Result r = EalSketchTest.solve(p, new TestMonitor(), 1);
        assertEquals(Status.CONVERGED, r.status(), r.toString());
        assertEquals(0, r.iterations());
        assertArrayEquals(HS79.knownMinimizer().orElseThrow(), r.solution(), 0.0);
    }

    @Test
    void zeroIterationsReturnsTheStart() {
        Result r = EalSketchTest.solve(HS79, new TestMonitor(), 1, "maxIterations=0");
        assertEquals(Status.ITERATION_LIMIT, r.status());
        assertArrayEquals(HS79.start(), r.solution(), 0.0);
    }

    @Test
    void cancellationIsHonouredPromptly() {
        for (int polls : new int[] {1, 3}) {
            TestMonitor m = TestMonitor.stoppingAfter(polls, Status.CANCELLED);
            Result r = EalSketchTest.solve(HS79, m, 1);
            assertEquals(Status.CANCELLED, r.status(), r.toString());
            assertTrue(m.iterationsAfterStop() <= 1, m.iterationsAfterStop() + " iterations after the stop");
            if (polls == 1) {
                assertArrayEquals(HS79.start(), r.solution(), 0.0);
            }
        }
    }

    @Test
    void nanMidRunAndAtStartAreNumericalErrors() {
        Result mid = EalSketchTest.solve(new Wrapped(HS79, HS79.start(), 4), new TestMonitor(), 1);
        assertEquals(Status.NUMERICAL_ERROR, mid.status(), mid.toString());
        assertNotNull(mid.message());
        for (double v : mid.solution()) {
            assertTrue(Double.isFinite(v));
        }
        Result atStart = EalSketchTest.solve(new Wrapped(HS79, HS79.start(), 0), new TestMonitor(), 1);
        assertEquals(Status.NUMERICAL_ERROR, atStart.status(), atStart.toString());
        assertArrayEquals(HS79.start(), atStart.solution(), 0.0);
    }

    @Test
    void wrongStartLengthIsInvalidInputWithoutEvaluations() {
        TestMonitor m = new TestMonitor();
        Result r = EalSketchTest.solve(new Wrapped(HS79, new double[] {1, 2}, -1), m, 1);
        assertEquals(Status.INVALID_INPUT, r.status());
        assertTrue(r.message().contains("length"), r.message());
        assertEquals(0, m.counter("f"));
    }
}
