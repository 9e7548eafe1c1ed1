package org.banach.plugins.optim.stochastic;

import org.banach.api.ParameterSpec;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.optim.FiniteSumObjective;
import org.osgi.service.component.annotations.Component;

/**
 * Lion, evolved sign momentum (Chen et al., Symbolic discovery of optimization algorithms, NeurIPS
 * 2023, Algorithm 2): c = β₁m + (1−β₁)g, x ← x − α_t (sign(c) + λx), m ← β₂m + (1−β₂)g, with
 * β₁ = 0.9, β₂ = 0.99. With decoupled weight decay λ &gt; 0 it minimises f subject to ‖x‖∞ ≤ 1/λ
 * (Chen, Liu, Liang &amp; Liu, Lion secretly solves constrained optimization: as Lyapunov predicts,
 * ICLR 2024): for α_t λ ≤ 1 an iterate inside that box stays inside, since
 * |(1 − α_tλ)x_i − α_t s| ≤ (1 − α_tλ)/λ + α_t = 1/λ, and one outside moves towards it.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + Lion.ID,
        SolverProperties.PROBLEM + "=" + FiniteSumObjective.FAMILY,
        SolverProperties.REFERENCE + "=Chen et al., Symbolic discovery of optimization algorithms, NeurIPS 2023, Alg. 2; "
                + "box view: Chen, Liu, Liang & Liu, ICLR 2024",
        SolverProperties.DESCRIPTION + "=Lion: signed interpolated momentum with decoupled weight decay" })
public final class Lion extends StochasticSolver {

    public static final String ID = "optim.lion";

    public Lion() {
        super(ID, 1e-4,
                ParameterSpec.real("beta1", 0.9, 0.0, 1.0, "interpolation weight of the momentum in the signed update"),
                ParameterSpec.real("beta2", 0.99, 0.0, 1.0, "decay rate of the momentum m"),
                ParameterSpec.real("weightDecay", 0.0, 0.0, 1e6,
                        "decoupled weight decay lambda; for lambda > 0 the iterates solve f on the box ||x||_inf <= 1/lambda"));
    }

    @Override
    UpdateRule newRule(int n, Settings settings) {
        double beta1 = settings.real("beta1");
        double beta2 = settings.real("beta2");
        double lambda = settings.real("weightDecay");
        double[] m = new double[n];
        return (x, g, t, lr) -> {
            for (int i = 0; i < x.length; i++) {
                double c = beta1 * m[i] + (1 - beta1) * g[i];
                x[i] -= lr * (Math.signum(c) + lambda * x[i]);
                m[i] = beta2 * m[i] + (1 - beta2) * g[i];
            }
        };
    }
}
