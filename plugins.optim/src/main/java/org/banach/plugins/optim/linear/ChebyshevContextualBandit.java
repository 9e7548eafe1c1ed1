package org.banach.plugins.optim.linear;

import java.util.SplittableRandom;

/**
 * ChebCB, the contextual bandit of Khodak, Chow, Balcan &amp; Talwalkar, <i>Learning to Relax</i>
 * (ICLR 2024, contextual section: the instance-optimal policy for shifts A + c·I): SquareCB (Foster &amp;
 * Rakhlin, ICML 2020) over the K-point ω grid, whose regression oracle models the cost of each arm as a
 * Chebyshev series in the scalar context. Per round: the context c (its range [lo, hi] over the sequence
 * is read up front; the method assumes known bounds on the context) is mapped to x = 2(c − lo)/(hi − lo) − 1;
 * each arm i predicts a cost ŷ_i(x) = ȳ + θ_i·(T_0(x), …, T_m(x)) (m = {@code degree}); with i* = argmin ŷ,
 * arm i ≠ i* is drawn with the inverse-gap-weighted probability 1/(K + γ_t(ŷ_i − ŷ_i*)) and i* takes the
 * rest; after the solve the chosen arm's θ is refitted by least squares to all its (context, cost) pairs.
 * <p>
 * Fixed by the method: inverse gap weighting, a Chebyshev-polynomial regression class of bounded degree
 * on the context rescaled to [−1, 1], a (regularised) least-squares oracle per arm, γ growing with t
 * (SquareCB's theory takes γ ∝ √(KT / Reg_sq)). Chosen here, and tested rather than derived:
 * <ul>
 * <li>the cost is log(iterations), not iterations/bound: per context it has the same minimiser, so the
 * instance-optimal policy is unchanged, and a log-ratio gap is scale-free, so no bound on the iteration
 * count enters (near ω = 2 one SOR solve costs ~50 times the optimum and would swamp a linear scale);</li>
 * <li>the oracle is ridge regression around the running mean cost ȳ of all solves, with weight
 * λ·(1 + j)² on coefficient j (λ = {@code ridge}, in units of observations): an arm seen at few contexts
 * is extrapolated as a near-constant, close to the average, rather than by a wild polynomial. (A public
 * MATLAB ChebCB uses minimum-norm least squares clipped to a box |θ_j| ≲ 1/j instead, and predicts
 * the cheapest cost for untried arms, which forces every arm, ω = 1.99 included, to be tried.)</li>
 * <li>γ_t = γ_0·√(K·t), γ_0 = {@code exploration}, instead of a γ set from running estimates of the
 * oracle's square loss.</li>
 * </ul>
 * Ties go to the lowest ω. Degree 3, λ = 0.1, γ_0 = 30 are the defaults of {@link LearnedSorContextual}.
 */
final class ChebyshevContextualBandit implements SequenceSorSolver.Policy {

    private final int arms;
    private final int terms;
    private final double lo;
    private final double width;
    private final double ridge;
    private final double exploration;
    private final SplittableRandom rng;
    private final double[][][] gram;
    private final double[][] moment;
    private double logCostSum;
    private int rounds;
    private double[] features;

    ChebyshevContextualBandit(int arms, int degree, double lo, double hi, double ridge, double exploration,
            SplittableRandom rng) {
        this.arms = arms;
        this.terms = degree + 1;
        this.lo = Double.isFinite(lo) ? lo : 0;
        this.width = Double.isFinite(hi) && hi > lo ? hi - lo : 0;
        this.ridge = ridge;
        this.exploration = exploration;
        this.rng = rng;
        gram = new double[arms][terms][terms];
        moment = new double[arms][terms];
    }

    /** T_0(x), …, T_m(x) by the three-term recurrence. */
    static double[] chebyshev(double x, int terms) {
        double[] t = new double[terms];
        t[0] = 1;
        if (terms > 1) {
            t[1] = x;
        }
        for (int j = 2; j < terms; j++) {
            t[j] = 2 * x * t[j - 1] - t[j - 2];
        }
        return t;
    }

    /** The context rescaled to [−1, 1] (clamped; 0 without a context or a range). */
    double rescale(double[] context) {
        if (context.length == 0 || !Double.isFinite(context[0]) || width == 0) {
            return 0;
        }
        return Math.max(-1, Math.min(1, 2 * (context[0] - lo) / width - 1));
    }

    /**
     * The oracle's predicted log iteration counts of every arm at rescaled context x: the mean ȳ over all
     * solves so far plus the arm's ridge fit to its own costs minus ȳ (so an arm little tried is pulled
     * towards the average, not towards zero).
     */
    double[] predict(double x) {
        double mean = rounds > 0 ? logCostSum / rounds : 0;
        double[] phi = chebyshev(x, terms);
        double[] y = new double[arms];
        double[] centred = new double[terms];
        for (int i = 0; i < arms; i++) {
            for (int j = 0; j < terms; j++) {
                centred[j] = moment[i][j] - mean * gram[i][j][0];
            }
            double[] theta = ridgeSolve(gram[i], centred, ridge);
            y[i] = mean;
            for (int j = 0; j < terms; j++) {
                y[i] += theta[j] * phi[j];
            }
        }
        return y;
    }

    @Override
    public int choose(int t, double[] context) {
        double x = rescale(context);
        features = chebyshev(x, terms);
        double[] y = predict(x);
        int best = 0;
        for (int i = 1; i < arms; i++) {
            if (y[i] < y[best]) {
                best = i;
            }
        }
        double gamma = exploration * Math.sqrt((double) arms * (rounds + 1));
        double u = rng.nextDouble();
        double cumulative = 0;
        for (int i = 0; i < arms; i++) {
            if (i != best) {
                cumulative += 1 / (arms + gamma * (y[i] - y[best]));
                if (u < cumulative) {
                    return i;
                }
            }
        }
        return best;
    }

    @Override
    public void update(int arm, long iterations) {
        rounds++;
        double y = Math.log(Math.max(1, iterations));
        logCostSum += y;
        for (int j = 0; j < terms; j++) {
            moment[arm][j] += features[j] * y;
            for (int k = 0; k < terms; k++) {
                gram[arm][j][k] += features[j] * features[k];
            }
        }
    }

    /** (G + Λ)⁻¹ m, Λ = diag(λ(1 + j)²), by Cholesky; G + Λ is positive definite for λ &gt; 0. */
    static double[] ridgeSolve(double[][] g, double[] m, double lambda) {
        int n = m.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = g[i][j] + (i == j ? lambda * (1 + i) * (1 + i) : 0);
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = i == j ? Math.sqrt(s) : s / l[j][j];
            }
        }
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double s = m[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * z[k];
            }
            z[i] = s / l[i][i];
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = z[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k][i] * z[k];
            }
            z[i] = s / l[i][i];
        }
        return z;
    }
}
