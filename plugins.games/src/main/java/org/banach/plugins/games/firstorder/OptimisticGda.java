package org.banach.plugins.games.firstorder;

import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.games.VariationalInequality;
import org.osgi.service.component.annotations.Component;

/**
 * Optimistic gradient descent–ascent (Popov's past-extragradient in its one-sequence form):
 * z_{k+1} = P_Z(z_k − 2η F(z_k) + η F(z_{k−1})), with F(z_{−1}) = F(z_0) so the first step is a plain
 * projected step; one operator call per iteration. Converges for monotone L-Lipschitz F with
 * η &lt; 1/(2L); on bilinear games the last iterate converges linearly where GDA spirals out.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + OptimisticGda.ID,
        SolverProperties.PROBLEM + "=" + VariationalInequality.FAMILY,
        SolverProperties.REFERENCE + "=Popov, Math. Notes 28 (1980); Daskalakis, Ilyas, Syrgkanis & Zeng, ICLR 2018",
        SolverProperties.DESCRIPTION + "=optimistic GDA z <- P(z - 2 eta F(z) + eta F(z_prev)), one operator call per iteration" })
public final class OptimisticGda extends ViSolver {

    public static final String ID = "games.optimistic-gda";

    public OptimisticGda() {
        super(ID, 0.1);
    }

    @Override
    protected Step step(VariationalInequality problem, Settings settings, Operator op, double[] z0) {
        double eta = settings.real("step");
        double[] previous = new double[z0.length];
        return (k, z, fz) -> {
            if (k == 0) {
                System.arraycopy(fz, 0, previous, 0, fz.length);
            }
            for (int i = 0; i < z.length; i++) {
                z[i] = z[i] - 2 * eta * fz[i] + eta * previous[i];
            }
            System.arraycopy(fz, 0, previous, 0, fz.length);
            op.project(z);
            op.apply(z, fz);
        };
    }
}
