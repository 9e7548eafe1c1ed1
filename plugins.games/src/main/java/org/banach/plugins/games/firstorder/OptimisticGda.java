package org.banach.plugins.games.firstorder;

import java.util.Set;

import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.games.VariationalInequality;
import org.osgi.service.component.annotations.Component;

/**
 * Optimistic gradient descent–ascent (Popov's past-extragradient in its one-sequence form):
 * z_{k+1} = P_Z(z_k − 2η F(z_k) + η F(z_{k−1})), with F(z_{−1}) = F(z_0) so the first step is a plain
 * projected step; one operator call per iteration. Converges for monotone L-Lipschitz F with
 * η &lt; 1/(2L); on bilinear games the last iterate converges linearly where GDA spirals out. This is
 * the optimistic gradient (OG) method of Hsieh, Iutzeler, Malick &amp; Mertikopoulos (NeurIPS 2019,
 * "On the convergence of single-call stochastic extra-gradient methods"), X_{t+1/2} =
 * P(X_t − γ V(X_{t−1/2})), X_{t+1} = X_{t+1/2} + γ V(X_{t−1/2}) − γ V(X_{t+1/2}) with a constant step
 * γ = η, whose half-steps obey exactly the recursion above: the iterates z_k are its X_{k−1/2}, the
 * points where the single oracle call of each iteration is made. Without constraints it
 * coincides with {@link PastExtragradient} (same iterates) and, but for the first step, with
 * {@link ReflectedGradient}. The ergodic average ({@code output=average}) is the mean of z_1 … z_k.
 *
 * <p>With a varying step (OG with γ_t, {@code stepSchedule=decreasing}: γ_k = η/(k + b)) the same
 * elimination gives z_{k+1} = P_Z(z_k − (γ_{k−1} + γ_k) V̂(z_k) + γ_{k−1} V̂(z_{k−1})); V̂ is the exact F
 * or the problem's stochastic oracle ({@code oracle=sampled}, {@link ViSolver}), one sample per
 * iteration reused in the next.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + OptimisticGda.ID,
        SolverProperties.PROBLEM + "=" + VariationalInequality.FAMILY,
        SolverProperties.REFERENCE + "=Popov, Math. Notes 28 (1980); Daskalakis, Ilyas, Syrgkanis & Zeng, ICLR 2018",
        SolverProperties.DESCRIPTION + "=optimistic GDA z <- P(z - 2 eta F(z) + eta F(z_prev)), one operator call per iteration" })
public final class OptimisticGda extends ViSolver<VariationalInequality> {

    public static final String ID = "games.optimistic-gda";

    public OptimisticGda() {
        super(ID, VariationalInequality.class, 0.1, Set.of(Feature.MONOTONE, Feature.AVERAGE, Feature.STOCHASTIC));
    }

    @Override
    protected Step step(VariationalInequality problem, Settings settings, Operator op, double[] z0) {
        StepSchedule gamma = StepSchedule.of(settings);
        double[] previous = new double[z0.length];
        ErgodicAverage average = new ErgodicAverage(z0.length);
        return new Step() {
            @Override
            public void advance(long k, double[] z, double[] fz) {
                if (k == 0) {
                    System.arraycopy(fz, 0, previous, 0, fz.length);
                }
                double before = gamma.at(k - 1); // γ_{k−1}; at k = 0 it cancels (previous = F(z_0))
                double both = before + gamma.at(k); // 2η exactly with a constant step
                for (int i = 0; i < z.length; i++) {
                    z[i] = z[i] - both * fz[i] + before * previous[i];
                }
                System.arraycopy(fz, 0, previous, 0, fz.length);
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
