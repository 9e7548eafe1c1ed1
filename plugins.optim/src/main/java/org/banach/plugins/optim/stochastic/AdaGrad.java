package org.banach.plugins.optim.stochastic;

import org.banach.api.ParameterSpec;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.optim.FiniteSumObjective;
import org.osgi.service.component.annotations.Component;

/**
 * AdaGrad, diagonal version (Duchi, Hazan &amp; Singer, JMLR 12, 2011): G ← G + g², then
 * x ← x − α_t g / (√G + ε), coordinate-wise.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + AdaGrad.ID,
        SolverProperties.PROBLEM + "=" + FiniteSumObjective.FAMILY,
        SolverProperties.REFERENCE + "=Duchi, Hazan & Singer, Adaptive subgradient methods, JMLR 12 (2011)",
        SolverProperties.DESCRIPTION + "=AdaGrad: steps scaled by the root of the summed squared gradients" })
public final class AdaGrad extends StochasticSolver {

    public static final String ID = "optim.adagrad";

    public AdaGrad() {
        super(ID, 0.01, ParameterSpec.real("eps", 1e-10, 0.0, 1e6, "epsilon added to sqrt(G) in the denominator"));
    }

    @Override
    UpdateRule newRule(int n, Settings settings) {
        double eps = settings.real("eps");
        double[] sum = new double[n];
        return (x, g, t, lr) -> {
            for (int i = 0; i < x.length; i++) {
                sum[i] += g[i] * g[i];
                x[i] -= lr * g[i] / (Math.sqrt(sum[i]) + eps);
            }
        };
    }
}
