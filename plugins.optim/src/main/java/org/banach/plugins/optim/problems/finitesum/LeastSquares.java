package org.banach.plugins.optim.problems.finitesum;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;

import org.banach.api.optim.FiniteSumObjective;
import org.banach.plugins.optim.numerics.Cholesky;

/**
 * Linear least squares as a finite sum, f(w) = (1/N) Σᵢ ½(aᵢᵀw − bᵢ)², on synthetic data: aᵢ with
 * N(0, 1) entries, b = A w₀ + σ·noise with w₀ and the noise N(0, 1), all from the seed. Its unique
 * minimiser (N ≥ d) solves the normal equations AᵀA w* = Aᵀb (Golub &amp; Van Loan, Matrix
 * Computations, 4th ed., §5.3), computed here by a Cholesky factorisation; f* = f(w*). Start w = 0.
 */
public final class LeastSquares implements FiniteSumObjective {

    public static final String ID = "optim/least-squares";

    private final int rows;
    private final int dim;
    private final double[] a;
    private final double[] b;
    private final double[] minimizer;
    private final double optimum;

    LeastSquares(int n, int d, double noise, long seed) {
        if (n < d) {
            throw new IllegalArgumentException("least squares needs n >= d for a unique minimiser, got n = " + n + ", d = " + d);
        }
        this.rows = n;
        this.dim = d;
        SyntheticData rng = new SyntheticData(seed);
        double[] w0 = new double[d];
        for (int j = 0; j < d; j++) {
            w0[j] = rng.gaussian();
        }
        this.a = new double[n * d];
        this.b = new double[n];
        for (int i = 0; i < n; i++) {
            double z = 0;
            for (int j = 0; j < d; j++) {
                a[i * d + j] = rng.gaussian();
                z += a[i * d + j] * w0[j];
            }
            b[i] = z + noise * rng.gaussian();
        }
        this.minimizer = solveNormalEquations();
        this.optimum = value(minimizer);
    }

    /** w* from AᵀA w = Aᵀb by Cholesky, AᵀA = LLᵀ. */
    private double[] solveNormalEquations() {
        double[] m = new double[dim * dim];
        double[] r = new double[dim];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < dim; j++) {
                double aij = a[i * dim + j];
                r[j] += aij * b[i];
                for (int k = 0; k <= j; k++) {
                    m[j * dim + k] += aij * a[i * dim + k];
                }
            }
        }
        if (!Cholesky.factor(m, dim, 0)) {
            throw new IllegalArgumentException("the synthetic design matrix is rank deficient");
        }
        Cholesky.solve(m, dim, r);
        return r;
    }

    @Override
    public String name() {
        return ID;
    }

    @Override
    public int dimension() {
        return dim;
    }

    @Override
    public int components() {
        return rows;
    }

    private double residual(int i, double[] w) {
        double z = -b[i];
        for (int j = 0; j < dim; j++) {
            z += a[i * dim + j] * w[j];
        }
        return z;
    }

    @Override
    public double componentValueAndGradient(int i, double[] w, double[] gradient) {
        double r = residual(i, w);
        for (int j = 0; j < dim; j++) {
            gradient[j] = r * a[i * dim + j];
        }
        return 0.5 * r * r;
    }

    @Override
    public double batchValueAndGradient(int[] batch, double[] w, double[] gradient) {
        Arrays.fill(gradient, 0.0);
        double f = 0;
        double inv = 1.0 / batch.length;
        for (int i : batch) {
            double r = residual(i, w);
            f += 0.5 * r * r;
            for (int j = 0; j < dim; j++) {
                gradient[j] += inv * r * a[i * dim + j];
            }
        }
        return f * inv;
    }

    @Override
    public double valueAndGradient(double[] w, double[] gradient) {
        Arrays.fill(gradient, 0.0);
        double f = 0;
        double inv = 1.0 / rows;
        for (int i = 0; i < rows; i++) {
            double r = residual(i, w);
            f += 0.5 * r * r;
            for (int j = 0; j < dim; j++) {
                gradient[j] += inv * r * a[i * dim + j];
            }
        }
        return f * inv;
    }

    @Override
    public double value(double[] w) {
        double f = 0;
        for (int i = 0; i < rows; i++) {
            double r = residual(i, w);
            f += 0.5 * r * r;
        }
        return f / rows;
    }

    @Override
    public double[] start() {
        return new double[dim];
    }

    @Override
    public boolean hasHessianVector() {
        return true;
    }

    /** ∇²f v = (1/N) AᵀA v. */
    @Override
    public void hessianVector(double[] w, double[] v, double[] out) {
        Arrays.fill(out, 0.0);
        for (int i = 0; i < rows; i++) {
            double z = 0;
            for (int j = 0; j < dim; j++) {
                z += a[i * dim + j] * v[j];
            }
            for (int j = 0; j < dim; j++) {
                out[j] += z * a[i * dim + j] / rows;
            }
        }
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return Optional.of(minimizer.clone());
    }

    @Override
    public OptionalDouble knownOptimalValue() {
        return OptionalDouble.of(optimum);
    }
}
