package org.banach.plugins.optim.problems;

import java.util.Optional;
import java.util.OptionalDouble;

import org.banach.api.optim.SmoothObjective;

/**
 * Rosenbrock's function in n variables (Rosenbrock, Comput. J. 3:175–184, 1960), in two
 * generalisations:
 * <ul>
 * <li>{@code chained}: f = Σ_{i=1}^{n−1} [100(x_{i+1} − x_i²)² + (1 − x_i)²] (the "chained Rosenbrock
 * function" of Lukšan &amp; Vlček, Sparse and partially separable test problems for unconstrained and
 * equality constrained optimization, Tech. Rep. 767, ICS AS CR, 1999, problem 1);</li>
 * <li>{@code extended}: f = Σ_{i=1}^{n/2} [100(x_{2i} − x_{2i−1}²)² + (1 − x_{2i−1})²], n even (Moré,
 * Garbow &amp; Hillstrom, ACM TOMS 7(1), 1981, problem 21).</li>
 * </ul>
 * Start (−1.2, 1, −1.2, 1, …); f* = 0 at (1, …, 1). Gradient and Hessian-vector product are analytic
 * and cost O(n).
 */
public final class GeneralRosenbrock implements SmoothObjective {

    /** Provider id of this family. */
    public static final String ID = "optim/rosenbrock";

    private final int n;
    private final boolean chained;

    /**
     * @param n at least 2 (even for extended)
     * @param chained the chained variant, else the extended one
     */
    public GeneralRosenbrock(int n, boolean chained) {
        if (n < 2 || (!chained && n % 2 != 0)) {
            throw new IllegalArgumentException("n = " + n + " invalid for the " + (chained ? "chained" : "extended")
                    + " Rosenbrock function (need n >= 2" + (chained ? ")" : " and even)"));
        }
        this.n = n;
        this.chained = chained;
    }

    /** Step between the first indices of consecutive terms: 1 chained, 2 extended. */
    private int stride() {
        return chained ? 1 : 2;
    }

    @Override
    public String name() {
        return ID;
    }

    @Override
    public int dimension() {
        return n;
    }

    public boolean chained() {
        return chained;
    }

    @Override
    public double value(double[] x) {
        double f = 0;
        for (int i = 0; i + 1 < n; i += stride()) {
            double a = x[i + 1] - x[i] * x[i];
            double b = 1 - x[i];
            f += 100 * a * a + b * b;
        }
        return f;
    }

    @Override
    public double valueAndGradient(double[] x, double[] g) {
        java.util.Arrays.fill(g, 0, n, 0.0);
        double f = 0;
        for (int i = 0; i + 1 < n; i += stride()) {
            double a = x[i + 1] - x[i] * x[i];
            double b = 1 - x[i];
            f += 100 * a * a + b * b;
            g[i] += -400 * a * x[i] - 2 * b;
            g[i + 1] += 200 * a;
        }
        return f;
    }

    @Override
    public boolean hasHessianVector() {
        return true;
    }

    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        java.util.Arrays.fill(out, 0, n, 0.0);
        for (int i = 0; i + 1 < n; i += stride()) {
            double hii = 1200 * x[i] * x[i] - 400 * x[i + 1] + 2;
            double hij = -400 * x[i];
            out[i] += hii * v[i] + hij * v[i + 1];
            out[i + 1] += hij * v[i] + 200 * v[i + 1];
        }
    }

    @Override
    public double[] start() {
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = i % 2 == 0 ? -1.2 : 1;
        }
        return s;
    }

    @Override
    public OptionalDouble knownOptimalValue() {
        return OptionalDouble.of(0);
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        double[] one = new double[n];
        java.util.Arrays.fill(one, 1);
        return Optional.of(one);
    }

    @Override
    public String toString() {
        return ID + " (n=" + n + ", variant=" + (chained ? "chained" : "extended") + ")";
    }
}
