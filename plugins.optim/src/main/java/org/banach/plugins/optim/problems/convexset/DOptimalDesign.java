package org.banach.plugins.optim.problems.convexset;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.banach.api.optim.ConvexSetObjective;
import org.banach.plugins.optim.numerics.Cholesky;

/**
 * D-optimal experimental design: choose weights w on the probability simplex over m candidate
 * points x_i ∈ R^d to minimise f(w) = −log det M(w), M(w) = Σ_i w_i x_i x_iᵀ (the information
 * matrix). f is convex and generalized self-concordant but not smooth on the simplex (it blows up as
 * M(w) becomes singular), one of the cases of Carderera, Besançon &amp; Pokutta (NeurIPS 2021).
 * ∂f/∂w_i = −x_iᵀ M⁻¹ x_i, and since Σ_i w_i x_iᵀM⁻¹x_i = tr(M⁻¹M) = d, the Frank–Wolfe gap at w is
 * max_i x_iᵀM⁻¹x_i − d; the Kiefer–Wolfowitz equivalence theorem (1960) says w is optimal exactly
 * when this is zero. Candidate points are standard Gaussian vectors drawn from a seed.
 */
public final class DOptimalDesign implements ConvexSetObjective {

    public static final String ID = "optim/d-optimal-design";

    private final int m;
    private final int d;
    private final double[] points; // row-major m×d

    public DOptimalDesign(int m, int d, long seed) {
        if (d < 1 || m < d) {
            throw new IllegalArgumentException("need d >= 1 and at least d candidate points, got m = " + m
                    + ", d = " + d);
        }
        this.m = m;
        this.d = d;
        this.points = new double[m * d];
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < points.length; i++) {
            double u = 1 - rnd.nextDouble();
            points[i] = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd.nextDouble());
        }
    }

    @Override
    public String name() {
        return ID;
    }

    @Override
    public int dimension() {
        return m;
    }

    /** The Cholesky factor of M(w), or null when M(w) is not positive definite. */
    private double[] factor(double[] w) {
        double[] a = new double[d * d];
        for (int i = 0; i < m; i++) {
            double wi = w[i];
            if (wi == 0) {
                continue;
            }
            int o = i * d;
            for (int r = 0; r < d; r++) {
                double s = wi * points[o + r];
                for (int c = 0; c <= r; c++) {
                    a[r * d + c] += s * points[o + c];
                }
            }
        }
        return Cholesky.factor(a, d, 0) ? a : null;
    }

    @Override
    public double value(double[] w) {
        double[] l = factor(w);
        return l == null ? Double.POSITIVE_INFINITY : -Cholesky.logDeterminant(l, d);
    }

    @Override
    public double valueAndGradient(double[] w, double[] g) {
        double[] l = factor(w);
        if (l == null) {
            Arrays.fill(g, Double.NaN);
            return Double.POSITIVE_INFINITY;
        }
        double[] z = new double[d];
        for (int i = 0; i < m; i++) {
            System.arraycopy(points, i * d, z, 0, d);
            Cholesky.solve(l, d, z);
            double q = 0;
            for (int r = 0; r < d; r++) {
                q += points[i * d + r] * z[r];
            }
            g[i] = -q;
        }
        return -Cholesky.logDeterminant(l, d);
    }

    /** The uniform design (M = XᵀX/m, positive definite for points in general position). */
    @Override
    public double[] start() {
        double[] w = new double[m];
        Arrays.fill(w, 1.0 / m);
        return w;
    }

    /** The simplex vertex e_k with k = argmin direction_k. */
    @Override
    public void linearMinimizer(double[] direction, double[] vertex) {
        int k = 0;
        for (int i = 1; i < m; i++) {
            if (direction[i] < direction[k]) {
                k = i;
            }
        }
        Arrays.fill(vertex, 0.0);
        vertex[k] = 1.0;
    }

    @Override
    public String feasibleSet() {
        return "probability simplex over " + m + " candidate points in R^" + d;
    }

    /** The dimension d of the design space. */
    public int designDimension() {
        return d;
    }
}
