package org.banach.plugins.games.saddle;

/** The weighted ergodic average (Σ w_k x_k, Σ w_k y_k) / Σ w_k of the points a method adds. */
final class SaddleAverage {

    private final double[] x;
    private final double[] y;
    private double weight;

    SaddleAverage(int n, int m) {
        this.x = new double[n];
        this.y = new double[m];
    }

    /** Adds (px, py) with weight w &gt; 0. */
    void add(double[] px, double[] py, double w) {
        weight += w;
        double f = w / weight;
        for (int i = 0; i < x.length; i++) {
            x[i] += f * (px[i] - x[i]);
        }
        for (int i = 0; i < y.length; i++) {
            y[i] += f * (py[i] - y[i]);
        }
    }

    boolean empty() {
        return weight == 0;
    }

    /** The average as one array (x, y). */
    double[] point() {
        double[] z = new double[x.length + y.length];
        System.arraycopy(x, 0, z, 0, x.length);
        System.arraycopy(y, 0, z, x.length, y.length);
        return z;
    }
}
