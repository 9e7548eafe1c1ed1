package org.banach.plugins.optim.stochastic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;

import org.banach.api.Result;
import org.banach.api.Status;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.optim.FiniteSumObjective;
import org.banach.plugins.optim.problems.finitesum.FiniteSumProblemProvider;
import org.banach.plugins.optim.problems.finitesum.LogisticRegression;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * OB2 on the default synthetic logistic regression (N = 1000, d = 20, λ = 10⁻³): full-batch SGD, Adam
 * and AMSGrad reach ‖∇f‖ ≤ 10⁻⁴ (recomputed here); mini-batch runs are reproducible bit for bit
 * under a fixed seed and differ under another; the counters account for every component.
 */
class LogisticRegressionTest {

    static FiniteSumObjective problem() {
        return (FiniteSumObjective) new FiniteSumProblemProvider().create(LogisticRegression.ID, Map.of());
    }

    static StochasticSolver solver(String id) {
        switch (id) {
            case Sgd.ID:
                return new Sgd();
            case Adam.ID:
                return new Adam();
            case AmsGrad.ID:
                return new AmsGrad();
            default:
                throw new IllegalArgumentException(id);
        }
    }

    @ParameterizedTest
    @CsvSource({ "optim.sgd, 10", "optim.adam, 0.01", "optim.amsgrad, 0.01" })
    void fullBatchReachesTolerance(String id, String learningRate) {
        FiniteSumObjective p = problem();
        TestMonitor m = new TestMonitor();
        Result r = Runs.solve(solver(id), p, 0L, m, "learningRate=" + learningRate, "maxIterations=100000");
        double g = Runs.gradientNorm(p, r.solution());
        System.out.printf("OB2 %s full batch: %s after %d epochs, ||grad|| = %.3g%n", id, r.status(), r.iterations(), g);
        assertEquals(Status.CONVERGED, r.status(), String.valueOf(r));
        assertTrue(g <= 1e-4, "recomputed ||grad|| = " + g);
        assertEquals(g, r.certificate().value(), 1e-12);
        assertEquals(r.iterations() + 1, m.counter("grad"), "one full gradient per epoch and at the start");
        assertEquals(0, m.counter("component"), "full-batch steps reuse the full gradient");
    }

    @Test
    void fixedSeedReproducibleOtherSeedDiffers() {
        FiniteSumObjective p = problem();
        String[] s = { "batchSize=32", "learningRate=0.01", "maxIterations=5" };
        Result a = Runs.solve(new Adam(), p, 7L, new TestMonitor(), s);
        Result b = Runs.solve(new Adam(), p, 7L, new TestMonitor(), s);
        Result c = Runs.solve(new Adam(), p, 8L, new TestMonitor(), s);
        assertTrue(Arrays.equals(a.solution(), b.solution()), "same seed, same iterates bit for bit");
        assertEquals(Double.doubleToLongBits(a.objective()), Double.doubleToLongBits(b.objective()));
        assertFalse(Arrays.equals(a.solution(), c.solution()), "another seed, other mini-batches");
    }

    @Test
    void miniBatchCountsComponents() {
        FiniteSumObjective p = problem();
        TestMonitor m = new TestMonitor();
        Result r = Runs.solve(new Sgd(), p, 3L, m, "batchSize=64", "learningRate=1", "maxIterations=4", "tolerance=0");
        assertEquals(Status.ITERATION_LIMIT, r.status());
        assertEquals(4, r.iterations());
        assertEquals(4 * 1000, m.counter("component"), "every component once per epoch");
        assertEquals(5, m.counter("grad"));
        assertEquals(5, r.evaluations());
        assertEquals(5, m.trace().size());
    }

    @Test
    void miniBatchSgdWithDecayApproachesTheMinimiser() {
        FiniteSumObjective p = problem();
        Result r = Runs.solve(new Sgd(), p, 1L, new TestMonitor(), "batchSize=10", "learningRate=5",
                "decay=inverse-sqrt", "maxIterations=200", "tolerance=1e-3");
        System.out.printf("OB2 mini-batch SGD: %s after %d epochs%n", r.status(), r.iterations());
        assertEquals(Status.CONVERGED, r.status(), String.valueOf(r));
        assertTrue(Runs.gradientNorm(p, r.solution()) <= 1e-3);
    }
}
