package org.banach.plugins.games.dynamics;

import java.util.Optional;
import java.util.SplittableRandom;

import org.banach.api.games.StochasticVariationalInequality;

/**
 * {@code games/nonmonotone-vi}: the unconstrained VI on R² of F(x, y) = (x − x³ + y, −x + y − y³). Its
 * only zero (and solution) is 0: x = y(1 − y²) turns F₁ = 0 into y·[(1 − y²)(1 − y²(1 − y²)²) + 1] = 0
 * and the bracket is positive for every y. At 0 the Jacobian [[1, 1], [−1, 1]] has symmetric part I,
 * so 0 is a second-order sufficient solution in the sense of Hsieh et al. (NeurIPS 2019): F is strongly
 * monotone on the square |x|, |y| &lt; 1/√3 (symmetric Jacobian part diag(1 − 3x², 1 − 3y²)), but not
 * monotone globally (∂F₁/∂x = 1 − 3x² &lt; 0 for |x| &gt; 1/√3). Start: (r, r) for the parameter r.
 *
 * <p>Stochastic oracle ({@link StochasticVariationalInequality}): V̂(z) = F(z) + U with additive
 * Gaussian noise of level σ ({@link GaussianNoise}: E‖U‖² = σ²), the noisy setting in which Hsieh et
 * al. show E‖X_t − x*‖² = O(1/t) locally with steps γ/(t + b); σ = 0 (the default) makes the sampled
 * oracle exact. The operator F itself stays exact.
 */
final class NonmonotoneVi implements StochasticVariationalInequality {

    static final String ID = "games/nonmonotone-vi";

    private final double r;
    private final double noise;

    NonmonotoneVi(double r, double noise) {
        this.r = r;
        this.noise = noise;
    }

    @Override
    public String name() {
        return ID + "[r=" + r + (noise == 0 ? "" : ",noise=" + noise) + "]";
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public void operator(double[] z, double[] out) {
        double x = z[0];
        double y = z[1];
        out[0] = x - x * x * x + y;
        out[1] = -x + y - y * y * y;
    }

    @Override
    public void sampledOperator(double[] z, SplittableRandom rng, double[] out) {
        operator(z, out);
        GaussianNoise.add(noise, rng, out);
    }

    @Override
    public double noiseLevel() {
        return noise;
    }

    @Override
    public void project(double[] z) {
    }

    @Override
    public double[] start() {
        return new double[] {r, r};
    }

    @Override
    public Optional<double[]> knownSolution() {
        return Optional.of(new double[2]);
    }
}
