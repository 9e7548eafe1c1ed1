package org.banach.plugins.optim.gradient;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.optim.SmoothObjective;

/**
 * What the unconstrained gradient solvers of this package share: the parameters {@code maxIterations}
 * and {@code tolerance} (followed by the solver's own), and the refusal of settings and problems they
 * cannot run on before a {@link DescentRun} starts.
 */
public abstract class UnconstrainedGradientSolver implements Solver<SmoothObjective> {

    private final String id;
    private final List<ParameterSpec> parameters;

    /**
     * @param id the solver id, for messages
     * @param defaultMaxIterations the default of {@code maxIterations}
     * @param own the solver's own parameters, after {@code maxIterations} and {@code tolerance}
     */
    protected UnconstrainedGradientSolver(String id, int defaultMaxIterations, ParameterSpec... own) {
        this.id = id;
        List<ParameterSpec> all = new ArrayList<>();
        all.add(ParameterSpec.integer("maxIterations", defaultMaxIterations, 0, Integer.MAX_VALUE,
                "most iterations before stopping with ITERATION_LIMIT"));
        all.add(ParameterSpec.real("tolerance", 1e-6, 0, Double.MAX_VALUE,
                "stop with CONVERGED once the gradient norm ||grad f(x)||_2 is at most this"));
        all.addAll(List.of(own));
        this.parameters = Collections.unmodifiableList(all);
    }

    @Override
    public final Class<SmoothObjective> problemType() {
        return SmoothObjective.class;
    }

    @Override
    public final List<ParameterSpec> parameters() {
        return parameters;
    }

    /**
     * Refuses settings that do not fit together ({@link #checkSettings}) and problems that are not
     * unconstrained or have an unusable start (INVALID_INPUT), then runs from the problem's start.
     */
    @Override
    public final Result solve(SmoothObjective problem, Settings settings, Monitor monitor) {
        String bad = checkSettings(settings);
        if (bad != null) {
            return RunSupport.invalid(bad);
        }
        double[] x = problem.start();
        bad = RunSupport.checkUnconstrained(id, problem, x);
        if (bad != null) {
            return RunSupport.invalid(bad);
        }
        return newRun(problem, settings, monitor).run(x);
    }

    /** Why the settings cannot be used together, or null (the default: they always can). */
    protected String checkSettings(Settings settings) {
        return null;
    }

    /** The state of one call to {@link #solve}. */
    protected abstract DescentRun newRun(SmoothObjective problem, Settings settings, Monitor monitor);
}
