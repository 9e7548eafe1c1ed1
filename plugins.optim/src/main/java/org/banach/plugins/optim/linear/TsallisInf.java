package org.banach.plugins.optim.linear;

import java.util.SplittableRandom;

/**
 * The Tsallis-INF bandit of Zimmert &amp; Seldin, <i>Tsallis-INF: An Optimal Algorithm for Stochastic
 * and Adversarial Bandits</i>, JMLR 22 (2021), Algorithm 1 with the ½-Tsallis entropy: follow the
 * regularised leader on importance-weighted cumulative loss estimates L̂, playing
 * w_i = 4(η_t(L̂_i − x))⁻² with the normaliser x &lt; min L̂ found by Newton's method so that Σw_i = 1, and
 * learning rate η_t = η₀/√t and the importance-weighted estimator ℓ̂_i = 1[I_t = i]·ℓ/w_i; it has
 * O(√(KT)) adversarial and O(Σ_i log T/Δ_i) stochastic regret. (Their reduced-variance estimator, with
 * baseline ½, is not used: iteration-count losses are all far below ½, where it inflates variance.) This is the
 * bandit that Khodak et al. (ICLR 2024, "Learning to Relax") run over a grid of SOR parameters with
 * the normalised iteration count as loss. Losses must lie in [0, 1]. Not thread-safe.
 */
final class TsallisInf {

    private final double[] cumulative;
    private final double[] weights;
    private final double eta0;
    private final SplittableRandom rng;
    private long t;

    TsallisInf(int arms, double eta0, SplittableRandom rng) {
        this.cumulative = new double[arms];
        this.weights = new double[arms];
        this.eta0 = eta0;
        this.rng = rng;
    }

    /** Computes this round's distribution and draws an arm from it. */
    int choose() {
        t++;
        distribution(eta0 / Math.sqrt(t));
        double u = rng.nextDouble();
        double acc = 0;
        for (int i = 0; i < weights.length; i++) {
            acc += weights[i];
            if (u < acc) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Feeds back the loss ℓ ∈ [0, 1] of the arm drawn by the last {@link #choose()}. */
    void update(int arm, double loss) {
        cumulative[arm] += loss / weights[arm];
    }

    /** The current probabilities (a copy). */
    double[] probabilities() {
        return weights.clone();
    }

    /** w_i = 4/(η(L̂_i − x))² with Σw = 1: Newton on the convex increasing Σw(x) from the right of the root. */
    private void distribution(double eta) {
        double min = Double.POSITIVE_INFINITY;
        for (double l : cumulative) {
            min = Math.min(min, l);
        }
        double x = min - 2 / eta; // the best arm alone has weight 1 here, so Σw(x) ≥ 1
        for (int iter = 0; iter < 100; iter++) {
            double sum = 0;
            double slope = 0;
            for (int i = 0; i < cumulative.length; i++) {
                double w = 4 / sq(eta * (cumulative[i] - x));
                weights[i] = w;
                sum += w;
                slope += eta * Math.pow(w, 1.5);
            }
            if (Math.abs(sum - 1) < 1e-12) {
                break;
            }
            x -= (sum - 1) / slope;
        }
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= sum;
        }
    }

    private static double sq(double v) {
        return v * v;
    }
}
