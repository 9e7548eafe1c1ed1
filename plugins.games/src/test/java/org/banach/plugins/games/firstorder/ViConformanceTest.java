package org.banach.plugins.games.firstorder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.banach.api.ParameterSpec;
import org.banach.api.ParameterType;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Status;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.games.VariationalInequality;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The behaviour contract of the VI solvers, in the spirit of plugins.optim's conformance kit: declared
 * parameters, a constrained known solution, the certificate recomputed as the runtime does, limits,
 * cancellation, NaN mid-run and bad starts.
 */
class ViConformanceTest {

    private static final double[] C = {0.3, 1.7, -0.4, 0.8};
    private static final double[] SOLUTION = {0.3, 1.0, 0.0, 0.8};
    private static final double[] START = {1, 0, 1, 0};

    static Stream<ViSolver<VariationalInequality>> solvers() {
        return Stream.of(new Gda(), new Extragradient(), new OptimisticGda(), new Halpern(), new PastExtragradient(),
                new ReflectedGradient());
    }

    private static VariationalInequality box() {
        return Games.box(C, START, Integer.MAX_VALUE);
    }

    @ParameterizedTest
    @MethodSource("solvers")
    void declaresParameters(ViSolver<VariationalInequality> s) {
        assertEquals(VariationalInequality.class, s.problemType());
        Map<String, ParameterSpec> byName = s.parameters().stream()
                .collect(Collectors.toMap(ParameterSpec::name, p -> p));
        assertEquals(ParameterType.INTEGER, byName.get("maxIterations").type());
        assertEquals(ParameterType.REAL, byName.get("tolerance").type());
        assertEquals(ParameterType.REAL, byName.get("step").type());
        byName.values().forEach(p -> assertTrue(!p.help().isBlank(), p.name()));
        Settings.defaults(s.parameters());
    }

    @ParameterizedTest
    @MethodSource("solvers")
    void reachesTheConstrainedSolution(ViSolver<VariationalInequality> s) {
        TestMonitor m = Games.monitor();
        // Halpern's anchor makes it O(1/k) even on this strongly monotone problem
        double tolerance = s instanceof Halpern ? 1e-4 : 1e-10;
        Result r = Games.solve(s, box(), m, "step=0.5", "tolerance=" + tolerance);
        assertEquals(Status.CONVERGED, r.status(), String.valueOf(r));
        assertArrayEquals(SOLUTION, r.solution(), 10 * tolerance);
        assertEquals(Games.naturalResidual(box(), r.solution()), r.certificate().value(), 1e-15);
        assertTrue(r.certificate().satisfied());
        assertEquals(r.iterations() + 1, m.trace().size());
        assertEquals(r.certificate().value(), m.trace().get(m.trace().size() - 1).measure(), 0);
        assertTrue(m.counter(ViSolver.OPERATOR) >= r.iterations() + 1);
    }

    @ParameterizedTest
    @MethodSource("solvers")
    void startAtSolutionConvergesAtOnce(ViSolver<VariationalInequality> s) {
        Result r = Games.solve(s, Games.box(C, SOLUTION, Integer.MAX_VALUE), Games.monitor());
        assertEquals(Status.CONVERGED, r.status());
        assertEquals(0, r.iterations());
        assertArrayEquals(SOLUTION, r.solution(), 0);
    }

    @ParameterizedTest
    @MethodSource("solvers")
    void iterationLimits(ViSolver<VariationalInequality> s) {
        Result r = Games.solve(s, box(), Games.monitor(), "maxIterations=3", "step=0.01");
        assertEquals(Status.ITERATION_LIMIT, r.status());
        assertEquals(3, r.iterations());
        assertEquals(Games.naturalResidual(box(), r.solution()), r.certificate().value(), 1e-15);
        Result zero = Games.solve(s, box(), Games.monitor(), "maxIterations=0");
        assertEquals(Status.ITERATION_LIMIT, zero.status());
        assertArrayEquals(START, zero.solution(), 0);
    }

    @ParameterizedTest
    @MethodSource("solvers")
    void cancellationAndTimeLimit(ViSolver<VariationalInequality> s) {
        for (Status why : new Status[] {Status.CANCELLED, Status.TIME_LIMIT}) {
            TestMonitor m = Games.stoppingAfter(5, why);
            Result r = Games.solve(s, box(), m, "step=0.01");
            assertEquals(why, r.status(), String.valueOf(r));
            assertEquals(4, r.iterations());
            assertEquals(Games.naturalResidual(box(), r.solution()), r.certificate().value(), 1e-15);
        }
        Result first = Games.solve(s, box(), Games.stoppingAfter(1, Status.CANCELLED));
        assertEquals(Status.CANCELLED, first.status());
        assertArrayEquals(START, first.solution(), 0);
    }

    @ParameterizedTest
    @MethodSource("solvers")
    void nanMidRunReturnsLastFiniteIterate(ViSolver<VariationalInequality> s) {
        Result r = Games.solve(s, Games.box(C, START, 7), Games.monitor(), "step=0.01");
        assertEquals(Status.NUMERICAL_ERROR, r.status(), String.valueOf(r));
        assertNotNull(r.message());
        double[] z = r.solution();
        assertTrue(Vectors.firstNonFinite(z) < 0);
        assertTrue(r.iterations() >= 1);
        // the returned point is a genuine iterate: the same run stopped there by iterations has it
        Result same = Games.solve(s, box(), Games.monitor(), "step=0.01", "maxIterations=" + r.iterations());
        assertArrayEquals(same.solution(), z, 0);
        assertEquals(same.certificate().value(), r.certificate().value(), 0);
        Result atStart = Games.solve(s, Games.box(C, START, 0), Games.monitor());
        assertEquals(Status.NUMERICAL_ERROR, atStart.status());
        assertArrayEquals(START, atStart.solution(), 0);
    }

    @ParameterizedTest
    @MethodSource("solvers")
    void badStartsAreInvalidInput(ViSolver<VariationalInequality> s) {
        for (double[] start : new double[][] {{1, 2, 3}, {0, Double.NaN, 0, 0}}) {
            TestMonitor m = Games.monitor();
            Result r = Games.solve(s, Games.box(C, start, Integer.MAX_VALUE), m);
            assertEquals(Status.INVALID_INPUT, r.status());
            assertTrue(r.message().contains("start"), r.message());
            assertEquals(0, m.counter(ViSolver.OPERATOR));
        }
    }
}
