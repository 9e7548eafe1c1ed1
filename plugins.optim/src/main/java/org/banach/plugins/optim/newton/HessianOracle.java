package org.banach.plugins.optim.newton;

import org.banach.api.Monitor;
import org.banach.api.optim.SmoothObjective;
import org.banach.plugins.optim.gradient.CountingOracle;
import org.banach.plugins.optim.gradient.Vectors;

/**
 * The dense Hessian as the Newton solvers see it: the problem's own ({@link SmoothObjective#hessian},
 * exact or assembled from Hessian-vector products) or, without one, forward differences of gradients,
 * column j = (∇f(x + h·eⱼ) − ∇f(x))/h with h = √u·(1 + |xⱼ|), symmetrised. Each evaluation is counted
 * as one {@code hessian} call (the n gradient calls of a difference Hessian are counted as {@code grad}
 * by the {@link CountingOracle}).
 */
final class HessianOracle {

    /** Counter name for Hessian evaluations. */
    static final String HESSIAN = "hessian";

    private final SmoothObjective problem;
    private final CountingOracle oracle;
    private final Monitor monitor;
    private final boolean exact;
    private final int n;
    private final double[] shifted;
    private final double[] gShifted;

    HessianOracle(SmoothObjective problem, CountingOracle oracle, Monitor monitor, boolean exact) {
        this.problem = problem;
        this.oracle = oracle;
        this.monitor = monitor;
        this.exact = exact;
        this.n = problem.dimension();
        this.shifted = new double[n];
        this.gShifted = new double[n];
    }

    /** Writes ∇²f(x) (row-major n×n) into {@code h}; {@code g} is ∇f(x), used by the difference quotient. */
    void evaluate(double[] x, double[] g, double[] h) {
        monitor.count(HESSIAN, 1);
        if (exact) {
            problem.hessian(x.clone(), h);
            return;
        }
        for (int j = 0; j < n; j++) {
            System.arraycopy(x, 0, shifted, 0, n);
            double step = Math.sqrt(Math.ulp(1.0)) * (1 + Math.abs(x[j]));
            shifted[j] += step;
            double actual = shifted[j] - x[j];
            oracle.valueAndGradient(shifted, gShifted);
            for (int i = 0; i < n; i++) {
                h[i * n + j] = (gShifted[i] - g[i]) / actual;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double m = 0.5 * (h[i * n + j] + h[j * n + i]);
                h[i * n + j] = m;
                h[j * n + i] = m;
            }
        }
    }

    /** True when every entry is finite. */
    static boolean finite(double[] h) {
        return Vectors.allFinite(h);
    }
}
