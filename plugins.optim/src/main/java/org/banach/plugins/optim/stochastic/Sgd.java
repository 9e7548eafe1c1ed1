package org.banach.plugins.optim.stochastic;

import org.banach.api.ParameterSpec;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.optim.FiniteSumObjective;
import org.osgi.service.component.annotations.Component;

/**
 * Stochastic gradient descent (Robbins &amp; Monro, Ann. Math. Statist. 22, 1951) with optional
 * heavy-ball momentum (Polyak, USSR Comput. Math. Math. Phys. 4, 1964) or Nesterov momentum in the
 * form of Sutskever, Martens, Dahl &amp; Hinton (ICML 2013): with buffer b ← μ b + g the step is
 * x ← x − α_t b, or x ← x − α_t (g + μ b) with {@code nesterov}. μ = 0 is plain SGD.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + Sgd.ID,
        SolverProperties.PROBLEM + "=" + FiniteSumObjective.FAMILY,
        SolverProperties.REFERENCE + "=Robbins & Monro, Ann. Math. Statist. 22 (1951); momentum: Polyak (1964), Sutskever et al., ICML 2013",
        SolverProperties.DESCRIPTION + "=Mini-batch SGD with optional heavy-ball or Nesterov momentum" })
public final class Sgd extends StochasticSolver {

    public static final String ID = "optim.sgd";

    public Sgd() {
        super(ID, 0.01,
                ParameterSpec.real("momentum", 0.0, 0.0, 0.999999, "momentum coefficient mu (0: plain SGD)"),
                ParameterSpec.bool("nesterov", false, "use Nesterov momentum (step g + mu b) instead of heavy ball (step b)"));
    }

    @Override
    UpdateRule newRule(int n, Settings settings) {
        double mu = settings.real("momentum");
        boolean nesterov = settings.bool("nesterov");
        double[] b = new double[n];
        return (x, g, t, lr) -> {
            for (int i = 0; i < x.length; i++) {
                b[i] = mu * b[i] + g[i];
                x[i] -= lr * (nesterov ? g[i] + mu * b[i] : b[i]);
            }
        };
    }
}
