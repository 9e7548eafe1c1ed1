package org.banach.api.conformance;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.banach.api.Certificate;
import org.banach.api.InvalidSettingsException;
import org.banach.api.ParameterSpec;
import org.banach.api.ParameterType;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.Status;
import org.banach.api.optim.Bounds;
import org.banach.api.optim.SmoothObjective;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInfo;

/**
 * The conformance suite every solver of the smooth-optimisation family ({@link SmoothObjective})
 * must pass, in the spirit of MathOptInterface's {@code MOI.Test}: extend it, return the solver from
 * {@link #solver()}, and list the tests that do not apply in {@link #excludes()} (by method name,
 * with the reason in a comment). It checks the behaviour contract of the family:
 * <ul>
 * <li>known optima are reached (a convex quadratic, 2-D Rosenbrock) with status CONVERGED;</li>
 * <li>the claimed {@link Certificate#GRADIENT_NORM} certificate agrees with ‖∇f‖₂ recomputed here from
 * the problem at the returned point, with the requested tolerance;</li>
 * <li>{@code maxIterations} gives ITERATION_LIMIT, a scripted time limit TIME_LIMIT, a cancellation
 * CANCELLED, each with a finite returned point;</li>
 * <li>NaN from the objective or the gradient mid-run gives NUMERICAL_ERROR at a finite point whose
 * objective is the one reported;</li>
 * <li>a wrong start length or a non-finite start gives INVALID_INPUT with a message;</li>
 * <li>unknown and out-of-range settings are refused by {@link Settings#validate} with an
 * {@link InvalidSettingsException} naming the parameter.</li>
 * </ul>
 * Convention: solvers of the family declare the integer parameter {@code maxIterations} and the real
 * parameter {@code tolerance} (the gradient-norm target). Limits are scripted through
 * {@link TestMonitor}; nothing here sleeps or measures time.
 */
public abstract class SmoothSolverConformance {

    /** The solver under test (a fresh or shared instance; solvers are stateless). */
    protected abstract Solver<SmoothObjective> solver();

    /** Names of test methods that do not apply to this solver; each should carry its reason in a comment. */
    protected Set<String> excludes() {
        return Set.of();
    }

    protected Tolerances tolerances() {
        return Tolerances.defaults();
    }

    /** A fresh monitor for one run; override to give the solver a backend. */
    protected TestMonitor monitor() {
        return new TestMonitor();
    }

    @BeforeEach
    void skipExcluded(TestInfo info) {
        String name = info.getTestMethod().map(Method::getName).orElse("");
        assumeFalse(excludes().contains(name), () -> name + " is excluded for " + getClass().getSimpleName());
    }

    /** Settings for convergence tests, with {@code extra} on top. */
    protected Settings settings(Map<String, String> extra) {
        Map<String, String> given = new HashMap<>();
        given.put("tolerance", Double.toString(tolerances().gradientTolerance()));
        given.put("maxIterations", Long.toString(tolerances().maxIterations()));
        given.putAll(extra);
        return Settings.validate(solver().parameters(), given, 0L);
    }

    private Result solve(SmoothObjective p, Settings s, TestMonitor m) {
        Result r = solver().solve(p, s, m);
        assertNotNull(r, "solve returned null");
        assertNotNull(r.status(), "result without status");
        return r;
    }

    // ---- declaration -------------------------------------------------------------------------------

    @Test
    void problemTypeIsSmoothObjective() {
        assertEquals(SmoothObjective.class, solver().problemType());
    }

    @Test
    void declaresFamilyParameters() {
        Map<String, ParameterSpec> byName = solver().parameters().stream()
                .collect(Collectors.toMap(ParameterSpec::name, p -> p, (a, b) -> a));
        assertTrue(byName.containsKey("maxIterations"), "no maxIterations parameter");
        assertEquals(ParameterType.INTEGER, byName.get("maxIterations").type());
        assertTrue(byName.containsKey("tolerance"), "no tolerance parameter");
        assertEquals(ParameterType.REAL, byName.get("tolerance").type());
        for (ParameterSpec p : byName.values()) {
            assertFalse(p.help().isBlank(), "parameter " + p.name() + " has no help");
        }
        assertEquals(byName.size(), solver().parameters().size(), "duplicate parameter names");
    }

