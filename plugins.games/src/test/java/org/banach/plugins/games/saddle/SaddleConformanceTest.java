package org.banach.plugins.games.saddle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.banach.api.InvalidProblemException;
import org.banach.api.ParameterSpec;
import org.banach.api.ParameterType;
import org.banach.api.ProblemDescriptor;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Status;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.games.SaddlePoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The behaviour contract of the saddle solvers and the provider: parameters, limits, refusals. */
class SaddleConformanceTest {

    static Stream<SaddleSolver> solvers() {
        return Stream.of(new ChambollePock(), new AdaptivePdhg());
    }

    @ParameterizedTest
    @MethodSource("solvers")
    void declaresParameters(SaddleSolver s) {
        assertEquals(SaddlePoint.class, s.problemType());
        Map<String, ParameterSpec> byName = s.parameters().stream()
                .collect(Collectors.toMap(ParameterSpec::name, p -> p));
        assertEquals(ParameterType.INTEGER, byName.get("maxIterations").type());
        assertEquals(ParameterType.REAL, byName.get("tolerance").type());
        assertEquals(ParameterType.CHOICE, byName.get("output").type());
        assertEquals(ParameterType.INTEGER, byName.get("checkEvery").type());
        for (String own : s instanceof ChambollePock ? new String[] {"tau", "sigma", "primalWeight"}
                : new String[] {"spectrumFactor", "primalWeight", "gamma", "delta"}) {
            assertEquals(ParameterType.REAL, byName.get(own).type(), own);
        }
        byName.values().forEach(p -> assertTrue(!p.help().isBlank(), p.name()));
        Settings.defaults(s.parameters());
    }

    @ParameterizedTest
    @MethodSource("solvers")
    void zeroIterationsReturnTheStartWithItsCertificate(SaddleSolver s) {
        AssignmentLp lp = AssignmentLp.random(50, 1, 100);
        TestMonitor m = Saddles.monitor();
        Result r = Saddles.solve(s, lp, m, "maxIterations=0");
        assertEquals(Status.ITERATION_LIMIT, r.status());
        assertEquals(0, r.iterations());
        assertArrayEquals(lp.start(), r.solution());
        assertEquals(SaddlePoint.relativeGap(lp, lp.start()), r.certificate().value(), 0);
        assertEquals(1, m.trace().size());
    }

    @ParameterizedTest
    @MethodSource("solvers")
    void limitsTraceAndClaimTheReturnedPoint(SaddleSolver s) {
        AssignmentLp lp = AssignmentLp.random(50, 1, 100);
        for (String output : new String[] {"average", "last", "best"}) {
            TestMonitor m = Saddles.monitor();
            Result r = Saddles.solve(s, lp, m, "maxIterations=35", "tolerance=0", "checkEvery=10", "output=" + output);
            assertEquals(Status.ITERATION_LIMIT, r.status());
            assertEquals(35, r.iterations());
            double gap = SaddlePoint.relativeGap(lp, r.solution());
            assertEquals(gap, r.certificate().value(), 0);
            assertEquals(5, m.trace().size(), "checks at 0, 10, 20, 30 and the limit");
            assertEquals(gap, m.trace().get(4).measure(), 0, output);
        }
    }

    @ParameterizedTest
    @MethodSource("solvers")
    void stopsWhenTheMonitorAsks(SaddleSolver s) {
        TestMonitor m = new TestMonitor() {
            private int polls;

            @Override
            public boolean stopRequested() {
                return ++polls >= 7;
            }

            @Override
            public Status stopReason() {
                return Status.TIME_LIMIT;
            }
        };
        Result r = Saddles.solve(s, AssignmentLp.random(50, 1, 100), m, "tolerance=0");
        assertEquals(Status.TIME_LIMIT, r.status());
        assertEquals(6, r.iterations(), "polled before each iteration from k = 0: the 7th poll is at k = 6");
    }

    @ParameterizedTest
    @MethodSource("solvers")
    void refusesNaNCostsAndBadStarts(SaddleSolver s) {
        double[] c = AssignmentLp.random(50, 1, 100).costs();
        c[17] = Double.NaN;
        Result nan = Saddles.solve(s, new AssignmentLp("nan", 50, c), Saddles.monitor());
        assertEquals(Status.INVALID_INPUT, nan.status());
        assertTrue(nan.message().contains("not finite at the start"), nan.message());

        AssignmentLp lp = AssignmentLp.random(50, 1, 100);
        Result shortStart = Saddles.solve(s, withStart(lp, new double[3]), Saddles.monitor());
        assertEquals(Status.INVALID_INPUT, shortStart.status());
        assertTrue(shortStart.message().contains("3 entries"), shortStart.message());
        double[] inf = lp.start();
        inf[5] = Double.POSITIVE_INFINITY;
        assertEquals(Status.INVALID_INPUT, Saddles.solve(s, withStart(lp, inf), Saddles.monitor()).status());
    }

