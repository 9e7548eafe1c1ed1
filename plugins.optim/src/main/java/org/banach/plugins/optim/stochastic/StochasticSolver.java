package org.banach.plugins.optim.stochastic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.banach.api.Certificate;
import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.optim.FiniteSumObjective;
import org.banach.api.optim.OnlineFiniteSum;
import org.banach.plugins.optim.gradient.RunSupport;
import org.banach.plugins.optim.gradient.Vectors;

/**
 * What the stochastic first-order solvers of this package share: the family {@link FiniteSumObjective},
 * the parameters {@code maxIterations} (epochs), {@code tolerance}, {@code learningRate},
 * {@code batchSize}, {@code decay} and {@code sampling} (followed by the method's own), the input
 * checks, and the loop of {@link StochasticRun}; a subclass only supplies its {@link UpdateRule}.
 * Bounded problems are solved by projected steps (the start is projected too).
 */
public abstract class StochasticSolver implements Solver<FiniteSumObjective> {

    private final String id;
    private final List<ParameterSpec> parameters;

    /**
     * @param id the solver id, for messages
     * @param defaultLearningRate the default of {@code learningRate} (the paper's)
     * @param own the method's own parameters
     */
    protected StochasticSolver(String id, double defaultLearningRate, ParameterSpec... own) {
        this.id = id;
        List<ParameterSpec> all = new ArrayList<>();
        all.add(ParameterSpec.integer("maxIterations", 1000, 0, Integer.MAX_VALUE,
                "most epochs (passes over the components) before stopping with ITERATION_LIMIT; one iteration is one epoch"));
        all.add(ParameterSpec.real("tolerance", 1e-4, 0, Double.MAX_VALUE,
                "stop with CONVERGED once the full-gradient norm (projected for bounded problems), checked after every epoch, is at most this"));
        all.add(ParameterSpec.real("learningRate", defaultLearningRate, 1e-15, 1e6, "base step size alpha"));
        all.add(ParameterSpec.integer("batchSize", 0, 0, Integer.MAX_VALUE,
                "components per mini-batch; 0 (or >= N) means the full batch, one step per epoch"));
        all.add(ParameterSpec.choice("decay", "constant", List.of("constant", "inverse-sqrt"),
                "step schedule: alpha_t = alpha, or alpha/sqrt(t) with t the step count"));
        all.add(ParameterSpec.choice("sampling", "shuffle", List.of("shuffle", "cyclic"),
                "mini-batch order: a fresh seeded permutation per epoch, or the components in index order"));
        all.add(ParameterSpec.choice("certificate", Certificate.GRADIENT_NORM,
                List.of(Certificate.GRADIENT_NORM, Certificate.REGRET),
                "claim: the full-gradient norm, or (online problems only) the average regret R_T/T against the "
                        + "best fixed point in hindsight, from the problem's score"));
        all.add(ParameterSpec.real("regretTolerance", 0.05, 0, Double.MAX_VALUE,
                "regret claim only: the average regret R_T/T the claim is satisfied at"));
        all.addAll(List.of(own));
        this.parameters = Collections.unmodifiableList(all);
    }

    @Override
    public final Class<FiniteSumObjective> problemType() {
        return FiniteSumObjective.class;
    }

    @Override
    public final List<ParameterSpec> parameters() {
        return parameters;
    }

    @Override
    public final Result solve(FiniteSumObjective problem, Settings settings, Monitor monitor) {
        double[] x = problem.start();
        String bad = check(problem, x);
        if (bad != null) {
            return RunSupport.invalid(bad);
        }
        if (Certificate.REGRET.equals(settings.string("certificate")) && !(problem instanceof OnlineFiniteSum)) {
            return RunSupport.invalid("certificate=regret needs an online problem (one that keeps the score of its"
                    + " rounds, e.g. optim/amsgrad-counterexample); '" + problem.name() + "' is not one");
        }
        problem.bounds().ifPresent(b -> b.project(x));
        return new StochasticRun(problem, settings, monitor, newRule(problem.dimension(), settings)).run(x);
    }

    private String check(FiniteSumObjective problem, double[] start) {
        int n = problem.dimension();
        if (n < 1) {
            return "problem '" + problem.name() + "' has dimension " + n + "; at least 1 is needed";
        }
        if (problem.components() < 1) {
            return "problem '" + problem.name() + "' has " + problem.components() + " components; " + id
                    + " needs at least 1";
        }
        if (start == null) {
            return "problem '" + problem.name() + "' gave no starting point";
        }
        if (start.length != n) {
            return "starting point of problem '" + problem.name() + "' has length " + start.length
                    + " but the problem dimension is " + n;
        }
        int i = Vectors.firstNonFinite(start);
        if (i >= 0) {
            return "starting point of problem '" + problem.name() + "' has a non-finite entry at index " + i + " ("
                    + start[i] + ")";
        }
        if (problem.bounds().isPresent() && problem.bounds().get().dimension() != n) {
            return "problem '" + problem.name() + "' has bounds of dimension " + problem.bounds().get().dimension()
                    + " but dimension " + n;
        }
        return null;
    }

    /** The method's update with its state for one run of a problem of dimension {@code n}. */
    abstract UpdateRule newRule(int n, Settings settings);
}
