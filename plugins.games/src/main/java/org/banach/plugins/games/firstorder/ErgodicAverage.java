package org.banach.plugins.games.firstorder;

/**
 * The running mean z̄_t = (1/t) Σ_{s<t} w_s of the points where a method evaluated F (with a constant
 * step, the step-weighted average of Hsieh et al. 2019 and Nemirovski 2004 is this plain mean).
 */
final class ErgodicAverage {

    private final double[] mean;
    private long count;

    ErgodicAverage(int n) {
        this.mean = new double[n];
    }

    void add(double[] w) {
        count++;
        double f = 1.0 / count;
        for (int i = 0; i < mean.length; i++) {
            mean[i] += f * (w[i] - mean[i]);
        }
    }

    /** The mean, or null before the first point. */
    double[] mean() {
        return count == 0 ? null : mean;
    }
}
