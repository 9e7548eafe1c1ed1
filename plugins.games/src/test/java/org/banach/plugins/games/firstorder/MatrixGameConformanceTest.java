package org.banach.plugins.games.firstorder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.banach.api.games.MatrixGame;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The behaviour contract of the zero-sum matrix-game solvers: parameters, limits, certificate, refusals. */
class MatrixGameConformanceTest {

    static Stream<MatrixGameSolver> solvers() {
        return Stream.of(new MirrorProx(), new SimplexExtragradient(), new SimplexGda(), new Pdhg());
    }

    @ParameterizedTest
    @MethodSource("solvers")
    void declaresParameters(MatrixGameSolver s) {
        assertEquals(MatrixGame.class, s.problemType());
        Map<String, ParameterSpec> byName = s.parameters().stream()
                .collect(Collectors.toMap(ParameterSpec::name, p -> p));
        assertEquals(ParameterType.INTEGER, byName.get("maxIterations").type());
        assertEquals(ParameterType.REAL, byName.get("tolerance").type());
        for (String step : s instanceof Pdhg ? new String[] {"tau", "sigma"} : new String[] {"step"}) {
            assertEquals(ParameterType.REAL, byName.get(step).type(), step);
        }
        assertEquals(ParameterType.CHOICE, byName.get("output").type());
        byName.values().forEach(p -> assertTrue(!p.help().isBlank(), p.name()));
        Settings.defaults(s.parameters());
    }

    @ParameterizedTest
    @MethodSource("solvers")
    void limitsAndCertificate(MatrixGameSolver s) {
        MatrixGame g = Games.random(7, 5, 3);
        for (String output : new String[] {"average", "last", "best"}) {
            TestMonitor m = Games.monitor();
            Result r = Games.solve(s, g, m, "maxIterations=25", "tolerance=0", "output=" + output);
            assertEquals(Status.ITERATION_LIMIT, r.status());
            assertEquals(25, r.iterations());
            double gap = MatrixGameSolversTest.gap(g, r.solution());
            assertEquals(gap, r.certificate().value(), 1e-12);
            assertEquals(gap, m.trace().get(25).measure(), 1e-9, output + ": traced gap is the returned point's");
            assertEquals(26, m.trace().size());
            double[] z = r.solution();
            assertTrue(Simplex.notDistribution(z, 0, 7, false) == null && Simplex.notDistribution(z, 7, 5, false) == null);
        }
        Result zero = Games.solve(s, g, Games.monitor(), "maxIterations=0");
        assertArrayEquals(g.start(), zero.solution(), 0);
    }

    @ParameterizedTest
    @MethodSource("solvers")
    void cancellation(MatrixGameSolver s) {
        MatrixGame g = Games.random(4, 6, 5);
        for (Status why : new Status[] {Status.CANCELLED, Status.TIME_LIMIT}) {
            Result r = Games.solve(s, g, Games.stoppingAfter(3, why), "tolerance=0");
            assertEquals(why, r.status());
            assertEquals(2, r.iterations());
            assertEquals(MatrixGameSolversTest.gap(g, r.solution()), r.certificate().value(), 1e-12);
        }
    }

    @ParameterizedTest
    @MethodSource("solvers")
    void nanMidRunReturnsLastFiniteIterate(MatrixGameSolver s) {
        MatrixGame g = Games.random(4, 6, 5);
        Result r = Games.solve(s, g, Games.nanGemvAfter(9), "tolerance=0", "output=last");
        assertEquals(Status.NUMERICAL_ERROR, r.status(), String.valueOf(r));
        assertTrue(r.message().contains("non-finite"), r.message());
        Result same = Games.solve(s, g, Games.monitor(), "tolerance=0", "output=last",
                "maxIterations=" + r.iterations());
        assertArrayEquals(same.solution(), r.solution(), 0);
        assertEquals(MatrixGameSolversTest.gap(g, r.solution()), r.certificate().value(), 1e-12);
    }

    @ParameterizedTest
    @MethodSource("solvers")
    void refusesWhatItCannotSolve(MatrixGameSolver s) {
        double[] a = {3, 0, 5, 1};
        MatrixGame prisoners = Games.matrix(2, 2, a, new double[] {3, 5, 0, 1}, null);
        assertInvalid(s, prisoners, "zero-sum");
        assertInvalid(s, Games.matrix(2, 2, a, Games.negate(a), new double[] {0.5, 0.5, 1}), "start");
        assertInvalid(s, Games.matrix(2, 2, a, Games.negate(a), new double[] {0.5, 0.6, 0.5, 0.5}), "probability");
        assertInvalid(s, Games.zeroSum(2, 2, new double[] {1, Double.NaN, 0, 1}), "not finite");
        Result noBackend = s.solve(Games.rps(), Settings.defaults(s.parameters()), new TestMonitor());
        assertEquals(Status.FAILED, noBackend.status());
        assertTrue(noBackend.message().contains("Backend"), noBackend.message());
    }

    private static void assertInvalid(MatrixGameSolver s, MatrixGame g, String reason) {
        TestMonitor m = Games.monitor();
        Result r = Games.solve(s, g, m);
        assertEquals(Status.INVALID_INPUT, r.status(), String.valueOf(r));
        assertTrue(r.message().contains(reason), r.message());
        assertEquals(0, m.counter(DeviceProducts.MATVEC));
    }

    @ParameterizedTest
    @MethodSource("solvers")
    void pureStartRefusedOnlyByMirrorProx(MatrixGameSolver s) {
        MatrixGame g = Games.matrix(3, 3, Games.rps().rowPayoffs(), Games.rps().columnPayoffs(),
                new double[] {1, 0, 0, 0, 1, 0});
        Result r = Games.solve(s, g, Games.monitor(), "maxIterations=10");
        if (s instanceof MirrorProx) {
            assertEquals(Status.INVALID_INPUT, r.status());
            assertTrue(r.message().contains("fully mixed"), r.message());
        } else { // PDHG's last iterate reaches RPS's equilibrium within the 10 iterations
            assertTrue(r.status() == Status.ITERATION_LIMIT || r.status() == Status.CONVERGED, String.valueOf(r));
        }
    }
}
