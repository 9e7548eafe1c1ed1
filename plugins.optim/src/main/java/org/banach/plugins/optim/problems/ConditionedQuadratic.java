package org.banach.plugins.optim.problems;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;

import org.banach.api.optim.SmoothObjective;

/**
 * f(x) = ½ Σᵢ λᵢ xᵢ² with eigenvalues λᵢ spaced geometrically from μ = 1 to L = κ, so the condition
 * number is exactly κ; minimiser 0, f* = 0; start (1, …, 1). The model problem on which gradient
 * descent contracts by 1 − 1/κ per step and Nesterov's method by about 1 − 1/√κ (Nesterov,
 * Introductory Lectures on Convex Optimization, 2004, §2.1–2.2).
 */
public final class ConditionedQuadratic implements SmoothObjective {

    public static final String ID = "optim/quadratic";

    private final double[] lambda;

    public ConditionedQuadratic(int n, double kappa) {
        if (n < 1 || !(kappa >= 1)) {
            throw new IllegalArgumentException("need n >= 1 and kappa >= 1, got n = " + n + ", kappa = " + kappa);
        }
        lambda = new double[n];
        for (int i = 0; i < n; i++) {
            lambda[i] = n == 1 ? 1.0 : Math.pow(kappa, (double) i / (n - 1));
        }
    }

    /** Smallest eigenvalue μ. */
    public double strongConvexity() {
        return lambda[0];
    }

    /** Largest eigenvalue L. */
    public double lipschitz() {
        return lambda[lambda.length - 1];
    }

    @Override
    public String name() {
        return ID;
    }

    @Override
    public int dimension() {
        return lambda.length;
    }

    @Override
    public double value(double[] x) {
        double f = 0;
        for (int i = 0; i < lambda.length; i++) {
            f += 0.5 * lambda[i] * x[i] * x[i];
        }
        return f;
    }

    @Override
    public double valueAndGradient(double[] x, double[] g) {
        for (int i = 0; i < lambda.length; i++) {
            g[i] = lambda[i] * x[i];
        }
        return value(x);
    }

    @Override
    public double[] start() {
        double[] x = new double[lambda.length];
        Arrays.fill(x, 1.0);
        return x;
    }

    @Override
    public boolean hasHessianVector() {
        return true;
    }

    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        for (int i = 0; i < lambda.length; i++) {
            out[i] = lambda[i] * v[i];
        }
    }

    @Override
    public OptionalDouble knownOptimalValue() {
        return OptionalDouble.of(0.0);
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return Optional.of(new double[lambda.length]);
    }
}
