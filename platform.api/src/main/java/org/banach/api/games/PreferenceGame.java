package org.banach.api.games;

import org.banach.api.Problem;

/**
 * The β-regularised preference game of Nash learning from human feedback (Munos et al., "Nash learning
 * from human feedback", ICML 2024; Tiapkin et al., "Accelerating Nash learning from human feedback via
 * Mirror Prox", arXiv:2505.19731, 2025). {@link #actions()} = n responses; a preference matrix P
 * ({@link #preferences()}, P_ij = probability that response i is preferred to response j, entries in
 * [0, 1], P + Pᵀ = 1 so the diagonal is ½); a reference policy μ ({@link #reference()}, every entry
 * positive); a regularisation β &gt; 0 ({@link #beta()}). Two players choose policies π₁, π₂ ∈ Δ_n; the
 * first receives J(π₁, π₂) = π₁ᵀ(P − ½)π₂ − β·KL(π₁‖μ) + β·KL(π₂‖μ) and the second −J: a symmetric
 * two-player zero-sum game, strongly concave–convex, whose unique Nash equilibrium is symmetric,
 * (π*, π*) with π* ∝ μ∘exp(P·π* / β).
 * <p>
 * A solution is ONE policy π (length n), standing for the symmetric profile (π, π). It is not a
 * {@link NormalFormGame}: the KL terms make payoffs non-linear in the mixed strategies. The runtime
 * certifies π by {@link #exploitability}: the NashConv of (π, π) in the regularised game,
 * 2·[max_π' J(π', π) − J(π, π)] = 2β·KL(π‖BR(π)) with BR(π) = {@link #bestResponse} ∝ μ∘exp(Pπ/β)
 * (both players gain the same by symmetry). It is at least 2β·KL(π‖π*), so it bounds the distance to
 * the equilibrium.
 */
public interface PreferenceGame extends Problem {

    String FAMILY = "games.preference";

    @Override
    default String family() {
        return FAMILY;
    }

    /** n ≥ 1. */
    int actions();

    /** P, row-major n×n, P_ij ∈ [0, 1] and P_ij + P_ji = 1. The game's own array: callers must not modify it. */
    double[] preferences();

    /** μ, a probability vector with every entry positive. The game's own array: callers must not modify it. */
    double[] reference();

    /** β &gt; 0. */
    double beta();

    /** n: a solution is one policy. */
    @Override
    default int dimension() {
        return actions();
    }

    /** Where iterative solvers start: the reference policy μ. */
    default double[] start() {
        return reference().clone();
    }

    /** out := P·π (out_i = probability that i beats a response drawn from π). Host loop, O(n²). */
    static void preferenceAgainst(PreferenceGame game, double[] pi, double[] out) {
        int n = game.actions();
        double[] p = game.preferences();
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += p[i * n + j] * pi[j];
            }
            out[i] = s;
        }
    }

    /**
     * log BR(π) from g = P·π: log μ_i + g_i/β − log Σ_j μ_j exp(g_j/β) (max-shifted), the logarithm of
     * the regularised best response argmax_π' [π'ᵀ(P − ½)π − β·KL(π'‖μ)].
     */
    static double[] logBestResponse(PreferenceGame game, double[] g) {
        int n = game.actions();
        double[] mu = game.reference();
        double beta = game.beta();
        double[] out = new double[n];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            out[i] = Math.log(mu[i]) + g[i] / beta;
            max = Math.max(max, out[i]);
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Math.exp(out[i] - max);
        }
        double lse = max + Math.log(sum);
        for (int i = 0; i < n; i++) {
            out[i] -= lse;
        }
        return out;
    }

    /** The regularised best response to π, ∝ μ∘exp(Pπ/β). */
    static double[] bestResponse(PreferenceGame game, double[] pi) {
        double[] g = new double[game.actions()];
        preferenceAgainst(game, pi, g);
        double[] out = logBestResponse(game, g);
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.exp(out[i]);
        }
        return out;
    }

    /**
     * 2β·KL(π‖BR(π)) given g = P·π and the logarithm of π (entries with π_i = 0 contribute 0; pass
     * logPi = null to take log π_i here): the regularised NashConv of (π, π).
     */
    static double exploitability(PreferenceGame game, double[] pi, double[] logPi, double[] g) {
        double[] logBr = logBestResponse(game, g);
        double kl = 0;
        for (int i = 0; i < pi.length; i++) {
            if (pi[i] > 0) {
                kl += pi[i] * ((logPi == null ? Math.log(pi[i]) : logPi[i]) - logBr[i]);
            }
        }
        return 2 * game.beta() * Math.max(0, kl);
    }

    /**
     * The regularised NashConv of the symmetric profile (π, π): 2β·KL(π‖BR(π)), computed on the host
     * from {@link #preferences()}. One computation for solvers' claims and the runtime's certificate;
     * π is used as given (see {@link #isPolicy}).
     */
    static double exploitability(PreferenceGame game, double[] pi) {
        double[] g = new double[game.actions()];
        preferenceAgainst(game, pi, g);
        return exploitability(game, pi, null, g);
    }

    /** KL(p‖q) = Σ p_i log(p_i/q_i) from log p and log q (terms with p_i = 0 are 0). */
    static double kl(double[] logP, double[] logQ) {
        double s = 0;
        for (int i = 0; i < logP.length; i++) {
            if (logP[i] > Double.NEGATIVE_INFINITY) {
                s += Math.exp(logP[i]) * (logP[i] - logQ[i]);
            }
        }
        return s;
    }

    /** True when π has length n, entries ≥ −1e-12 and a sum within 1e-9 of 1. */
    static boolean isPolicy(PreferenceGame game, double[] pi) {
        if (pi == null || pi.length != game.actions()) {
            return false;
        }
        double sum = 0;
        for (double v : pi) {
            if (!(v >= -1e-12) || !Double.isFinite(v)) {
                return false;
            }
            sum += v;
        }
        return Math.abs(sum - 1) <= 1e-9;
    }
}
