package org.banach.plugins.games.firstorder;

import java.util.Set;

import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.games.VariationalInequality;
import org.osgi.service.component.annotations.Component;

/**
 * Korpelevich's extragradient method: z̄_k = P_Z(z_k − η F(z_k)), z_{k+1} = P_Z(z_k − η F(z̄_k)); two
 * operator calls per iteration. Converges for monotone L-Lipschitz F with η &lt; 1/L (the ergodic gap
 * falls like O(1/k)); on bilinear games the last iterate converges linearly. The ergodic average
 * ({@code output=average}) is the mean of the extrapolated points z̄_k. With {@code oracle=sampled}
 * both calls are independent samples of the problem's stochastic oracle and with
 * {@code stepSchedule=decreasing} both steps are γ_k = η/(k + b): the stochastic extra-gradient of
 * Juditsky, Nemirovski &amp; Tauvel (2011), the two-call baseline of Hsieh, Iutzeler, Malick &amp;
 * Mertikopoulos (NeurIPS 2019).
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + Extragradient.ID,
        SolverProperties.PROBLEM + "=" + VariationalInequality.FAMILY,
        SolverProperties.REFERENCE + "=Korpelevich, Ekonomika i Matematicheskie Metody 12 (1976)",
        SolverProperties.DESCRIPTION + "=extragradient: an extrapolation step, then the update with F at the extrapolated point" })
public final class Extragradient extends ViSolver<VariationalInequality> {

    public static final String ID = "games.extragradient";

    public Extragradient() {
        super(ID, VariationalInequality.class, 0.1, Set.of(Feature.MONOTONE, Feature.AVERAGE, Feature.STOCHASTIC));
    }

    @Override
    protected Step step(VariationalInequality problem, Settings settings, Operator op, double[] z0) {
        StepSchedule gamma = StepSchedule.of(settings);
        double[] mid = new double[z0.length];
        ErgodicAverage average = new ErgodicAverage(z0.length);
        return new Step() {
            @Override
            public void advance(long k, double[] z, double[] fz) {
                double g = gamma.at(k);
                Vectors.step(z, g, fz, mid);
                op.project(mid);
                op.apply(mid, fz);
                average.add(mid);
                Vectors.step(z, g, fz, z);
                op.project(z);
                op.apply(z, fz);
            }

            @Override
            public double[] average() {
                return average.mean();
            }
        };
    }
}
