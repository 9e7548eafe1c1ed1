package org.banach.plugins.optim.problems.convexset;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.banach.api.optim.ConvexSetObjective;

/**
 * Log-optimal (Kelly) portfolio: minimise f(x) = −(1/T) Σ_t log(r_tᵀx) over the probability simplex,
 * with T periods of gross returns r_t &gt; 0 for n assets. f is generalized self-concordant but not
 * globally smooth (it blows up as r_tᵀx → 0), the case Carderera, Besançon &amp; Pokutta (NeurIPS 2021)
 * treat. Returns are drawn from a seed: r_ti = exp(μ_i + σ_i z_ti), with per-asset drift and volatility.
 */
public final class LogUtilityPortfolio implements ConvexSetObjective {

    public static final String ID = "optim/portfolio";

    private final int n;
    private final int periods;
    private final double[] returns; // row-major T×n

    public LogUtilityPortfolio(int n, int periods, long seed) {
        if (n < 1 || periods < 1) {
            throw new IllegalArgumentException("need n >= 1 assets and periods >= 1, got " + n + " and " + periods);
        }
        this.n = n;
        this.periods = periods;
        this.returns = new double[n * periods];
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] mu = new double[n];
        double[] sigma = new double[n];
        for (int i = 0; i < n; i++) {
            mu[i] = 0.0005 * rnd.nextDouble();
            sigma[i] = 0.02 + 0.03 * rnd.nextDouble();
        }
        for (int t = 0; t < periods; t++) {
            for (int i = 0; i < n; i++) {
                returns[t * n + i] = Math.exp(mu[i] + sigma[i] * gaussian(rnd));
            }
        }
    }

    private static double gaussian(SplittableRandom rnd) {
        double u = 1 - rnd.nextDouble();
        double v = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    @Override
    public String name() {
        return ID;
    }

    @Override
    public int dimension() {
        return n;
    }

    @Override
    public double value(double[] x) {
        double f = 0;
        for (int t = 0; t < periods; t++) {
            double w = 0;
            for (int i = 0; i < n; i++) {
                w += returns[t * n + i] * x[i];
            }
            if (!(w > 0)) {
                return Double.POSITIVE_INFINITY;
            }
            f -= Math.log(w);
        }
        return f / periods;
    }

    @Override
    public double valueAndGradient(double[] x, double[] g) {
        Arrays.fill(g, 0.0);
        double f = 0;
        for (int t = 0; t < periods; t++) {
            double w = 0;
            for (int i = 0; i < n; i++) {
                w += returns[t * n + i] * x[i];
            }
            if (!(w > 0)) {
                Arrays.fill(g, Double.NaN);
                return Double.POSITIVE_INFINITY;
            }
            f -= Math.log(w);
            for (int i = 0; i < n; i++) {
                g[i] -= returns[t * n + i] / w;
            }
        }
        for (int i = 0; i < n; i++) {
            g[i] /= periods;
        }
        return f / periods;
    }

    /** The uniform portfolio. */
    @Override
    public double[] start() {
        double[] x = new double[n];
        Arrays.fill(x, 1.0 / n);
        return x;
    }

    /** The simplex vertex e_k with k = argmin d_k. */
    @Override
    public void linearMinimizer(double[] d, double[] s) {
        int k = 0;
        for (int i = 1; i < n; i++) {
            if (d[i] < d[k]) {
                k = i;
            }
        }
        Arrays.fill(s, 0.0);
        s[k] = 1.0;
    }

    @Override
    public String feasibleSet() {
        return "probability simplex in R^" + n;
    }

    /** Gross return of asset i in period t. */
    public double grossReturn(int t, int i) {
        return returns[t * n + i];
    }

    public int periods() {
        return periods;
    }
}
