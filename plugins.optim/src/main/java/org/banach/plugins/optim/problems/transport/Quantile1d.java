package org.banach.plugins.optim.problems.transport;

/**
 * The exact squared 2-Wasserstein distance between two discrete measures on the line,
 * W2² = ∫₀¹ |F⁻¹(t) − G⁻¹(t)|² dt (Villani, Topics in Optimal Transportation, Thm 2.18; Peyré &amp;
 * Cuturi, Computational Optimal Transport, Remark 2.30). For discrete measures both quantile functions
 * are step functions, so the integral is a finite sum over the merged breakpoints of the two CDFs:
 * this is the cost of the monotone (north-west corner) coupling, which is optimal for any convex
 * cost of x − y.
 */
public final class Quantile1d {

    private Quantile1d() {
    }

    /**
     * W2² of Σ a_i δ_{x_i} and Σ b_j δ_{y_j}, supports sorted increasingly, masses nonnegative and equal
     * (a mass left over by rounding at the very end is ignored).
     *
     * @throws IllegalArgumentException for unsorted supports or mismatched lengths
     */
    public static double w2Squared(double[] x, double[] a, double[] y, double[] b) {
        if (x.length != a.length || y.length != b.length) {
            throw new IllegalArgumentException("support and weight lengths differ");
        }
        sorted(x, "x");
        sorted(y, "y");
        int n = x.length;
        int m = y.length;
        double[] cumA = cumulative(a);
        double[] cumB = cumulative(b);
        int i = 0;
        int j = 0;
        double prev = 0.0;
        double total = 0.0;
        double comp = 0.0;
        while (i < n && j < m) {
            double next = Math.min(cumA[i], cumB[j]);
            double d = x[i] - y[j];
            double term = (next - prev) * d * d;
            double t = total + term; // Neumaier
            comp += Math.abs(total) >= Math.abs(term) ? (total - t) + term : (term - t) + total;
            total = t;
            prev = next;
            if (cumA[i] == next) {
                i++;
            }
            if (cumB[j] == next) {
                j++;
            }
        }
        return total + comp;
    }

    private static double[] cumulative(double[] w) {
        double[] c = new double[w.length];
        double s = 0.0;
        for (int k = 0; k < w.length; k++) {
            s += w[k];
            c[k] = s;
        }
        return c;
    }

    private static void sorted(double[] v, String what) {
        for (int k = 1; k < v.length; k++) {
            if (!(v[k] >= v[k - 1])) {
                throw new IllegalArgumentException("support " + what + " is not sorted at index " + k);
            }
        }
    }
}
