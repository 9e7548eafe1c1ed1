package org.banach.plugins.games.firstorder;

import org.banach.api.ParameterSpec;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.games.MatrixGame;
import org.osgi.service.component.annotations.Component;

/**
 * Projected gradient descent–ascent for zero-sum matrix games: simultaneous
 * (x⁺ = Π(x + η·A y), y⁺ = Π(y − η·Aᵀx)) or, with {@code alternating=true}, alternating
 * (x⁺ = Π(x + η·A y), then y⁺ = Π(y − η·Aᵀx⁺)); Π the Euclidean simplex projection (Duchi et al.
 * 2008). One operator evaluation (two mat-vecs on the Backend) per iteration either way. The last
 * iterate cycles or spirals (simultaneous GDA moves away from an interior equilibrium); with a
 * decreasing effective step the average approaches it, so {@code output} defaults to {@code average}
 * (the average of the iterates z_1 … z_k).
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + SimplexGda.ID,
        SolverProperties.PROBLEM + "=" + MatrixGame.FAMILY,
        SolverProperties.REFERENCE + "=Arrow, Hurwicz & Uzawa (1958); Duchi et al., ICML 2008 (projection)",
        SolverProperties.DESCRIPTION + "=simultaneous or alternating projected GDA for zero-sum matrix games" })
public final class SimplexGda extends MatrixGameSolver {

    public static final String ID = "games.simplex-gda";

    public SimplexGda() {
        super(ID, "average", false, ParameterSpec.bool("alternating", false,
                "update the column player after the row player, against the row player's new strategy"));
    }

    @Override
    protected double defaultStep(double[] a, int m, int n) {
        return 0.1 / SimplexSteps.frobenius(a);
    }

    @Override
    protected Step step(Settings settings, double eta, DeviceProducts products, int m, int n) {
        SimplexSteps.Prox prox = SimplexSteps.euclidean(m, n);
        if (!settings.bool("alternating")) {
            return (k, z, gx, gy, average) -> {
                prox.step(z, gx, gy, eta, z);
                products.both(z, gx, gy);
                average.add(z, gx, gy);
            };
        }
        double[] scratch = new double[Math.max(m, n)];
        return (k, z, gx, gy, average) -> {
            SimplexSteps.ascend(z, gx, eta, 0, m, z);
            Simplex.project(z, 0, m, scratch);
            products.atx(z, gy);
            SimplexSteps.ascend(z, gy, -eta, m, n, z);
            Simplex.project(z, m, n, scratch);
            products.ay(z, gx);
            products.countOperator();
            average.add(z, gx, gy);
        };
    }
}
