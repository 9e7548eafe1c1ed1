package org.banach.plugins.optim.handbook;

import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.optim.FiniteSumObjective;
import org.osgi.service.component.annotations.Component;

/**
 * SGD and mini-batch SGD as the Handbook states them (Garrigos &amp; Gower, arXiv 2301.11235, Sec. 5–6):
 * x_{t+1} = xₜ − γₜ ∇f_{Bₜ}(xₜ) with a fresh uniform batch of b distinct components at every step (not
 * epochs of a reshuffled order, as {@code optim.sgd} does: the Handbook's theorems are for independent
 * draws). Steps: {@link SgdSteps}. Unconstrained: problems with bounds are refused.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + HandbookSgd.ID,
        SolverProperties.PROBLEM + "=" + FiniteSumObjective.FAMILY,
        SolverProperties.REFERENCE + "=Garrigos & Gower, Handbook of Convergence Theorems for (Stochastic) Gradient Methods, arXiv 2301.11235, Sec. 5-6",
        SolverProperties.DESCRIPTION + "=SGD / mini-batch SGD without replacement with the Handbook's step sizes" })
public final class HandbookSgd extends HandbookSolver<FiniteSumObjective> {

    public static final String ID = "optim.handbook.sgd";

    public HandbookSgd() {
        super(FiniteSumObjective.class, "full-gradient norm", SgdSteps.PARAMETERS.toArray(new ParameterSpec[0]));
    }

    @Override
    double[] start(FiniteSumObjective problem) {
        return problem.start();
    }

    @Override
    String check(FiniteSumObjective problem, Settings settings) {
        if (problem.bounds().isPresent()) {
            return ID + " is unconstrained but problem '" + problem.name() + "' has bounds";
        }
        if (problem.components() < 1) {
            return "problem '" + problem.name() + "' has no components";
        }
        return SgdSteps.check(problem, problem.components(), settings);
    }

    @Override
    StepRun newRun(FiniteSumObjective problem, Settings settings, Monitor monitor) {
        return new SgdRun(problem, null, settings, monitor, SgdSteps.schedule(problem, problem.components(), settings));
    }
}
