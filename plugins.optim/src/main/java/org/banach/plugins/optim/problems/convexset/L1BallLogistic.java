package org.banach.plugins.optim.problems.convexset;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.banach.api.optim.ConvexSetObjective;

/**
 * Sparse logistic regression as a constrained problem: minimise (1/N) Σ log(1 + exp(−y_i a_iᵀx)) over
 * the ℓ1 ball ‖x‖₁ ≤ τ (a polytope, whose vertices ±τe_k are the oracle's answers). Data from a seed:
 * a sparse ground truth with 5 non-zeros, Gaussian features, labels y = sign(aᵀx_true + noise).
 */
public final class L1BallLogistic implements ConvexSetObjective {

    public static final String ID = "optim/l1-logistic";

    private final int samples;
    private final int d;
    private final double radius;
    private final double[] a; // row-major N×d
    private final double[] y;

    public L1BallLogistic(int samples, int d, double radius, long seed) {
        if (samples < 1 || d < 1 || !(radius > 0)) {
            throw new IllegalArgumentException("need samples >= 1, d >= 1 and radius > 0");
        }
        this.samples = samples;
        this.d = d;
        this.radius = radius;
        this.a = new double[samples * d];
        this.y = new double[samples];
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] truth = new double[d];
        for (int k = 0; k < Math.min(5, d); k++) {
            truth[rnd.nextInt(d)] = rnd.nextBoolean() ? 2 : -2;
        }
        for (int i = 0; i < samples; i++) {
            double z = 0;
            for (int j = 0; j < d; j++) {
                double v = rnd.nextDouble() * 2 - 1;
                a[i * d + j] = v;
                z += v * truth[j];
            }
            y[i] = z + 0.3 * (rnd.nextDouble() - 0.5) >= 0 ? 1 : -1;
        }
    }

    @Override
    public String name() {
        return ID;
    }

    @Override
    public int dimension() {
        return d;
    }

    @Override
    public double value(double[] x) {
        return valueAndGradient(x, new double[d]);
    }

    @Override
    public double valueAndGradient(double[] x, double[] g) {
        Arrays.fill(g, 0.0);
        double f = 0;
        for (int i = 0; i < samples; i++) {
            double m = 0;
            for (int j = 0; j < d; j++) {
                m += a[i * d + j] * x[j];
            }
            double z = -y[i] * m;
            f += z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
            double sigma = z > 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
            for (int j = 0; j < d; j++) {
                g[j] -= sigma * y[i] * a[i * d + j];
            }
        }
        for (int j = 0; j < d; j++) {
            g[j] /= samples;
        }
        return f / samples;
    }

    @Override
    public double[] start() {
        return new double[d];
    }

    /** −τ·sign(d_k)·e_k with k = argmax |d_k|. */
    @Override
    public void linearMinimizer(double[] dir, double[] s) {
        int k = 0;
        for (int j = 1; j < d; j++) {
            if (Math.abs(dir[j]) > Math.abs(dir[k])) {
                k = j;
            }
        }
        Arrays.fill(s, 0.0);
        s[k] = dir[k] > 0 ? -radius : radius;
    }

    @Override
    public String feasibleSet() {
        return "l1 ball of radius " + radius + " in R^" + d;
    }
}
