package org.banach.plugins.games.firstorder;

import java.util.Set;

import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.games.VariationalInequality;
import org.osgi.service.component.annotations.Component;

/**
 * Popov's past extra-gradient method (PEG) as written by Hsieh, Iutzeler, Malick &amp; Mertikopoulos,
 * "On the convergence of single-call stochastic extra-gradient methods" (NeurIPS 2019):
 * X_{t+1/2} = P(X_t − γ_t V̂(X_{t−1/2})), X_{t+1} = P(X_t − γ_t V̂(X_{t+1/2})), with X_{−1/2} = X_0, the
 * step γ_t constant (η) or η/(t + b) ({@code stepSchedule}, {@link StepSchedule}) and V̂ the exact F or
 * the problem's stochastic oracle ({@code oracle=sampled}, {@link ViSolver}). The extrapolation reuses the operator value of
 * the previous half-step, so each iteration makes ONE oracle call, at X_{t+1/2}, where extragradient
 * makes two. The reported iterates z_k are the half-steps X_{k−1/2} (z_0 = X_0), the points where F is
 * known, so the natural residual costs no extra call; the base points X_t are kept internally. Without
 * constraints the iterates coincide with {@link OptimisticGda}'s. Converges for monotone L-Lipschitz F
 * with η &lt; 1/(2L) (the paper's deterministic analysis); the ergodic average of the half-steps
 * ({@code output=average}) has a restricted gap of O(1/t) (Hsieh et al., deterministic case) and, for an
 * affine F without constraints, residual ‖F(z̄_t)‖ = ‖X_0 − X_t‖/(ηt) exactly. With sampled oracles
 * and γ_t = η/(t + b), E‖X_t − x*‖² = O(1/t) near a second-order sufficient (locally strongly
 * monotone) solution (the paper's local last-iterate result, with high probability from a nearby start).
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + PastExtragradient.ID,
        SolverProperties.PROBLEM + "=" + VariationalInequality.FAMILY,
        SolverProperties.REFERENCE + "=Popov, Math. Notes 28 (1980); Hsieh, Iutzeler, Malick & Mertikopoulos, NeurIPS 2019",
        SolverProperties.DESCRIPTION + "=past extra-gradient: extrapolate with the previous operator value, one operator call per iteration" })
public final class PastExtragradient extends ViSolver<VariationalInequality> {

    public static final String ID = "games.past-extragradient";

    public PastExtragradient() {
        super(ID, VariationalInequality.class, 0.1, Set.of(Feature.MONOTONE, Feature.AVERAGE, Feature.STOCHASTIC));
    }

    @Override
    protected Step step(VariationalInequality problem, Settings settings, Operator op, double[] z0) {
        StepSchedule gamma = StepSchedule.of(settings);
        double[] base = z0.clone();
        ErgodicAverage average = new ErgodicAverage(z0.length);
        return new Step() {
            @Override
            public void advance(long k, double[] z, double[] fz) {
                if (k > 0) { // X_{t+1} = P(X_t − γ V(X_{t+1/2})); at k = 0 the base stays X_0
                    Vectors.step(base, gamma.at(k - 1), fz, base);
                    op.project(base);
                }
                Vectors.step(base, gamma.at(k), fz, z); // X_{t+3/2} = P(X_{t+1} − γ V(X_{t+1/2}))
                op.project(z);
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
