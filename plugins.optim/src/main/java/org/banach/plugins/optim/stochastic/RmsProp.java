package org.banach.plugins.optim.stochastic;

import org.banach.api.ParameterSpec;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.optim.FiniteSumObjective;
import org.osgi.service.component.annotations.Component;

/**
 * RMSProp (Tieleman &amp; Hinton, COURSERA Neural Networks for Machine Learning, lecture 6.5, 2012):
 * v ← ρ v + (1 − ρ) g², then x ← x − α_t g / (√v + ε); ρ = 0.9 as in the lecture.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + RmsProp.ID,
        SolverProperties.PROBLEM + "=" + FiniteSumObjective.FAMILY,
        SolverProperties.REFERENCE + "=Tieleman & Hinton, Neural Networks for Machine Learning, lecture 6.5 (2012)",
        SolverProperties.DESCRIPTION + "=RMSProp: steps scaled by a moving root mean square of the gradients" })
public final class RmsProp extends StochasticSolver {

    public static final String ID = "optim.rmsprop";

    public RmsProp() {
        super(ID, 1e-3,
                ParameterSpec.real("rho", 0.9, 0.0, 0.999999, "decay rate of the moving average of squared gradients"),
                ParameterSpec.real("eps", 1e-8, 0.0, 1e6, "epsilon added to sqrt(v) in the denominator"));
    }

    @Override
    UpdateRule newRule(int n, Settings settings) {
        double rho = settings.real("rho");
        double eps = settings.real("eps");
        double[] v = new double[n];
        return (x, g, t, lr) -> {
            for (int i = 0; i < x.length; i++) {
                v[i] = rho * v[i] + (1 - rho) * g[i] * g[i];
                x[i] -= lr * g[i] / (Math.sqrt(v[i]) + eps);
            }
        };
    }
}
