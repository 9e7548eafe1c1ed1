package org.banach.api.games;

import java.util.Arrays;

import org.banach.api.Problem;

/**
 * The Gaussian frequency-selective interference game of multi-carrier power control (Scutari, Palomar
 * &amp; Barbarossa, "Asynchronous iterative water-filling for Gaussian frequency-selective interference
 * channels", IEEE Trans. Inf. Theory 54 (2008)): {@link #users()} = Q transmitter–receiver pairs share
 * {@link #carriers()} = N carriers. User q chooses a power vector p_q ∈ ℝ^N with p_q ≥ 0 and
 * Σ_k p_q(k) ≤ {@link #budget(int) P_q}, and maximises its rate (in nats)
 * R_q(p) = Σ_k log(1 + |H_qq(k)|² p_q(k) / (σ²_q(k) + Σ_{r≠q} |H_qr(k)|² p_r(k))), treating the other
 * users' signals as noise. A solution is the users' power vectors concatenated in user order
 * (length Q·N, user q's block at q·N). The runtime certifies a returned p by its
 * {@link #exploitability} Σ_q [R_q(BR_q(p_−q), p_−q) − R_q(p)], with BR_q the exact water-filling best
 * response ({@link #waterFill}); a Nash equilibrium has exploitability 0 and each user's power equal
 * to its own water-filling response.
 */
public interface WaterFillingGame extends Problem {

    String FAMILY = "games.water-filling";

    @Override
    default String family() {
        return FAMILY;
    }

    /** Q ≥ 1. */
    int users();

    /** N ≥ 1. */
    int carriers();

    /**
     * |H_qr(k)|² ≥ 0: the power gain on carrier k from transmitter r to receiver q ({@code q == r}: the
     * direct channel, which must be positive on at least one carrier).
     */
    double gain(int q, int r, int k);

    /** σ²_q(k) &gt; 0: the noise power at receiver q on carrier k. */
    double noise(int q, int k);

    /** P_q ≥ 0: user q's total power budget. */
    double budget(int q);

    /** Q·N: the length of a power profile. */
    @Override
    default int dimension() {
        return users() * carriers();
    }

    /** The all-zero profile: the first water-filling responses then see noise only. */
    default double[] start() {
        return new double[dimension()];
    }

    /**
     * out[k] := σ²_q(k) + Σ_{r≠q} |H_qr(k)|² p_r(k), the noise plus interference user q sees on each
     * carrier under the profile {@code p} (user q's own block is ignored).
     */
    static void interference(WaterFillingGame game, int q, double[] p, double[] out) {
        int n = game.carriers();
        for (int k = 0; k < n; k++) {
            double s = game.noise(q, k);
            for (int r = 0; r < game.users(); r++) {
                if (r != q) {
                    s += game.gain(q, r, k) * p[r * n + k];
                }
            }
            out[k] = s;
        }
    }

    /**
     * The water-filling solution of max Σ_k log(1 + h_k x_k / i_k) over x ≥ 0, Σ_k x_k ≤ budget:
     * x_k = max(0, μ − i_k / h_k) with the water level μ fixed exactly by Σ_k x_k = budget (found by
     * sorting the levels i_k / h_k; carriers with h_k = 0 get nothing). Writes x into
     * {@code out[offset, offset + h.length)}.
     *
     * @param h the direct gains h_k ≥ 0 (at least one positive when budget &gt; 0)
     * @param i the noise-plus-interference levels i_k &gt; 0
     */
    static void waterFill(double[] h, double[] i, double budget, double[] out, int offset) {
        int n = h.length;
        double[] level = new double[n];
        for (int k = 0; k < n; k++) {
            level[k] = h[k] > 0 ? i[k] / h[k] : Double.POSITIVE_INFINITY;
        }
        double mu = Double.NEGATIVE_INFINITY;
        if (budget > 0) {
            double[] sorted = level.clone();
            Arrays.sort(sorted);
            double sum = 0;
            for (int m = 1; m <= n && sorted[m - 1] < Double.POSITIVE_INFINITY; m++) {
                sum += sorted[m - 1];
                double candidate = (budget + sum) / m;
                mu = candidate;
                if (m == n || candidate <= sorted[m]) {
                    break;
                }
            }
        }
        for (int k = 0; k < n; k++) {
            out[offset + k] = Math.max(0, mu - level[k]);
        }
    }

    /** out[q·N, (q+1)·N) := BR_q(p_−q), user q's water-filling response to the others' powers in {@code p}. */
    static void bestResponse(WaterFillingGame game, int q, double[] p, double[] out) {
        int n = game.carriers();
        double[] h = new double[n];
        double[] i = new double[n];
        for (int k = 0; k < n; k++) {
            h[k] = game.gain(q, q, k);
        }
        interference(game, q, p, i);
        waterFill(h, i, game.budget(q), out, q * n);
    }

    /** R_q(p) in nats, user q's own block of {@code p} against the others'. */
    static double rate(WaterFillingGame game, int q, double[] p) {
        int n = game.carriers();
        double[] i = new double[n];
        interference(game, q, p, i);
        double r = 0;
        for (int k = 0; k < n; k++) {
            r += Math.log1p(game.gain(q, q, k) * p[q * n + k] / i[k]);
        }
        return r;
    }

    /**
     * Exploitability (NashConv) Σ_q [R_q(BR_q(p_−q), p_−q) − R_q(p)] of a power profile: each user's
     * rate gain from its exact water-filling response against the others. One computation for solvers'
     * claims and the runtime's certificate; {@code p} is used as given (see {@link #isFeasible}).
     */
    static double exploitability(WaterFillingGame game, double[] p) {
        double total = 0;
        double[] response = p.clone();
        int n = game.carriers();
        for (int q = 0; q < game.users(); q++) {
            bestResponse(game, q, p, response);
            double gain = rate(game, q, response) - rate(game, q, p);
            total += gain;
            System.arraycopy(p, q * n, response, q * n, n);
        }
        return total;
    }

    /**
     * True when {@code p} has length Q·N, every entry is finite and ≥ −1e-12, and each user's total
     * is at most P_q·(1 + 1e-9) + 1e-12.
     */
    static boolean isFeasible(WaterFillingGame game, double[] p) {
        int n = game.carriers();
        if (p == null || p.length != game.dimension()) {
            return false;
        }
        for (int q = 0; q < game.users(); q++) {
            double sum = 0;
            for (int k = 0; k < n; k++) {
                double v = p[q * n + k];
                if (!(v >= -1e-12) || !Double.isFinite(v)) {
                    return false;
                }
                sum += v;
            }
            if (!(sum <= game.budget(q) * (1 + 1e-9) + 1e-12)) {
                return false;
            }
        }
        return true;
    }
}
