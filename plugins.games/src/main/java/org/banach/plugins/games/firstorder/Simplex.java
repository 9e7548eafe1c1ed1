package org.banach.plugins.games.firstorder;

import java.util.Arrays;

/**
 * Euclidean projection onto the probability simplex by sorting (Duchi, Shalev-Shwartz, Singer &amp;
 * Chandra, ICML 2008, Fig. 1): sort v descending into μ, ρ = max{j : μ_j − (Σ_{r≤j} μ_r − 1)/j &gt; 0},
 * θ = (Σ_{r≤ρ} μ_r − 1)/ρ, w_i = max(v_i − θ, 0). O(n log n).
 */
final class Simplex {

    private Simplex() {
    }

    /** v[from, from+n) := its projection onto the simplex Δ_n, in place; {@code sorted} is scratch of length ≥ n. */
    static void project(double[] v, int from, int n, double[] sorted) {
        System.arraycopy(v, from, sorted, 0, n);
        Arrays.sort(sorted, 0, n);
        double cumulative = 0;
        double theta = 0;
        for (int j = 1; j <= n; j++) {
            double mu = sorted[n - j]; // j-th largest
            cumulative += mu;
            double t = (cumulative - 1) / j;
            if (mu - t > 0) {
                theta = t;
            }
        }
        for (int i = from; i < from + n; i++) {
            v[i] = Math.max(v[i] - theta, 0);
        }
    }

    /** Null when v[from, from+n) is a probability vector (to 10⁻⁹), else the reason. */
    static String notDistribution(double[] v, int from, int n, boolean interior) {
        double s = 0;
        for (int i = from; i < from + n; i++) {
            if (!(v[i] >= 0) || (interior && !(v[i] > 0)) || !Double.isFinite(v[i])) {
                return "entry " + i + " is " + v[i] + (interior ? " (must be positive)" : " (must be non-negative)");
            }
            s += v[i];
        }
        return Math.abs(s - 1) <= 1e-9 ? null : "the block sums to " + s + ", not 1";
    }
}