    @Test
    void defaultsAreValid() {
        Settings d = Settings.defaults(solver().parameters());
        for (ParameterSpec p : solver().parameters()) {
            assertTrue(d.has(p.name()));
            if (p.type() == ParameterType.INTEGER || p.type() == ParameterType.REAL) {
                double v = ((Number) p.defaultValue()).doubleValue();
                assertTrue(v >= p.min() && v <= p.max(), p.name() + " default " + v + " outside " + p.range());
            }
        }
    }

    @Test
    void unknownSettingRefused() {
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                () -> Settings.validate(solver().parameters(), Map.of("noSuchSetting", "1"), 0L));
        assertTrue(e.getMessage().contains("noSuchSetting"), e.getMessage());
    }

    /** For every declared number with a finite bound, a value just outside it; for every choice, a bogus one. */
    @TestFactory
    List<DynamicTest> outOfRangeSettingsRefused() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ParameterSpec p : solver().parameters()) {
            List<String> bad = new ArrayList<>();
            if (p.type() == ParameterType.INTEGER) {
                if (p.min() > Long.MIN_VALUE) {
                    bad.add(Long.toString((long) p.min() - 1));
                }
                if (p.max() < Long.MAX_VALUE) {
                    bad.add(Long.toString((long) p.max() + 1));
                }
                bad.add("1.5");
            } else if (p.type() == ParameterType.REAL) {
                if (Double.isFinite(p.min())) {
                    bad.add(Double.toString(p.min() - Math.max(1e-3, Math.abs(p.min()))));
                }
                if (Double.isFinite(p.max()) && p.max() < Double.MAX_VALUE) {
                    bad.add(Double.toString(p.max() + Math.max(1e-3, Math.abs(p.max()))));
                }
                bad.add("NaN");
                bad.add("abc");
            } else if (p.type() == ParameterType.CHOICE) {
                bad.add("no-such-choice");
            }
            for (String v : bad) {
                tests.add(DynamicTest.dynamicTest(p.name() + "=" + v, () -> {
                    InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                            () -> Settings.validate(solver().parameters(), Map.of(p.name(), v), 0L));
                    assertTrue(e.getMessage().contains(p.name()), e.getMessage());
                }));
            }
        }
        return tests;
    }

    // ---- known optima ------------------------------------------------------------------------------

    @Test
    void quadraticReachesMinimiser() {
        assertReachesKnownOptimum(KitProblems.quadratic(10));
    }

    @Test
    void rosenbrockReachesOptimum() {
        assertReachesKnownOptimum(KitProblems.rosenbrock());
    }

    @Test
    void startAtMinimiserConvergesAtOnce() {
        TestMonitor m = monitor();
        Result r = solve(KitProblems.rosenbrockFrom(1, 1), settings(Map.of()), m);
        assertEquals(Status.CONVERGED, r.status(), String.valueOf(r));
        assertEquals(0, r.iterations(), "iterations at the minimiser");
        assertTrue(Arrays.equals(new double[] {1, 1}, r.solution()), Arrays.toString(r.solution()));
    }

    private void assertReachesKnownOptimum(SmoothObjective p) {
        TestMonitor m = monitor();
        Settings s = settings(Map.of());
        Result r = solve(p, s, m);
        Tolerances t = tolerances();
        assertEquals(Status.CONVERGED, r.status(), String.valueOf(r));
        double[] x = r.solution();
        double[] xStar = p.knownMinimizer().orElseThrow();
        assertEquals(p.dimension(), x.length);
        double dist = 0;
        for (int i = 0; i < x.length; i++) {
            dist += (x[i] - xStar[i]) * (x[i] - xStar[i]);
        }
        double distance = Math.sqrt(dist);
        double fStar = p.knownOptimalValue().orElseThrow();
        assertAll(
                () -> assertTrue(distance <= t.solutionTolerance(), "||x - x*|| = " + distance),
                () -> assertEquals(fStar, p.value(x), t.objectiveTolerance(), "f(x) vs f*"),
                () -> assertEquals(p.value(x), r.objective(), 1e-12 * Math.max(1, Math.abs(fStar)), "reported f"));
        SmoothAssertions.certificateConsistent(p, r, s, tolerances());
        SmoothAssertions.accountingConsistent(r, m);
    }

    // ---- certificate and accounting ----------------------------------------------------------------

    @Test
    void certificateMatchesRecomputedGradientNorm() {
        Settings s = settings(Map.of());
        for (SmoothObjective p : List.of(KitProblems.quadratic(10), KitProblems.rosenbrock())) {
            SmoothAssertions.certificateConsistent(p, solve(p, s, monitor()), s, tolerances());
        }
        Settings limited = settings(Map.of("maxIterations", "2"));
        SmoothAssertions.certificateConsistent(KitProblems.rosenbrock(),
                solve(KitProblems.rosenbrock(), limited, monitor()), limited, tolerances());
    }

    @Test
    void resultAccountsForOracleCalls() {
        TestMonitor m = monitor();
        Result r = solve(KitProblems.rosenbrock(), settings(Map.of()), m);
        SmoothAssertions.accountingConsistent(r, m);
    }

    // ---- limits ------------------------------------------------------------------------------------

    @Test
    void iterationLimitHonoured() {
        TestMonitor m = monitor();
        Result r = solve(KitProblems.rosenbrock(), settings(Map.of("maxIterations", "3")), m);
        assertEquals(Status.ITERATION_LIMIT, r.status(), String.valueOf(r));
        assertEquals(3, r.iterations());
        SmoothAssertions.finitePointWithReportedObjective(KitProblems.rosenbrock(), r);
        SmoothAssertions.accountingConsistent(r, m);
    }

    @Test
    void zeroIterationsReturnsStart() {
        Result r = solve(KitProblems.rosenbrock(), settings(Map.of("maxIterations", "0")), monitor());
        assertEquals(Status.ITERATION_LIMIT, r.status(), String.valueOf(r));
        assertEquals(0, r.iterations());
        assertTrue(Arrays.equals(KitProblems.rosenbrock().start(), r.solution()), Arrays.toString(r.solution()));
    }

    @Test
    void timeLimitHonoured() {
        assertStops(Status.TIME_LIMIT, 5);
    }

    @Test
    void cancellationHonoured() {
        assertStops(Status.CANCELLED, 5);
    }

    @Test
    void cancelledBeforeFirstIteration() {
        Result r = assertStops(Status.CANCELLED, 1);
        assertTrue(Arrays.equals(KitProblems.rosenbrock().start(), r.solution()), Arrays.toString(r.solution()));
    }

    private Result assertStops(Status reason, int afterPolls) {
        TestMonitor m = TestMonitor.stoppingAfter(afterPolls, reason);
        Result r = solve(KitProblems.rosenbrock(), settings(Map.of()), m);
        assertEquals(reason, r.status(), String.valueOf(r));
        assertTrue(m.stopPolls() >= afterPolls, "stopRequested() polled " + m.stopPolls() + " times");
        assertTrue(m.iterationsAfterStop() <= tolerances().iterationsAfterStop(),
                m.iterationsAfterStop() + " iterations after the stop was requested");
        SmoothAssertions.finitePointWithReportedObjective(KitProblems.rosenbrock(), r);
        return r;
    }

    // ---- numerical trouble and bad input -----------------------------------------------------------

    @Test
    void nanObjectiveMidRun() {
        assertNumericalError(false);
    }

    @Test
    void nanGradientMidRun() {
        assertNumericalError(true);
    }

    private void assertNumericalError(boolean gradientOnly) {
        SmoothObjective clean = KitProblems.rosenbrock();
        Result r = solve(KitProblems.nanAfter(clean, 8, gradientOnly), settings(Map.of()), monitor());
        assertEquals(Status.NUMERICAL_ERROR, r.status(), String.valueOf(r));
        assertNotNull(r.message(), "NUMERICAL_ERROR without a message");
        SmoothAssertions.finitePointWithReportedObjective(clean, r);
    }

    @Test
    void nanAtStartIsNumericalError() {
        Result r = solve(KitProblems.nanAfter(KitProblems.rosenbrock(), 0, false), settings(Map.of()), monitor());
        assertEquals(Status.NUMERICAL_ERROR, r.status(), String.valueOf(r));
        assertNotNull(r.message());
        assertTrue(Arrays.equals(KitProblems.rosenbrock().start(), r.solution()), Arrays.toString(r.solution()));
    }

    @Test
    void wrongStartLengthIsInvalidInput() {
        assertInvalidInput(KitProblems.wrongStartLength(KitProblems.rosenbrock(), 1));
        assertInvalidInput(KitProblems.wrongStartLength(KitProblems.quadratic(5), -2));
    }

    @Test
    void nonFiniteStartIsInvalidInput() {
        assertInvalidInput(KitProblems.badStart(KitProblems.rosenbrock(), Double.NaN));
        assertInvalidInput(KitProblems.badStart(KitProblems.rosenbrock(), Double.POSITIVE_INFINITY));
    }

    private void assertInvalidInput(SmoothObjective p) {
        TestMonitor m = monitor();
        Result r = solve(p, settings(Map.of()), m);
        assertEquals(Status.INVALID_INPUT, r.status(), String.valueOf(r));
        assertNotNull(r.message(), "INVALID_INPUT without a message");
        assertFalse(r.message().isBlank());
        assertEquals(0, m.counter("f"), "objective evaluated on invalid input");
    }

    /** A solver either refuses a bounded problem (INVALID_INPUT with a message) or returns a feasible point. */
    @Test
    void boundsRefusedOrRespected() {
        Bounds box = new Bounds(new double[] {-2, -2}, new double[] {0.5, 2});
        Result r = solve(KitProblems.bounded(KitProblems.rosenbrockFrom(-1.2, 1), box), settings(Map.of()), monitor());
        if (r.status() == Status.INVALID_INPUT) {
            assertNotNull(r.message());
            return;
        }
        double[] x = r.solution();
        assertTrue(x[0] >= -2 && x[0] <= 0.5 && x[1] >= -2 && x[1] <= 2, "infeasible " + Arrays.toString(x));
    }

    @Test
    void repeatedSolvesAgree() {
        Result a = solve(KitProblems.rosenbrock(), settings(Map.of()), monitor());
        Result b = solve(KitProblems.rosenbrock(), settings(Map.of()), monitor());
        assertEquals(a.status(), b.status());
        assertEquals(a.iterations(), b.iterations());
        assertTrue(Arrays.equals(a.solution(), b.solution()), "a stateless solver gives the same point twice");
    }

    /** Guards the exclude list itself: every entry must name a test of this suite. */
    @Test
    void excludesNameExistingTests() {
        Set<String> known = Arrays.stream(SmoothSolverConformance.class.getDeclaredMethods())
                .filter(mm -> mm.isAnnotationPresent(Test.class) || mm.isAnnotationPresent(TestFactory.class))
                .map(Method::getName).collect(Collectors.toSet());
        for (String e : excludes()) {
            assertTrue(known.contains(e), "exclude '" + e + "' names no test; known: " + known);
        }
    }
}
