package org.banach.plugins.optim.problems.equations;

import java.util.Optional;
import java.util.OptionalDouble;

import org.banach.api.optim.SmoothObjective;

/**
 * The pseudo-Huber sum f(x) = Σᵢ (√(1 + xᵢ²) − 1): convex, smooth, f* = 0 at x* = 0, but its curvature
 * (1 + xᵢ²)^{−3/2} vanishes far out, so Newton's pure step maps each coordinate to −xᵢ³ and diverges
 * from any start with |xᵢ| &gt; 1 (the standard example of Newton's need for damping, e.g. Hanzely et al.,
 * NeurIPS 2022, §1). Start: xᵢ = (−1)ⁱ·s·(i + 1)/n, so max |xᵢ| = s. Exact gradient, Hessian-vector
 * product and diagonal Hessian.
 */
final class PseudoHuber implements SmoothObjective {

    static final String ID = "optim/pseudo-huber";

    private final int n;
    private final double scale;

    PseudoHuber(int n, double scale) {
        this.n = n;
        this.scale = scale;
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
        for (double v : x) {
            f += v * v / (Math.sqrt(1 + v * v) + 1); // √(1 + v²) − 1 without cancellation
        }
        return f;
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradient) {
        for (int i = 0; i < n; i++) {
            gradient[i] = x[i] / Math.hypot(1, x[i]);
        }
        return value(x);
    }

    @Override
    public double[] start() {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = (i % 2 == 0 ? 1 : -1) * scale * (i + 1) / n;
        }
        return x;
    }

    private static double curvature(double v) {
        double s = Math.hypot(1, v);
        return 1 / (s * s * s);
    }

    @Override
    public boolean hasHessianVector() {
        return true;
    }

    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        for (int i = 0; i < n; i++) {
            out[i] = curvature(x[i]) * v[i];
        }
    }

    @Override
    public void hessian(double[] x, double[] out) {
        java.util.Arrays.fill(out, 0, n * n, 0.0);
        for (int i = 0; i < n; i++) {
            out[i * n + i] = curvature(x[i]);
        }
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return Optional.of(new double[n]);
    }

    @Override
    public OptionalDouble knownOptimalValue() {
        return OptionalDouble.of(0.0);
    }
}
