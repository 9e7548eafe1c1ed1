package org.banach.plugins.games.preference;

import java.util.SplittableRandom;

import org.banach.api.Monitor;
import org.banach.api.games.PreferenceGame;

/**
 * A sampled preference oracle, as in Nash learning from human feedback: one query compares an own
 * response i with an opponent response j and returns one Bernoulli(P_ij) outcome ("i is preferred").
 * {@link #query} spends B = {@code batchSize} queries on an unbiased estimate ĝ of g = P·π:
 * <ul>
 * <li>own responses cover the actions systematically: query b (0 ≤ b &lt; B) uses i_b = (s + b) mod n,
 * with one offset s uniform in {0, …, n−1} per call, so action i gets c_i ∈ {⌊B/n⌋, ⌈B/n⌉} queries
 * and E[c_i] = B/n;</li>
 * <li>each query draws its own opponent j_b ~ π (independently), then o_b ~ Bernoulli(P_{i_b j_b}); so
 * o_b is Bernoulli(g_{i_b}) given i_b, independently across queries;</li>
 * <li>ĝ_i = ½ + (n/B)·Σ_{b: i_b = i} (o_b − ½) (a Horvitz–Thompson sum over the queries that played i;
 * centring at ½ keeps the offset's randomness out of the variance when g_i = ½).</li>
 * </ul>
 * Unbiased: E[Σ_{b: i_b = i} (o_b − ½)] = E[c_i]·(g_i − ½) = (B/n)(g_i − ½). Variance, with
 * r = B mod n: Var ĝ_i = (n/B)·g_i(1 − g_i) + (n/B)²·(r/n)(1 − r/n)·(g_i − ½)² ≤ n/(4B); the second
 * term vanishes when n divides B, and then ĝ_i is the mean of B/n independent Bernoulli(g_i) outcomes.
 * This is the NLHF policy-gradient estimate with the own response spread evenly over the actions
 * instead of drawn from the policy: drawing i ~ π would need the importance weight 1/π_i, whose
 * variance g_i/(Bπ_i) explodes on the rarely played responses the KL-prox step still updates.
 * Each call counts B under {@link #QUERIES}. Draws come from one {@link SplittableRandom}, so a run is
 * reproducible from its seed. O(n + B log n) per call.
 */
final class SampledPreferences implements PreferenceOracle {

    static final String QUERIES = "preference-queries";

    private final int n;
    private final double[] p;
    private final int batch;
    private final SplittableRandom rng;
    private final Monitor monitor;
    private final double[] cdf;
    private final double[] sum;

    SampledPreferences(PreferenceGame game, int batch, long seed, Monitor monitor) {
        this.n = game.actions();
        this.p = game.preferences();
        this.batch = batch;
        this.rng = new SplittableRandom(seed);
        this.monitor = monitor;
        this.cdf = new double[n];
        this.sum = new double[n];
    }

    /** The variance of ĝ_i for g_i = g, n actions and B queries (the class comment's formula). */
    static double variance(double g, int n, int batch) {
        double r = (double) (batch % n) / n;
        double scale = (double) n / batch;
        return scale * g * (1 - g) + scale * scale * r * (1 - r) * (g - 0.5) * (g - 0.5);
    }

    @Override
    public void query(double[] opponent, double[] out) {
        double acc = 0;
        for (int j = 0; j < n; j++) {
            acc += opponent[j];
            cdf[j] = acc;
            sum[j] = 0;
        }
        int i = rng.nextInt(n);
        for (int b = 0; b < batch; b++) {
            int j = draw(rng.nextDouble() * acc);
            sum[i] += rng.nextDouble() < p[i * n + j] ? 0.5 : -0.5;
            i = i + 1 == n ? 0 : i + 1;
        }
        double scale = (double) n / batch;
        for (int k = 0; k < n; k++) {
            out[k] = 0.5 + scale * sum[k];
        }
        monitor.count(QUERIES, batch);
    }

    /** The first j with cdf[j] &gt; u (u in [0, cdf[n−1])), skipping zero-probability responses. */
    private int draw(double u) {
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
