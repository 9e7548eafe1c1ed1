package org.banach.plugins.games.firstorder;

import java.util.Set;

import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.games.VariationalInequality;
import org.osgi.service.component.annotations.Component;

/**
 * Simultaneous projected gradient descent–ascent, z_{k+1} = P_Z(z_k − η F(z_k)): one operator call per
 * iteration. Converges for strongly monotone (or cocoercive) F with a small step, but spirals out on
 * bilinear games (F skew, e.g. min_x max_y x·y: ‖z_{k+1}‖ = √(1+η²)·‖z_k‖). The variational inequality
 * has no player blocks, so alternating updates are offered only for matrix games
 * ({@code games.simplex-gda} with {@code alternating=true}).
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + Gda.ID,
        SolverProperties.PROBLEM + "=" + VariationalInequality.FAMILY,
        SolverProperties.REFERENCE + "=Arrow, Hurwicz & Uzawa, Studies in Linear and Non-linear Programming (1958)",
        SolverProperties.DESCRIPTION + "=simultaneous projected gradient descent-ascent z <- P(z - eta F(z))" })
public final class Gda extends ViSolver<VariationalInequality> {

    public static final String ID = "games.gda";

    public Gda() {
        super(ID, VariationalInequality.class, 0.1, Set.of(Feature.MONOTONE));
    }

    @Override
    protected Step step(VariationalInequality problem, Settings settings, Operator op, double[] z0) {
        double eta = settings.real("step");
        return (k, z, fz) -> {
            Vectors.step(z, eta, fz, z);
            op.project(z);
            op.apply(z, fz);
        };
    }
}
