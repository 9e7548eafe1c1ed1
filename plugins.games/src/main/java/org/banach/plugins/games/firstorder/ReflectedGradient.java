package org.banach.plugins.games.firstorder;

import java.util.Set;

import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.games.VariationalInequality;
import org.osgi.service.component.annotations.Component;

/**
 * Malitsky's projected reflected gradient method (SIAM J. Optim. 25, 2015) in the single-call form of
 * Hsieh, Iutzeler, Malick &amp; Mertikopoulos (NeurIPS 2019): X_{t+1/2} = 2X_t − X_{t−1} (the reflection,
 * no projection), X_{t+1} = P(X_t − γ_t V̂(X_{t+1/2})), with X_{−1} = X_0, the step γ_t constant (η) or
 * η/(t + b) ({@code stepSchedule}, {@link StepSchedule}) and V̂ the exact F or the problem's stochastic
 * oracle ({@code oracle=sampled}, {@link ViSolver}); one
 * oracle call per iteration, at the reflected point. The reported iterates z_k are those reflected
 * points X_{k+1/2} (z_0 = X_{1/2} = X_0), where F is known; with constraints they may lie slightly outside Z (the
 * natural residual, which is zero only at solutions, accounts for that) and {@code output=average}
 * returns their mean projected onto Z. Without constraints the recursion is the optimistic one,
 * z_{k+1} = z_k − 2ηF(z_k) + ηF(z_{k−1}), started with z_1 = z_0 − 2ηF(z_0) (constant step). Converges
 * for monotone L-Lipschitz F with η &lt; (√2 − 1)/L (Malitsky). The reflection 2X_t − X_{t−1} is the
 * paper's whatever the schedule (it does not rescale it by γ_t/γ_{t−1}).
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + ReflectedGradient.ID,
        SolverProperties.PROBLEM + "=" + VariationalInequality.FAMILY,
        SolverProperties.REFERENCE + "=Malitsky, SIAM J. Optim. 25 (2015); Hsieh, Iutzeler, Malick & Mertikopoulos, NeurIPS 2019",
        SolverProperties.DESCRIPTION + "=projected reflected gradient X <- P(X - eta F(2X - X_prev)), one operator call per iteration" })
public final class ReflectedGradient extends ViSolver<VariationalInequality> {

    public static final String ID = "games.reflected-gradient";

    public ReflectedGradient() {
        super(ID, VariationalInequality.class, 0.1, Set.of(Feature.MONOTONE, Feature.AVERAGE, Feature.STOCHASTIC));
    }

    @Override
    protected Step step(VariationalInequality problem, Settings settings, Operator op, double[] z0) {
        StepSchedule gamma = StepSchedule.of(settings);
        double[] base = z0.clone();
        double[] next = new double[z0.length];
        ErgodicAverage average = new ErgodicAverage(z0.length);
        return new Step() {
            @Override
            public void advance(long k, double[] z, double[] fz) {
                Vectors.step(base, gamma.at(k), fz, next); // X_{t+1} = P(X_t − γ_t V(X_{t+1/2}))
                op.project(next);
                for (int i = 0; i < z.length; i++) {
                    z[i] = 2 * next[i] - base[i]; // X_{t+3/2} = 2X_{t+1} − X_t
                }
                System.arraycopy(next, 0, base, 0, base.length);
                op.apply(z, fz);
                average.add(z);
            }

            @Override
            public double[] average() {
                return average.mean();
            }
        };
    }
}
