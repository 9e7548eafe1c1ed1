package org.banach.plugins.games.firstorder;

/**
 * The running (equal-weight) average of matrix-game points z = (x, y) together with the average of
 * their products A·y and Aᵀ·x, which by linearity are the products of the averaged point: the duality
 * gap of the average costs no extra mat-vec.
 */
final class GameAverage {

    private final double[] z;
    private final double[] ay;
    private final double[] atx;
    private long count;

    GameAverage(int m, int n) {
        z = new double[m + n];
        ay = new double[m];
        atx = new double[n];
    }

    void add(double[] point, double[] pointAy, double[] pointAtx) {
        count++;
        double w = 1.0 / count;
        mix(z, point, w);
        mix(ay, pointAy, w);
        mix(atx, pointAtx, w);
    }

    private static void mix(double[] mean, double[] v, double w) {
        for (int i = 0; i < mean.length; i++) {
            mean[i] += w * (v[i] - mean[i]);
        }
    }

    boolean empty() {
        return count == 0;
    }

    double[] point() {
        return z;
    }

    double[] ay() {
        return ay;
    }

    double[] atx() {
        return atx;
    }

    /** max_i (A ȳ)_i − min_j (Aᵀ x̄)_j. */
    static double gap(double[] ay, double[] atx) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : ay) {
            max = Math.max(max, v);
        }
        double min = Double.POSITIVE_INFINITY;
        for (double v : atx) {
            min = Math.min(min, v);
        }
        return max - min;
    }
}
