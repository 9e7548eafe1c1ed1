package org.banach.plugins.optim.stochastic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.conformance.SmoothSolverConformance;
import org.banach.api.optim.FiniteSumObjective;
import org.banach.api.optim.SmoothObjective;
import org.banach.plugins.optim.handbook.HandbookSgd;
import org.banach.plugins.optim.handbook.HeavyBall;
import org.junit.jupiter.api.Nested;

/**
 * The smooth-family conformance kit for the Handbook's finite-sum solvers ({@code optim.handbook.sgd},
 * {@code optim.handbook.heavy-ball}), on the kit's problems as one-component sums ({@link OneComponentSum}):
 * every run is full-batch. The kit's problems publish no constants, so the step is given (1.5e-3, below
 * 2/L of Rosenbrock near (1, 1), as for {@code optim.sgd}); one step is one iteration and the runs report
 * every step. Excluded: {@code problemTypeIsSmoothObjective} (finite-sum family by design).
 */
class HandbookConformanceTest {

    /** The kit around one finite-sum solver with the given extra settings. */
    abstract static class Kit extends SmoothSolverConformance {

        abstract Solver<FiniteSumObjective> finiteSum();

        abstract Map<String, String> tuned();

        @Override
        protected Set<String> excludes() {
            return Set.of("problemTypeIsSmoothObjective");
        }

        @Override
        protected Solver<SmoothObjective> solver() {
            Solver<FiniteSumObjective> s = finiteSum();
            return new Solver<>() {
                @Override
                public Class<SmoothObjective> problemType() {
                    return SmoothObjective.class;
                }

                @Override
                public List<ParameterSpec> parameters() {
                    return s.parameters();
                }

                @Override
                public Result solve(SmoothObjective problem, Settings settings, Monitor monitor) {
                    return s.solve(new OneComponentSum(problem), settings, monitor);
                }
            };
        }

        @Override
        protected Settings settings(Map<String, String> extra) {
            Map<String, String> given = new HashMap<>(tuned());
            given.put("reportEvery", "1");
            given.putAll(extra);
            return super.settings(given);
        }
    }

    @Nested
    class Sgd extends Kit {
        @Override
        Solver<FiniteSumObjective> finiteSum() {
            return new HandbookSgd();
        }

        @Override
        Map<String, String> tuned() {
            return Map.of("step", "1.5e-3");
        }
    }

    /**
     * Also excluded: {@code quadraticReachesMinimiser} and {@code rosenbrockReachesOptimum}. With the
     * Handbook's parameters (λₜ = t/2) xₜ is a weighted average of all z's with weights ∝ t, so even
     * where gradient descent is linear the last iterate converges as O(1/t): after the kit's 10⁵ steps
     * the gradient norm is about 1e-3, not 1e-6. Its rate is tested in {@code HeavyBallTheoremTest}.
     */
    @Nested
    class HeavyBallKit extends Kit {
        @Override
        protected Set<String> excludes() {
            return Set.of("problemTypeIsSmoothObjective", "quadraticReachesMinimiser", "rosenbrockReachesOptimum");
        }

        @Override
        Solver<FiniteSumObjective> finiteSum() {
            return new HeavyBall();
        }

        @Override
        Map<String, String> tuned() {
            return Map.of("step", "1.5e-3");
        }
    }
}
