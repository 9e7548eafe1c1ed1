package org.banach.plugins.games.smallgain;

import java.util.Optional;
import java.util.SplittableRandom;

import org.banach.api.games.DifferentiableGame;

/**
 * An entropy-regularised zero-sum matrix game in logit coordinates: min_x max_y xᵀAy + τΣᵢxᵢlog xᵢ −
 * τΣⱼyⱼlog yⱼ over the simplices, with x = softmax(θ, 0) and y = softmax(φ, 0) (the last logit fixed at 0,
 * so the m − 1 and n − 1 free logits are unconstrained and the parametrisation is one-to-one). Player 1
 * minimises ℓ₁ = xᵀAy + τΣx log x over θ, player 2 minimises ℓ₂ = −xᵀAy + τΣy log y over φ; by the chain
 * rule F₁ⱼ = xⱼ(gⱼ − xᵀg) with g = Ay + τ log x, and F₂ⱼ = yⱼ(hⱼ − yᵀh) with h = −Aᵀx + τ log y.
 * A is a uniform [−1, 1) matrix from the seed, double-centred (every row and column sums to 0): then
 * Ay = 0 at the uniform y and Aᵀx = 0 at the uniform x, so the unique regularised equilibrium (the
 * game is τ-strongly convex–concave in (x, y)) is uniform play, logits 0 ({@link #knownSolution}).
 * The start is uniform in [−s, s) per logit from the seed (s = {@code spread}). The Jacobian is the interface's central
 * difference. The cross couplings are skew (zero-sum), which the small-gain bound (norms only) does not
 * exploit: it certifies when τ dominates the payoff couplings (the paper's mirror/Fisher geometries are
 * not implemented).
 */
public final class EntropicMatrixGame implements DifferentiableGame {

    public static final String ID = "games/entropic-matrix-game";

    private final String name;
    private final int m;
    private final int n;
    private final double tau;
    private final double[] a;
    private final double[] start;

    public EntropicMatrixGame(int m, int n, double tau, double spread, long seed) {
        if (m < 2 || n < 2 || !(tau > 0)) {
            throw new IllegalArgumentException("need at least 2 strategies per player and tau > 0");
        }
        this.name = ID + "[rows=" + m + ",cols=" + n + ",tau=" + tau + ",spread=" + spread + ",seed=" + seed + "]";
        this.m = m;
        this.n = n;
        this.tau = tau;
        SplittableRandom rng = new SplittableRandom(seed);
        double[] b = new double[m * n];
        for (int i = 0; i < m * n; i++) {
            b[i] = 2 * rng.nextDouble() - 1;
        }
        this.a = doubleCentred(b, m, n);
        this.start = new double[m + n - 2];
        for (int i = 0; i < start.length; i++) {
            start[i] = spread * (2 * rng.nextDouble() - 1);
        }
    }

    private static double[] doubleCentred(double[] b, int m, int n) {
        double[] row = new double[m];
        double[] col = new double[n];
        double all = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                row[i] += b[i * n + j] / n;
                col[j] += b[i * n + j] / m;
                all += b[i * n + j] / (m * n);
            }
        }
        double[] out = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                out[i * n + j] = b[i * n + j] - row[i] - col[j] + all;
            }
        }
        return out;
    }

    /** softmax of (z[off..off+k−1), 0). */
    private static double[] softmax(double[] z, int off, int k) {
        double max = 0;
        for (int i = 0; i < k - 1; i++) {
            max = Math.max(max, z[off + i]);
        }
        double[] p = new double[k];
        double s = 0;
        for (int i = 0; i < k; i++) {
            p[i] = Math.exp((i < k - 1 ? z[off + i] : 0) - max);
            s += p[i];
        }
        for (int i = 0; i < k; i++) {
            p[i] /= s;
        }
        return p;
    }

    /** The mixed strategies (x, y) of a logit point. */
    public double[][] strategies(double[] z) {
        return new double[][] {softmax(z, 0, m), softmax(z, m - 1, n)};
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int players() {
        return 2;
    }

    @Override
    public int blockSize(int player) {
        return player == 0 ? m - 1 : n - 1;
    }

    @Override
    public double loss(int player, double[] z) {
        double[] x = softmax(z, 0, m);
        double[] y = softmax(z, m - 1, n);
        double payoff = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                payoff += x[i] * a[i * n + j] * y[j];
            }
        }
        double[] own = player == 0 ? x : y;
        double entropy = 0;
        for (double p : own) {
            entropy += p > 0 ? p * Math.log(p) : 0;
        }
        return (player == 0 ? payoff : -payoff) + tau * entropy;
    }

    @Override
    public void operator(double[] z, double[] out) {
        double[] x = softmax(z, 0, m);
        double[] y = softmax(z, m - 1, n);
        double[] g = new double[m];
        double[] h = new double[n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                g[i] += a[i * n + j] * y[j];
                h[j] -= a[i * n + j] * x[i];
            }
        }
        reducedGradient(x, g, out, 0);
        reducedGradient(y, h, out, m - 1);
    }

    /** out[off + j] = pⱼ(gⱼ + τ log pⱼ − Σₖ pₖ(gₖ + τ log pₖ)) for the free logits j. */
    private void reducedGradient(double[] p, double[] g, double[] out, int off) {
        double mean = 0;
        for (int k = 0; k < p.length; k++) {
            g[k] += tau * Math.log(Math.max(p[k], Double.MIN_NORMAL));
            mean += p[k] * g[k];
        }
        for (int j = 0; j < p.length - 1; j++) {
            out[off + j] = p[j] * (g[j] - mean);
        }
    }

    @Override
    public double[] start() {
        return start.clone();
    }

    /** Uniform play: all logits 0. */
    @Override
    public Optional<double[]> knownSolution() {
        return Optional.of(new double[m + n - 2]);
    }
}
