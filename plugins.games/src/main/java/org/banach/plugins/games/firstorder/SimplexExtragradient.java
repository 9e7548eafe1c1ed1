package org.banach.plugins.games.firstorder;

import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.games.MatrixGame;
import org.osgi.service.component.annotations.Component;

/**
 * Korpelevich's extragradient for zero-sum matrix games with Euclidean projections onto the simplices
 * (Duchi et al. 2008): x̂ = Π(x + η·A y), ŷ = Π(y − η·Aᵀx), x⁺ = Π(x + η·A ŷ), y⁺ = Π(y − η·Aᵀx̂).
 * F is ‖A‖₂-Lipschitz; the default step 0.9/‖A‖_F is below 1/‖A‖₂. The gap of the average of the ẑ
 * falls like O(1/k); {@code output=best} (default) returns the last iterate when its gap is smaller.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + SimplexExtragradient.ID,
        SolverProperties.PROBLEM + "=" + MatrixGame.FAMILY,
        SolverProperties.REFERENCE + "=Korpelevich, Ekonomika i Matematicheskie Metody 12 (1976); Duchi et al., ICML 2008 (projection)",
        SolverProperties.DESCRIPTION + "=extragradient with Euclidean simplex projections for zero-sum matrix games" })
public final class SimplexExtragradient extends MatrixGameSolver {

    public static final String ID = "games.simplex-extragradient";

    public SimplexExtragradient() {
        super(ID, "best", false);
    }

    @Override
    protected double defaultStep(double[] a, int m, int n) {
        return 0.9 / SimplexSteps.frobenius(a);
    }

    @Override
    protected Step step(Settings settings, double eta, DeviceProducts products, int m, int n) {
        return SimplexSteps.extragradient(SimplexSteps.euclidean(m, n), products, eta, m, n);
    }
}
