package org.banach.plugins.optim.handbook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.Problem;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.plugins.optim.gradient.RunSupport;
import org.banach.plugins.optim.gradient.Vectors;

/**
 * What the solvers of this package share: the parameters {@code maxIterations} (steps),
 * {@code tolerance} and {@code reportEvery} followed by the method's own, the refusal of unusable
 * starts and settings (INVALID_INPUT), and the {@link StepRun} loop.
 *
 * @param <P> the problem family
 */
abstract class HandbookSolver<P extends Problem> implements Solver<P> {

    private final Class<P> type;
    private final List<ParameterSpec> parameters;

    HandbookSolver(Class<P> type, String measure, ParameterSpec... own) {
        this.type = type;
        List<ParameterSpec> all = new ArrayList<>();
        all.add(ParameterSpec.integer("maxIterations", 10_000, 0, Integer.MAX_VALUE,
                "most steps (one step = one (mini-batch) gradient, subgradient or prox-gradient update)"));
        all.add(ParameterSpec.real("tolerance", 1e-6, 0, Double.MAX_VALUE,
                "stop with CONVERGED once the " + measure + ", checked at every report, is at most this"));
        all.add(ParameterSpec.integer("reportEvery", 0, 0, Integer.MAX_VALUE,
                "steps between reported (fully evaluated) iterates; 0: one epoch for stochastic methods, 1 otherwise"));
        all.addAll(List.of(own));
        this.parameters = Collections.unmodifiableList(all);
    }

    @Override
    public final Class<P> problemType() {
        return type;
    }

    @Override
    public final List<ParameterSpec> parameters() {
        return parameters;
    }

    @Override
    public final Result solve(P problem, Settings settings, Monitor monitor) {
        double[] x = start(problem);
        String bad = checkStart(problem, x);
        if (bad == null) {
            bad = check(problem, settings);
        }
        if (bad != null) {
            return RunSupport.invalid(bad);
        }
        return newRun(problem, settings, monitor).run(x);
    }

    /** The problem's starting point. */
    abstract double[] start(P problem);

    /** Why this method cannot run on {@code problem} with {@code settings}, or null. */
    abstract String check(P problem, Settings settings);

    abstract StepRun newRun(P problem, Settings settings, Monitor monitor);

    private static String checkStart(Problem problem, double[] start) {
        int n = problem.dimension();
        if (n < 1) {
            return "problem '" + problem.name() + "' has dimension " + n + "; at least 1 is needed";
        }
        if (start == null || start.length != n) {
            return "starting point of problem '" + problem.name() + "' has length "
                    + (start == null ? "null" : start.length) + " but the problem dimension is " + n;
        }
        int i = Vectors.firstNonFinite(start);
        return i < 0 ? null : "starting point of problem '" + problem.name() + "' has a non-finite entry at index " + i;
    }
}
