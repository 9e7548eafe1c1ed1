package org.banach.runtime.verify;

import org.banach.api.optim.SmoothObjective;

/** f(x) = ½ Σ (i+1) x_i², minimiser 0, gradient (i+1) x_i. */
public class Quadratic implements SmoothObjective {

    private final int n;

    public Quadratic(int n) {
        this.n = n;
    }

    @Override
    public String name() {
        return "test/quadratic";
    }

    @Override
    public int dimension() {
        return n;
    }

    @Override
    public double value(double[] x) {
        double f = 0;
        for (int i = 0; i < n; i++) {
            f += 0.5 * (i + 1) * x[i] * x[i];
        }
        return f;
    }

    @Override
    public double valueAndGradient(double[] x, double[] g) {
        for (int i = 0; i < n; i++) {
            g[i] = (i + 1) * x[i];
        }
        return value(x);
    }

    @Override
    public double[] start() {
        double[] x = new double[n];
        java.util.Arrays.fill(x, 1.0);
        return x;
    }
}
