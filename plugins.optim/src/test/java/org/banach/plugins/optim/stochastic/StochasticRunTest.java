package org.banach.plugins.optim.stochastic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.banach.api.Result;
import org.banach.api.Status;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.optim.FiniteSumObjective;
import org.banach.plugins.optim.problems.finitesum.FiniteSumProblemProvider;
import org.banach.plugins.optim.problems.finitesum.LeastSquares;
import org.junit.jupiter.api.Test;

/** The epoch loop with mini-batches: stops, NaN, projection, known minimiser. */
class StochasticRunTest {

    static FiniteSumObjective leastSquares() {
        return (FiniteSumObjective) new FiniteSumProblemProvider().create(LeastSquares.ID,
                Map.of("n", "200", "d", "5"));
    }

    @Test
    void stopInsideAnEpochReturnsTheLastEpochIterate() {
        FiniteSumObjective p = leastSquares();
        // polls: epoch loop (1), then batches 2..20 of epoch 1 poll; the 3rd poll is inside epoch 1
        TestMonitor m = TestMonitor.stoppingAfter(3, Status.CANCELLED);
        Result r = Runs.solve(new Sgd(), p, 0L, m, "batchSize=10", "learningRate=0.01");
        assertEquals(Status.CANCELLED, r.status(), String.valueOf(r));
        assertEquals(0, r.iterations());
        assertTrue(java.util.Arrays.equals(p.start(), r.solution()));
        assertEquals(p.value(p.start()), r.objective(), 0.0);
        assertEquals(0, m.iterationsAfterStop());
    }

    @Test
    void nanInAMiniBatchEndsAtTheLastEpochIterate() {
        FiniteSumObjective clean = leastSquares();
        int[] calls = {0};
        FiniteSumObjective broken = new Delegate(clean) {
            @Override
            public double batchValueAndGradient(int[] batch, double[] x, double[] g) {
                double f = clean.batchValueAndGradient(batch, x, g);
                return ++calls[0] > 45 ? Double.NaN : f;
            }
        };
        TestMonitor m = new TestMonitor();
        Result r = Runs.solve(new Adam(), broken, 0L, m, "batchSize=10", "learningRate=0.01", "tolerance=0");
        assertEquals(Status.NUMERICAL_ERROR, r.status(), String.valueOf(r));
        assertNotNull(r.message());
        assertEquals(2, r.iterations(), "batches 1-45 are fine: two whole epochs of 20");
        assertEquals(clean.value(r.solution()), r.objective(), 1e-12);
        assertEquals(m.trace().get(2).objective(), r.objective(), 0.0);
    }

    @Test
    void leastSquaresKnownMinimiserReachedByMomentum() {
        FiniteSumObjective p = leastSquares();
        Result r = Runs.solve(new Sgd(), p, 0L, new TestMonitor(), "learningRate=0.1", "momentum=0.9",
                "nesterov=true", "tolerance=1e-10", "maxIterations=10000");
        assertEquals(Status.CONVERGED, r.status(), String.valueOf(r));
        double[] xs = p.knownMinimizer().orElseThrow();
        for (int i = 0; i < xs.length; i++) {
            assertEquals(xs[i], r.solution()[i], 1e-8);
        }
        assertEquals(p.knownOptimalValue().getAsDouble(), r.objective(), 1e-12);
    }

    @Test
    void boundedProblemIsSolvedByProjectedSteps() {
        FiniteSumObjective p = (FiniteSumObjective) new FiniteSumProblemProvider()
                .create("optim/amsgrad-counterexample", Map.of());
        Result r = Runs.solve(new Sgd(), p, 0L, new TestMonitor(), "learningRate=0.1");
        assertEquals(Status.CONVERGED, r.status(), String.valueOf(r));
        double x = r.solution()[0];
        assertTrue(x >= -1 && x <= -1 + 1e-4, "x = " + x);
        // the projected gradient norm |P(x − 1/3) − x| = x + 1 near the lower bound
        assertEquals(x + 1, r.certificate().value(), 1e-15);
        assertEquals(-1.0 / 3, r.objective(), 1e-4);
    }

    /** Delegates every call to {@code p}. */
    static class Delegate implements FiniteSumObjective {
        final FiniteSumObjective p;

        Delegate(FiniteSumObjective p) {
            this.p = p;
        }

        @Override
        public int components() {
            return p.components();
        }

        @Override
        public double componentValueAndGradient(int i, double[] x, double[] g) {
            return p.componentValueAndGradient(i, x, g);
        }

        @Override
        public double batchValueAndGradient(int[] batch, double[] x, double[] g) {
            return p.batchValueAndGradient(batch, x, g);
        }

        @Override
        public double valueAndGradient(double[] x, double[] g) {
            return p.valueAndGradient(x, g);
        }

        @Override
        public String name() {
            return p.name();
        }

        @Override
        public int dimension() {
            return p.dimension();
        }

        @Override
        public double[] start() {
            return p.start();
        }
    }
}