    @Test
    void chambollePockRefusesStepsBeyondItsCondition() {
        // ||K||^2 = 2n = 100 for the assignment of size 50: tau*sigma*||K||^2 = 4
        Result r = Saddles.solve(new ChambollePock(), AssignmentLp.random(50, 1, 100), Saddles.monitor(), "tau=0.2",
                "sigma=0.2");
        assertEquals(Status.INVALID_INPUT, r.status());
        assertTrue(r.message().contains("tau*sigma*||K||_2^2 < 1"), r.message());
        assertTrue(r.message().contains("= 9.99999") && r.message().contains("give 3.99999"), r.message());
    }

    @ParameterizedTest
    @MethodSource("solvers")
    void reportsANumericalErrorWithTheLastFiniteCheckedPoint(SaddleSolver s) {
        AssignmentLp lp = AssignmentLp.random(50, 1, 100);
        int[] calls = {0};
        SaddlePoint poisoned = new Delegate(lp) {
            @Override
            public void proxG(double tau, double[] x) {
                lp.proxG(tau, x);
                if (++calls[0] > 25) {
                    x[3] = Double.NaN;
                }
            }
        };
        Result r = Saddles.solve(s, poisoned, Saddles.monitor(), "tolerance=0", "checkEvery=10");
        assertEquals(Status.NUMERICAL_ERROR, r.status());
        for (double v : r.solution()) {
            assertTrue(Double.isFinite(v));
        }
    }

    @Test
    void providerDescribesAndCreatesItsProblems() {
        SaddleProblemProvider provider = new SaddleProblemProvider();
        Map<String, ProblemDescriptor> byId = provider.problems().stream()
                .collect(Collectors.toMap(ProblemDescriptor::id, d -> d));
        assertEquals(SaddlePoint.FAMILY, byId.get(SaddleProblemProvider.ASSIGNMENT).family());
        assertEquals(SaddlePoint.FAMILY, byId.get(SaddleProblemProvider.QUADRATIC).family());
        SaddlePoint a = (SaddlePoint) provider.create(SaddleProblemProvider.ASSIGNMENT, Map.of("n", "60", "seed", "2"));
        assertEquals(byId.get(SaddleProblemProvider.ASSIGNMENT).dimension(), provider.create(
                SaddleProblemProvider.ASSIGNMENT, Map.of()).dimension());
        assertEquals(3600 + 120, a.dimension());
        assertEquals(((AssignmentLp) a).exact().cost(), a.knownOptimalValue().getAsDouble(), 0);
        assertTrue(SaddlePoint.relativeGap(a, a.knownSolution().orElseThrow()) < 1e-12,
                "the Hungarian pair has zero relative KKT error");
        assertThrows(InvalidProblemException.class,
                () -> provider.create(SaddleProblemProvider.ASSIGNMENT, Map.of("n", "10")));
        assertThrows(InvalidProblemException.class, () -> provider.create("games/nope", Map.of()));
    }

    private static SaddlePoint withStart(AssignmentLp lp, double[] start) {
        return new Delegate(lp) {
            @Override
            public double[] start() {
                return start.clone();
            }
        };
    }

    /** A SaddlePoint forwarding to another, for tests that change one method. */
    private static class Delegate implements SaddlePoint {
        private final SaddlePoint p;

        Delegate(SaddlePoint p) {
            this.p = p;
        }

        @Override
        public String name() {
            return p.name();
        }

        @Override
        public int primalDimension() {
            return p.primalDimension();
        }

        @Override
        public int dualDimension() {
            return p.dualDimension();
        }

        @Override
        public void applyK(double[] x, double[] out) {
            p.applyK(x, out);
        }

        @Override
        public void applyKT(double[] y, double[] out) {
            p.applyKT(y, out);
        }

        @Override
        public void proxG(double tau, double[] x) {
            p.proxG(tau, x);
        }

        @Override
        public void proxFStar(double sigma, double[] y) {
            p.proxFStar(sigma, y);
        }

        @Override
        public double[] start() {
            return p.start();
        }

        @Override
        public double primalObjective(double[] x) {
            return p.primalObjective(x);
        }

        @Override
        public double dualObjective(double[] y) {
            return p.dualObjective(y);
        }

        @Override
        public double primalInfeasibility(double[] x) {
            return p.primalInfeasibility(x);
        }

        @Override
        public double dualInfeasibility(double[] y) {
            return p.dualInfeasibility(y);
        }
    }
}
