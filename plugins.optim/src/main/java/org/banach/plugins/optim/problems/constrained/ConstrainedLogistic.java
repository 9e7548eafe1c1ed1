package org.banach.plugins.optim.problems.constrained;

import java.util.SplittableRandom;

import org.banach.api.optim.EqualityConstrainedProblem;

/**
 * ℓ2-regularised logistic regression under linear equality constraints C w = c, a convex
 * equality-constrained problem (as in the test sets of the exact augmented Lagrangian with sketching,
 * seed catalog O3): f(w) = (1/s) Σ_i log(1 + exp(−y_i a_iᵀw)) + (μ/2)‖w‖² with s samples of d
 * Gaussian features, labels from a planted model with 10 % flipped, and m random Gaussian constraint
 * rows whose right side makes a random point feasible. The constraints are linear, so ∇²L = ∇²f.
 */
public final class ConstrainedLogistic implements EqualityConstrainedProblem {

    public static final String ID = "optim/constrained-logistic";

    private final int samples;
    private final int d;
    private final int m;
    private final double mu;
    private final double[] features; // samples×d
    private final double[] labels;
    private final double[] rows; // m×d
    private final double[] rhs;

    public ConstrainedLogistic(int samples, int d, int m, double mu, long seed) {
        if (samples < 1 || d < 1 || m < 1 || m >= d || !(mu >= 0)) {
            throw new IllegalArgumentException("need samples >= 1, 1 <= m < d constraints and mu >= 0, got samples = "
                    + samples + ", d = " + d + ", m = " + m + ", mu = " + mu);
        }
        this.samples = samples;
        this.d = d;
        this.m = m;
        this.mu = mu;
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] planted = gaussians(rnd, d);
        this.features = gaussians(rnd, samples * d);
        this.labels = new double[samples];
        for (int i = 0; i < samples; i++) {
            double z = 0;
            for (int j = 0; j < d; j++) {
                z += features[i * d + j] * planted[j];
            }
            labels[i] = (z >= 0 ? 1 : -1) * (rnd.nextDouble() < 0.1 ? -1 : 1);
        }
        this.rows = gaussians(rnd, m * d);
        double[] feasible = gaussians(rnd, d);
        this.rhs = new double[m];
        for (int r = 0; r < m; r++) {
            for (int j = 0; j < d; j++) {
                rhs[r] += rows[r * d + j] * feasible[j];
            }
        }
    }

    private static double[] gaussians(SplittableRandom rnd, int count) {
        double[] v = new double[count];
        for (int i = 0; i < count; i++) {
            v[i] = Math.sqrt(-2 * Math.log(1 - rnd.nextDouble())) * Math.cos(2 * Math.PI * rnd.nextDouble());
        }
        return v;
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
    public int constraintCount() {
        return m;
    }

    @Override
    public double value(double[] w) {
        return valueAndGradient(w, null);
    }

    @Override
    public double valueAndGradient(double[] w, double[] g) {
        double f = 0;
        if (g != null) {
            for (int j = 0; j < d; j++) {
                g[j] = mu * w[j];
            }
        }
        for (int i = 0; i < samples; i++) {
            double margin = labels[i] * margin(i, w);
            // log(1 + e^{−t}) and its derivative −σ(−t), both stable for large |t|
            f += margin > 0 ? Math.log1p(Math.exp(-margin)) : -margin + Math.log1p(Math.exp(margin));
            if (g != null) {
                double s = -labels[i] / (1 + Math.exp(margin)) / samples;
                for (int j = 0; j < d; j++) {
                    g[j] += s * features[i * d + j];
                }
            }
        }
        double reg = 0;
        for (double v : w) {
            reg += v * v;
        }
        return f / samples + 0.5 * mu * reg;
    }

    private double margin(int i, double[] w) {
        double z = 0;
        for (int j = 0; j < d; j++) {
            z += features[i * d + j] * w[j];
        }
        return z;
    }

    @Override
    public void constraints(double[] w, double[] c) {
        for (int r = 0; r < m; r++) {
            double s = -rhs[r];
            for (int j = 0; j < d; j++) {
                s += rows[r * d + j] * w[j];
            }
            c[r] = s;
        }
    }

    @Override
    public void jacobian(double[] w, double[] jac) {
        System.arraycopy(rows, 0, jac, 0, m * d);
    }

    /** w = 0 (infeasible unless c = 0). */
    @Override
    public double[] start() {
        return new double[d];
    }

    @Override
    public boolean hasLagrangianHessianVector() {
        return true;
    }

    /** ∇²f v = (1/s) Σ σ(t)(1 − σ(t)) a_i a_iᵀ v + μ v, t = y_i a_iᵀw. */
    @Override
    public void lagrangianHessianVector(double[] w, double[] lambda, double[] v, double[] out) {
        for (int j = 0; j < d; j++) {
            out[j] = mu * v[j];
        }
        for (int i = 0; i < samples; i++) {
            double p = 1 / (1 + Math.exp(-labels[i] * margin(i, w)));
            double weight = p * (1 - p) * margin(i, v) / samples;
            for (int j = 0; j < d; j++) {
                out[j] += weight * features[i * d + j];
            }
        }
    }
}
