package org.banach.plugins.games.dynamics;

import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;

import org.banach.plugins.games.problems.TwoPlayerGame;
import org.banach.api.games.StochasticVariationalInequality;

/**
 * {@code games/bilinear-game}: the two-player game with losses ℓ₁(x, y) = xᵀAy + (μ/2)‖x‖² for the
 * x-player and ℓ₂(x, y) = −xᵀAy + (μ/2)‖y‖² for the y-player, x, y ∈ Rⁿ unconstrained. Its
 * pseudo-gradient F(x, y) = (Ay + μx, −Aᵀx + μy) is linear with Jacobian [[μI, A], [−Aᵀ, μI]] (given in
 * closed form): skew for μ = 0 (the zero-sum bilinear game min_x max_y xᵀAy, monotone but not strongly),
 * μ-strongly monotone for μ &gt; 0. For nonsingular A (the identity, or a Gaussian matrix with i.i.d.
 * N(0, 1/n) entries, nonsingular with probability one) the unique equilibrium is 0. Start: all ones.
 *
 * <p>Stochastic oracle ({@link StochasticVariationalInequality}): V̂(z) = F(z) + U with additive
 * Gaussian noise of level σ ({@link GaussianNoise}: E‖U‖² = σ²), the setting of Hsieh et al. (NeurIPS
 * 2019); σ = 0 (the default) makes the sampled oracle exact. The operator F itself stays exact.
 */
final class BilinearGame extends TwoPlayerGame implements StochasticVariationalInequality {

    static final String ID = "games/bilinear-game";

    private final double[] a;
    private final double mu;
    private final double noise;

    BilinearGame(String name, int n, double[] a, double mu, double noise) {
        super(name, n);
        this.a = a.clone();
        this.mu = mu;
        this.noise = noise;
    }

    /** A = I (identity) or Gaussian from the seed; oracle noise level σ = {@code noise}. */
    static BilinearGame of(int n, long seed, boolean identity, double mu, double noise) {
        double[] a = new double[n * n];
        Random rng = new Random(seed);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i * n + j] = identity ? (i == j ? 1 : 0) : rng.nextGaussian() / Math.sqrt(n);
            }
        }
        String label = ID + "[n=" + n + (identity ? ",A=I" : ",seed=" + seed) + (mu == 0 ? "" : ",mu=" + mu)
                + (noise == 0 ? "" : ",noise=" + noise) + "]";
        return new BilinearGame(label, n, a, mu, noise);
    }

    /** A, row-major (a copy). */
    double[] matrix() {
        return a.clone();
    }

    @Override
    public double loss(int player, double[] z) {
        double xay = 0;
        double own = 0;
        for (int i = 0; i < n; i++) {
            double ay = 0;
            for (int j = 0; j < n; j++) {
                ay += a[i * n + j] * z[n + j];
            }
            xay += z[i] * ay;
            double w = z[player * n + i];
            own += w * w;
        }
        return (player == 0 ? xay : -xay) + 0.5 * mu * own;
    }

    @Override
    public void operator(double[] z, double[] out) {
        apply(z, out);
    }

    @Override
    public void sampledOperator(double[] z, SplittableRandom rng, double[] out) {
        apply(z, out);
        GaussianNoise.add(noise, rng, out);
    }

    @Override
    public double noiseLevel() {
        return noise;
    }

    /** out = [[μI, A], [−Aᵀ, μI]]·v (F is linear, so this is both F and its Jacobian). */
    private void apply(double[] v, double[] out) {
        for (int i = 0; i < n; i++) {
            double s = mu * v[i];
            for (int j = 0; j < n; j++) {
                s += a[i * n + j] * v[n + j];
            }
            out[i] = s;
        }
        for (int j = 0; j < n; j++) {
            double s = mu * v[n + j];
            for (int i = 0; i < n; i++) {
                s -= a[i * n + j] * v[i];
            }
            out[n + j] = s;
        }
    }

    @Override
    public void jacobianVector(double[] z, double[] v, double[] out) {
        apply(v, out);
    }

    @Override
    public void project(double[] z) {
    }

    @Override
    public double[] start() {
        double[] s = new double[2 * n];
        java.util.Arrays.fill(s, 1.0);
        return s;
    }

    @Override
    public Optional<double[]> knownSolution() {
        return Optional.of(new double[2 * n]);
    }
}
