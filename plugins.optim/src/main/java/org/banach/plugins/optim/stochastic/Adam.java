package org.banach.plugins.optim.stochastic;

import org.banach.api.ParameterSpec;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.optim.FiniteSumObjective;
import org.osgi.service.component.annotations.Component;

/**
 * Adam (Kingma &amp; Ba, ICLR 2015, Algorithm 1, with its bias corrections and defaults α = 10⁻³,
 * β₁ = 0.9, β₂ = 0.999, ε = 10⁻⁸); the update is {@link AdamRule}. Adam need not converge: Reddi,
 * Kale &amp; Kumar (ICLR 2018) give a convex problem on which it ends at the worst point
 * ({@code optim/amsgrad-counterexample}); see {@link AmsGrad}.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + Adam.ID,
        SolverProperties.PROBLEM + "=" + FiniteSumObjective.FAMILY,
        SolverProperties.REFERENCE + "=Kingma & Ba, Adam: a method for stochastic optimization, ICLR 2015, Alg. 1",
        SolverProperties.DESCRIPTION + "=Adam: bias-corrected first and second moment estimates" })
public final class Adam extends StochasticSolver {

    public static final String ID = "optim.adam";

    public Adam() {
        super(ID, 1e-3, AdamRule.parameters().toArray(new ParameterSpec[0]));
    }

    @Override
    UpdateRule newRule(int n, Settings settings) {
        return new AdamRule(n, settings, 0.0, false);
    }
}
