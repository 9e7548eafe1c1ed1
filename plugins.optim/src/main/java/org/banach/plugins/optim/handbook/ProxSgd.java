package org.banach.plugins.optim.handbook;

import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.optim.CompositeObjective;
import org.banach.api.optim.FiniteSumObjective;
import org.osgi.service.component.annotations.Component;

/**
 * Proximal SGD (Handbook Sec. 12): x_{t+1} = prox_{γₜg}(xₜ − γₜ∇f_{Bₜ}(xₜ)) for F = f + g whose smooth
 * part is a finite sum; steps and batches as {@link HandbookSgd} ({@link SgdSteps}). Composite
 * problems whose smooth part is not a finite sum are refused (use {@code optim.handbook.prox-gd}).
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + ProxSgd.ID,
        SolverProperties.PROBLEM + "=" + CompositeObjective.FAMILY,
        SolverProperties.REFERENCE + "=Garrigos & Gower, arXiv 2301.11235, Sec. 12 (proximal SGD)",
        SolverProperties.DESCRIPTION + "=Proximal (mini-batch) SGD with the Handbook's step sizes" })
public final class ProxSgd extends HandbookSolver<CompositeObjective> {

    public static final String ID = "optim.handbook.prox-sgd";

    public ProxSgd() {
        super(CompositeObjective.class, "gradient-mapping norm", SgdSteps.PARAMETERS.toArray(new ParameterSpec[0]));
    }

    @Override
    double[] start(CompositeObjective problem) {
        return problem.start();
    }

    @Override
    String check(CompositeObjective problem, Settings settings) {
        if (!(problem.smoothPart() instanceof FiniteSumObjective)) {
            return ID + " samples components, but the smooth part of problem '" + problem.name()
                    + "' is not a finite sum; use optim.handbook.prox-gd";
        }
        FiniteSumObjective f = (FiniteSumObjective) problem.smoothPart();
        return SgdSteps.check(problem, f.components(), settings);
    }

    @Override
    StepRun newRun(CompositeObjective problem, Settings settings, Monitor monitor) {
        FiniteSumObjective f = (FiniteSumObjective) problem.smoothPart();
        return new SgdRun(f, problem, settings, monitor, SgdSteps.schedule(problem, f.components(), settings));
    }
}
