package org.banach.plugins.optim.linear;

/**
 * OSUB, the optimal sampling algorithm for unimodal bandits of Combes &amp; Proutière, <i>Unimodal
 * Bandits: Regret Lower Bounds and Optimal Algorithms</i>, ICML 2014 (Algorithm 1), on a line graph of
 * arms: the leader L is the arm of smallest empirical mean cost; when the number of rounds l_L in which
 * L has led satisfies (l_L − 1) mod 3 = 0 the leader is played, otherwise the arm of {L − 1, L, L + 1}
 * with the smallest lower confidence index (an untried neighbour first). Its regret does not grow with
 * the number of arms K, only with the neighbourhood, which is why it suits a fine ω grid.
 *
 * <p>Why unimodal: for a consistently ordered matrix with Jacobi radius μ (Young's theorem, e.g. the
 * 5-point Laplacian, also shifted), the SOR spectral radius decreases on [0, ω*] and equals ω − 1 above
 * ω*, so the iteration count to a fixed tolerance is unimodal in ω. Costs are compared on the log scale
 * (log(1 + iterations), relative differences), with the Gaussian-style index m_i − √(2 v_i log l_L / n_i)
 * from the empirical mean m_i and variance v_i (floored at 10⁻⁴) of arm i's n_i log-costs, in place of
 * OSUB's KL-UCB index (whose [0, 1] range would have to cover iteration counts spanning three orders of
 * magnitude). The first leader is the middle arm. Deterministic. Not thread-safe.
 */
final class UnimodalBandit {

    private final double[] sum;
    private final double[] sumSq;
    private final int[] count;
    private final int[] led;
    private final int start;

    UnimodalBandit(int arms) {
        sum = new double[arms];
        sumSq = new double[arms];
        count = new int[arms];
        led = new int[arms];
        start = arms / 2;
    }

    /** The arm to play this round. */
    int choose() {
        int leader = leader();
        led[leader]++;
        if ((led[leader] - 1) % 3 == 0) {
            return leader;
        }
        int best = leader;
        double bestIndex = Double.POSITIVE_INFINITY;
        for (int i = Math.max(0, leader - 1); i <= Math.min(sum.length - 1, leader + 1); i++) {
            double index = index(i, Math.log(led[leader]));
            if (index < bestIndex) {
                bestIndex = index;
                best = i;
            }
        }
        return best;
    }

    /** Feeds back the iteration count of the arm played. */
    void update(int arm, long iterations) {
        double c = Math.log1p(iterations);
        sum[arm] += c;
        sumSq[arm] += c * c;
        count[arm]++;
    }

    /** The arm of smallest empirical mean log-cost (the start arm before any play). */
    int leader() {
        int leader = start;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < sum.length; i++) {
            if (count[i] > 0 && sum[i] / count[i] < best) {
                best = sum[i] / count[i];
                leader = i;
            }
        }
        return leader;
    }

    private double index(int i, double logLed) {
        if (count[i] == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double m = sum[i] / count[i];
        double v = Math.max(sumSq[i] / count[i] - m * m, 0) + 1e-4;
        return m - Math.sqrt(2 * v * Math.max(logLed, 0) / count[i]);
    }
}
