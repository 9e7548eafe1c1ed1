package org.banach.plugins.optim.problems.networks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.optim.FiniteSumObjective;
import org.banach.plugins.optim.stochastic.Adam;
import org.banach.plugins.optim.stochastic.Sgd;
import org.junit.jupiter.api.Test;

/**
 * Training self-normalizing networks with the platform's stochastic solvers on a synthetic standardised
 * classification table (a planted two-layer teacher t with t(−x) = −t(x), so the ±1 labels are balanced and chance is 0.5): the
 * loss falls and the held-out error ends far below chance.
 */
class MlpTrainingTest {

    private static Result train(Solver<FiniteSumObjective> solver, FiniteSumObjective p, Map<String, String> settings) {
        return solver.solve(p, Settings.validate(solver.parameters(), settings, 1L), new TestMonitor());
    }

    @Test
    void adamTrainsADepth8SeluNetwork() {
        Mlp p = Networks.mlp("depth=8", "width=32", "d=16", "n=2000", "test-fraction=0.25", "seed=4");
        double f0 = p.value(p.start());
        double e0 = p.testError(p.start());
        Result r = train(new Adam(), p, Map.of("maxIterations", "12", "batchSize", "32", "learningRate", "1e-3",
                "tolerance", "1e-9"));
        double f = p.value(r.solution());
        double e = p.testError(r.solution());
        System.out.printf("adam, selu depth 8: loss %.4f -> %.4f, test error %.3f -> %.3f (%s after %d epochs)%n", f0, f, e0,
                e, r.status(), r.iterations());
        assertEquals(r.objective(), f, 1e-9 + 1e-9 * Math.abs(f), "reported objective is the full loss");
        assertTrue(f < 0.5 * f0, "loss " + f0 + " -> " + f);
        assertTrue(e < 0.2, "test error " + e + " should be far below chance 0.5");
    }

    @Test
    void sgdWithMomentumTrainsADepth16SeluNetworkWithAlphaDropout() {
        Mlp p = Networks.mlp("depth=16", "width=24", "d=16", "n=2000", "test-fraction=0.25", "dropout=0.05", "seed=5");
        double f0 = p.value(p.start());
        Result r = train(new Sgd(), p, Map.of("maxIterations", "12", "batchSize", "32", "learningRate", "0.01",
                "momentum", "0.9", "tolerance", "1e-9"));
        double f = p.value(r.solution());
        double e = p.testError(r.solution());
        System.out.printf("sgd+momentum, selu depth 16, alpha-dropout 0.05: loss %.4f -> %.4f, test error %.3f (%s)%n", f0, f,
                e, r.status());
        assertTrue(f < 0.6 * f0, "loss " + f0 + " -> " + f);
        assertTrue(e < 0.2, "test error " + e + " should be far below chance 0.5");
    }
}
