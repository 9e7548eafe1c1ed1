package org.banach.plugins.optim.stochastic;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.junit.jupiter.api.Test;

/**
 * The smooth-family conformance kit for a finite-sum solver: the kit's problems are handed to it as
 * one-component sums ({@link OneComponentSum}), so every run is a full-batch run of the real solver,
 * with the settings of {@link #tuned()} under the kit's own. Excluded: {@code problemTypeIsSmoothObjective},
 * because these solvers belong to the finite-sum family by design; {@link #familyIsFiniteSum} checks
 * that instead.
 */
abstract class StochasticConformance extends SmoothSolverConformance {

    /** The solver under test. */
    abstract Solver<FiniteSumObjective> stochastic();

    /** Settings (beyond tolerance and maxIterations) under which the kit's convergence tests run. */
    abstract Map<String, String> tuned();

    @Override
    protected Set<String> excludes() {
        return Set.of("problemTypeIsSmoothObjective");
    }

    @Override
    protected Solver<SmoothObjective> solver() {
        Solver<FiniteSumObjective> s = stochastic();
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
        given.putAll(extra);
        return super.settings(given);
    }

    @Test
    void familyIsFiniteSum() {
        assertEquals(FiniteSumObjective.class, stochastic().problemType());
    }
}
