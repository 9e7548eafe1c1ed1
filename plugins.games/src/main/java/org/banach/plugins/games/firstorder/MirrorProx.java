package org.banach.plugins.games.firstorder;

import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.games.MatrixGame;
import org.osgi.service.component.annotations.Component;

/**
 * Entropic Mirror-Prox (Nemirovski, SIAM J. Optim. 15, 2004) for zero-sum matrix games: the
 * extragradient scheme with the entropy prox-function on Δ_m × Δ_n, i.e. multiplicative weights
 * x̂ ∝ x∘exp(η·A y), ŷ ∝ y∘exp(−η·Aᵀx), then x⁺ ∝ x∘exp(η·A ŷ), y⁺ ∝ y∘exp(−η·Aᵀx̂). With η ≤ 1/L,
 * L = max|a_ij| (the Lipschitz constant of F in the ℓ1 norms; the default step), the duality gap of the
 * average of the extrapolated points ẑ is at most (ln m + ln n)/(η·k) after k iterations — the
 * guarantee is for the average; with {@code output=best} (the default) the last iterate is returned when
 * its gap is smaller (on games with a unique interior equilibrium, such as rock–paper–scissors, it
 * converges linearly). The start must be fully mixed. The whole iteration runs on the Backend
 * ({@link EntropicIterate}): A·y and Aᵀ·x as gemv, the multiplicative-weights step in the log domain
 * (logits + η·gain, minus their log-sum-exp, exp); per iteration only O(1) scalars reach the host.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + MirrorProx.ID,
        SolverProperties.PROBLEM + "=" + MatrixGame.FAMILY,
        SolverProperties.REFERENCE + "=Nemirovski, SIAM J. Optim. 15 (2004) 229-251",
        SolverProperties.DESCRIPTION + "=entropic Mirror-Prox (multiplicative-weights extragradient) for zero-sum matrix games" })
public final class MirrorProx extends MatrixGameSolver {

    public static final String ID = "games.mirror-prox";

    public MirrorProx() {
        super(ID, "best", true);
    }

    @Override
    protected double defaultStep(double[] a, int m, int n) {
        return 1.0 / SimplexSteps.maxAbs(a);
    }

    @Override
    protected GameIterate iterate(Settings settings, double eta, DeviceProducts products, MatrixGame game) {
        return new EntropicIterate(game.start(), game.rows(), game.cols(), products, eta);
    }
}
