package org.banach.plugins.optim.stochastic;

import org.banach.api.ParameterSpec;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.optim.FiniteSumObjective;
import org.osgi.service.component.annotations.Component;

/**
 * AMSGrad (Reddi, Kale &amp; Kumar, On the convergence of Adam and beyond, ICLR 2018, Algorithm 2):
 * Adam whose denominator uses the running maximum of the second-moment estimates, so the effective
 * step α_t/√v̂_t never grows; with α_t = α/√t its regret is O(√T) on online convex problems
 * (Theorem 4), where Adam's can be linear (Theorem 1). The update is {@link AdamRule}.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + AmsGrad.ID,
        SolverProperties.PROBLEM + "=" + FiniteSumObjective.FAMILY,
        SolverProperties.REFERENCE + "=Reddi, Kale & Kumar, On the convergence of Adam and beyond, ICLR 2018, Alg. 2",
        SolverProperties.DESCRIPTION + "=AMSGrad: Adam with the running maximum of the second moments" })
public final class AmsGrad extends StochasticSolver {

    public static final String ID = "optim.amsgrad";

    public AmsGrad() {
        super(ID, 1e-3, AdamRule.parameters().toArray(new ParameterSpec[0]));
    }

    @Override
    UpdateRule newRule(int n, Settings settings) {
        return new AdamRule(n, settings, 0.0, true);
    }
}
