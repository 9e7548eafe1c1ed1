package org.banach.plugins.games.smallgain;

import java.util.ArrayList;
import java.util.List;

import org.banach.api.games.DifferentiableGame;
import org.banach.api.optim.FixedPointMap;

/**
 * The small-gain figures of a {@link DifferentiableGame} on a sampled region (Small-Gain Nash, Sharma
 * 2025, the estimation step of the certification pipeline). At every sample point z the dense Jacobian
 * J(z) is assembled column by column from {@link DifferentiableGame#jacobianVector} (d products), and
 * <ul>
 * <li>own-block curvature μᵢ = min over the samples of λ_min(sym J_ii(z)) (strong monotonicity of player
 * i's own gradient in its own block);</li>
 * <li>cross coupling Lᵢⱼ = max over the samples of ‖J_ij(z)‖₂ (i ≠ j);</li>
 * <li>for block weights w (metric ‖z‖²_w = Σᵢ wᵢ‖zᵢ‖²) the small-gain matrix M(w), Mᵢᵢ = μᵢ,
 * Mᵢⱼ = −(wᵢLᵢⱼ + wⱼLⱼᵢ)/(2√(wᵢwⱼ)), and the SGN margin α(w) = λ_min(M(w)): then
 * ⟨J δ, δ⟩_w ≥ α(w)‖δ‖²_w for every δ, i.e. F is α-strongly monotone in the w-metric wherever the
 * bounds hold;</li>
 * <li>the weighted Lipschitz constant L_w = max over the samples of ‖W^½ J(z) W^−½‖₂;</li>
 * <li>for comparison, Euclidean monotonicity: min over the samples of λ_min(sym J(z)) (Rosen's condition
 * asks it to be positive).</li>
 * </ul>
 * The region is a sample, not an interval enclosure: for games with a constant Jacobian (quadratic
 * games) the figures are exact, otherwise they are estimates on the sampled points.
 */
final class SmallGainBounds {

    private final DifferentiableGame game;
    private final int players;
    private final List<double[]> jacobians = new ArrayList<>();
    private final double[] mu;
    private final double[][] coupling;
    private double euclidean = Double.POSITIVE_INFINITY;

    /** Assembles J at every point (d Jacobian-vector products each) and the block figures. */
    SmallGainBounds(DifferentiableGame game, List<double[]> points) {
        this.game = game;
        this.players = game.players();
        this.mu = new double[players];
        this.coupling = new double[players][players];
        java.util.Arrays.fill(mu, Double.POSITIVE_INFINITY);
        for (double[] z : points) {
            double[] j = game.jacobian(z);
            jacobians.add(j);
            euclidean = Math.min(euclidean, lambdaMin(symmetricPart(j, game.dimension())));
            for (int p = 0; p < players; p++) {
                mu[p] = Math.min(mu[p], lambdaMin(symmetricBlock(j, p)));
                for (int q = 0; q < players; q++) {
                    if (q != p) {
                        coupling[p][q] = Math.max(coupling[p][q], blockNorm(j, p, q));
                    }
                }
            }
        }
    }

    /** Number of Jacobian-vector products spent. */
    long products() {
        return (long) jacobians.size() * game.dimension();
    }

    /** Euclidean monotonicity: the minimum over the samples of λ_min(sym J(z)) (negative: F is not monotone in ‖·‖₂). */
    double euclideanMonotonicity() {
        return euclidean;
    }

    double mu(int player) {
        return mu[player];
    }

    double coupling(int player, int other) {
        return coupling[player][other];
    }

    /** The SGN margin α(w) = λ_min(M(w)). */
    double margin(double[] w) {
        double[] m = new double[players * players];
        for (int p = 0; p < players; p++) {
            m[p * players + p] = mu[p];
            for (int q = 0; q < players; q++) {
                if (q != p) {
                    m[p * players + q] = -(w[p] * coupling[p][q] + w[q] * coupling[q][p]) / (2 * Math.sqrt(w[p] * w[q]));
                }
            }
        }
        return lambdaMin(m);
    }

