package org.banach.plugins.optim.stochastic;

import java.util.ArrayList;
import java.util.List;

import org.banach.api.ParameterSpec;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.optim.FiniteSumObjective;
import org.osgi.service.component.annotations.Component;

/**
 * AdamW: Adam with decoupled weight decay (Loshchilov &amp; Hutter, Decoupled weight decay
 * regularization, ICLR 2019, Algorithm 2): x ← x − α_t (m̂/(√v̂ + ε) + λ x), the decay applied to the
 * weights directly rather than added to the gradient, so it is not rescaled by the adaptive
 * denominator. The schedule multiplier η_t of the paper is folded into α_t (λ is multiplied by the
 * scheduled learning rate, as in common implementations); the update is {@link AdamRule}.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + AdamW.ID,
        SolverProperties.PROBLEM + "=" + FiniteSumObjective.FAMILY,
        SolverProperties.REFERENCE + "=Loshchilov & Hutter, Decoupled weight decay regularization, ICLR 2019, Alg. 2",
        SolverProperties.DESCRIPTION + "=AdamW: Adam with decoupled weight decay" })
public final class AdamW extends StochasticSolver {

    public static final String ID = "optim.adamw";

    public AdamW() {
        super(ID, 1e-3, parameters0());
    }

    private static ParameterSpec[] parameters0() {
        List<ParameterSpec> p = new ArrayList<>(AdamRule.parameters());
        p.add(ParameterSpec.real("weightDecay", 1e-2, 0.0, 1e6, "decoupled weight decay lambda: the step adds lr*lambda*x"));
        return p.toArray(new ParameterSpec[0]);
    }

    @Override
    UpdateRule newRule(int n, Settings settings) {
        return new AdamRule(n, settings, settings.real("weightDecay"), false);
    }
}
