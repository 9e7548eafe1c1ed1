package org.banach.plugins.optim.problems.composite;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

import org.banach.api.optim.FiniteSumObjective;
import org.banach.api.optim.ProblemConstants;

/**
 * Least squares f(x) = (1/N) Σᵢ ½(aᵢᵀx − bᵢ)² = (1/2N)‖Ax − b‖² on synthetic data with a chosen
 * spectrum: A = U S Vᵀ with U (N×r) and V (d×r) random orthonormal columns and the r nonzero
 * eigenvalues of AᵀA/N log-spaced from 1 down to 1/condition; b = A x₀ + noise·ξ with Gaussian x₀, ξ.
 * So the constants are exact: L = 1, μ = 1/condition (strong convexity when r = d, else only the
 * Polyak–Łojasiewicz constant: f is PL but not strongly convex), Lᵢ = ‖aᵢ‖² and L_max = maxᵢ ‖aᵢ‖².
 * The minimiser closest to the start 0 is the minimum-norm solution x* = V S⁻¹ Uᵀ b (known in closed
 * form, as is f* = f(x*)). Noise makes the components disagree at x* (σ* &gt; 0), as SGD's theorems need.
 */
public final class SpectralLeastSquares implements FiniteSumObjective, ProblemConstants {

    private final String name;
    private final double[][] a;
    private final double[] b;
    private final int rank;
    private final double condition;
    private final double lMax;
    private final double[] minimizer;

    public SpectralLeastSquares(String name, int samples, int d, int rank, double condition, double noise, long seed) {
        if (rank < 1 || rank > Math.min(samples, d)) {
            throw new IllegalArgumentException("rank " + rank + " must lie in [1, min(samples, d)] = [1, "
                    + Math.min(samples, d) + "]");
        }
        this.name = name;
        this.rank = rank;
        this.condition = condition;
        SplittableRandom random = new SplittableRandom(seed);
        double[][] u = RandomMatrices.orthonormalColumns(random, samples, rank);
        double[][] v = RandomMatrices.orthonormalColumns(random, d, rank);
        double[] s = new double[rank];
        for (int j = 0; j < rank; j++) {
            double eigen = rank == 1 ? 1 : Math.pow(condition, -(double) j / (rank - 1));
            s[j] = Math.sqrt(samples * eigen);
        }
        a = new double[samples][d];
        for (int j = 0; j < rank; j++) {
            for (int i = 0; i < samples; i++) {
                double us = u[j][i] * s[j];
                for (int k = 0; k < d; k++) {
                    a[i][k] += us * v[j][k];
                }
            }
        }
        double[] x0 = RandomMatrices.gaussian(random, d);
        b = new double[samples];
        double max = 0;
        for (int i = 0; i < samples; i++) {
            b[i] = RandomMatrices.dot(a[i], x0) + noise * RandomMatrices.gaussian(random);
            max = Math.max(max, RandomMatrices.dot(a[i], a[i]));
        }
        lMax = max;
        minimizer = new double[d];
        for (int j = 0; j < rank; j++) {
            double c = RandomMatrices.dot(u[j], b) / s[j];
            for (int k = 0; k < d; k++) {
                minimizer[k] += c * v[j][k];
            }
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int dimension() {
        return a[0].length;
    }

    @Override
    public int components() {
        return a.length;
    }

    /** Row i of A (a copy). */
    public double[] row(int i) {
        return a[i].clone();
    }

    /** bᵢ. */
    public double target(int i) {
        return b[i];
    }

    /** The rank r of A. */
    public int rank() {
        return rank;
    }

    @Override
    public double componentValueAndGradient(int i, double[] x, double[] gradient) {
        double r = RandomMatrices.dot(a[i], x) - b[i];
        for (int k = 0; k < gradient.length; k++) {
            gradient[k] = r * a[i][k];
        }
        return 0.5 * r * r;
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradient) {
        java.util.Arrays.fill(gradient, 0.0);
        double f = 0;
        for (int i = 0; i < a.length; i++) {
            double r = RandomMatrices.dot(a[i], x) - b[i];
            f += 0.5 * r * r;
            for (int k = 0; k < gradient.length; k++) {
                gradient[k] += r * a[i][k];
            }
        }
        double inv = 1.0 / a.length;
        for (int k = 0; k < gradient.length; k++) {
            gradient[k] *= inv;
        }
        return f * inv;
    }

    @Override
    public double value(double[] x) {
        double f = 0;
        for (int i = 0; i < a.length; i++) {
            double r = RandomMatrices.dot(a[i], x) - b[i];
            f += 0.5 * r * r;
        }
        return f / a.length;
    }

    @Override
    public double[] start() {
        return new double[dimension()];
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return Optional.of(minimizer.clone());
    }

    @Override
    public OptionalDouble knownOptimalValue() {
        return OptionalDouble.of(value(minimizer));
    }

    @Override
    public OptionalDouble smoothness() {
        return OptionalDouble.of(1.0);
    }

    @Override
    public OptionalDouble componentSmoothness() {
        return OptionalDouble.of(lMax);
    }

    @Override
    public OptionalDouble strongConvexity() {
        return rank == dimension() ? OptionalDouble.of(1.0 / condition) : OptionalDouble.empty();
    }

    @Override
    public OptionalDouble polyakLojasiewicz() {
        return OptionalDouble.of(1.0 / condition);
    }
}