    /**
     * Weights maximising the margin, w₁ = 1. Two players: α(w) = (μ₁+μ₂)/2 − √(((μ₁−μ₂)/2)² + c(r)²) with
     * c(r) = (L₁₂/√r + L₂₁√r)/2, r = w₂/w₁, minimised at r = L₁₂/L₂₁ (c = √(L₁₂L₂₁)); r is kept in
     * [1e-8, 1e8] when a coupling vanishes. More players: a pattern search on log wᵢ (i ≥ 2) that
     * halves its step after a sweep without improvement, to a step of 1e-6.
     */
    double[] bestWeights() {
        double[] w = new double[players];
        java.util.Arrays.fill(w, 1.0);
        if (players == 2) {
            double l12 = coupling[0][1];
            double l21 = coupling[1][0];
            w[1] = l12 == 0 && l21 == 0 ? 1.0 : Math.max(1e-8, Math.min(1e8, l12 / l21));
            return w;
        }
        double best = margin(w);
        for (double sigma = 1.0; sigma > 1e-6;) {
            boolean improved = false;
            for (int p = 1; p < players; p++) {
                for (int sign = -1; sign <= 1; sign += 2) {
                    double old = w[p];
                    w[p] = old * Math.exp(sign * sigma);
                    double a = margin(w);
                    if (a > best) {
                        best = a;
                        improved = true;
                    } else {
                        w[p] = old;
                    }
                }
            }
            if (!improved) {
                sigma /= 2;
            }
        }
        return w;
    }

    /**
     * The certified timescale band of a two-player game: the weight ratios r = w₂/w₁ with α(w) &gt; 0,
     * i.e. (L₁₂/√r + L₂₁√r)² &lt; 4μ₁μ₂, an interval (r_lo, r_hi) around L₁₂/L₂₁; null when it is empty
     * (L₁₂L₂₁ ≥ μ₁μ₂ or a μᵢ ≤ 0) or when a coupling vanishes (the band is then unbounded).
     */
    double[] timescaleBand() {
        if (players != 2 || !(mu[0] > 0 && mu[1] > 0)) {
            return null;
        }
        double l12 = coupling[0][1];
        double l21 = coupling[1][0];
        double g = Math.sqrt(mu[0] * mu[1]);
        double disc = g * g - l12 * l21;
        if (!(disc > 0) || l12 == 0 || l21 == 0) {
            return null;
        }
        double lo = (g - Math.sqrt(disc)) / l21;
        double hi = (g + Math.sqrt(disc)) / l21;
        return new double[] {lo * lo, hi * hi};
    }

    /** L_w = max over the samples of ‖W^½ J W^−½‖₂. */
    double weightedLipschitz(double[] w) {
        int d = game.dimension();
        double[] scale = new double[d];
        for (int p = 0; p < players; p++) {
            for (int i = game.blockStart(p); i < game.blockStart(p) + game.blockSize(p); i++) {
                scale[i] = Math.sqrt(w[p]);
            }
        }
        double l = 0;
        for (double[] j : jacobians) {
            double[] b = new double[d * d];
            for (int r = 0; r < d; r++) {
                for (int c = 0; c < d; c++) {
                    b[r * d + c] = scale[r] * j[r * d + c] / scale[c];
                }
            }
            l = Math.max(l, FixedPointMap.spectralNorm(b, d));
        }
        return l;
    }

    private static double[] symmetricPart(double[] j, int d) {
        double[] out = new double[d * d];
        for (int r = 0; r < d; r++) {
            for (int c = 0; c < d; c++) {
                out[r * d + c] = (j[r * d + c] + j[c * d + r]) / 2;
            }
        }
        return out;
    }

    private double[] symmetricBlock(double[] j, int p) {
        int d = game.dimension();
        int s = game.blockStart(p);
        int n = game.blockSize(p);
        double[] out = new double[n * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                out[r * n + c] = (j[(s + r) * d + s + c] + j[(s + c) * d + s + r]) / 2;
            }
        }
        return out;
    }

    /** ‖J_pq‖₂, the block zero-padded to a square. */
    private double blockNorm(double[] j, int p, int q) {
        int d = game.dimension();
        int rows = game.blockSize(p);
        int cols = game.blockSize(q);
        int m = Math.max(rows, cols);
        double[] a = new double[m * m];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                a[r * m + c] = j[(game.blockStart(p) + r) * d + game.blockStart(q) + c];
            }
        }
        return FixedPointMap.spectralNorm(a, m);
    }

    /** λ_min of a symmetric m×m matrix S: with c = ‖S‖₂, cI − S is positive semidefinite and λ_min = c − ‖cI − S‖₂. */
    static double lambdaMin(double[] s) {
        int m = (int) Math.round(Math.sqrt(s.length));
        double c = FixedPointMap.spectralNorm(s, m);
        double[] shifted = new double[m * m];
        for (int i = 0; i < m * m; i++) {
            shifted[i] = -s[i];
        }
        for (int i = 0; i < m; i++) {
            shifted[i * m + i] += c;
        }
        return c - FixedPointMap.spectralNorm(shifted, m);
    }
}
