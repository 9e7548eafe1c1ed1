package org.banach.plugins.games.saddle;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;

import org.banach.api.games.SaddlePoint;

/**
 * A strongly convex–strongly concave quadratic–bilinear saddle with a closed-form solution:
 * <pre>
 *   L(x, y) = ⟨Kx, y⟩ + (μ/2)‖x − a‖² − (ν/2)‖y‖² − bᵀy,   x, y ∈ Rᵈ,
 * </pre>
 * i.e. G(x) = (μ/2)‖x − a‖², F*(y) = (ν/2)‖y‖² + bᵀy, with K = U diag(s) Vᵀ (U, V random orthogonal
 * from the seed, s geometric from 1 to {@code condition}) and a, b standard normal. Then
 * P(x) = (μ/2)‖x − a‖² + ‖Kx − b‖²/(2ν), D(y) = −(ν/2)‖y‖² − bᵀy + aᵀKᵀy − ‖Kᵀy‖²/(2μ) (both finite
 * everywhere: the infeasibilities are 0), and the saddle point solves μ(x − a) + Kᵀy = 0,
 * Kx − νy − b = 0: y* = U diag(1/(s²/μ + ν)) Uᵀ (Ka − b), x* = a − Kᵀy* / μ. K is dense and offered to
 * solvers ({@link #denseK}) for Backend products. Start (0, 0).
 */
public final class QuadraticSaddle implements SaddlePoint {

    private final int d;
    private final double mu;
    private final double nu;
    private final double[] k;
    private final double[] a;
    private final double[] b;
    private final double[] solution;

    QuadraticSaddle(int d, long seed, double mu, double nu, double condition) {
        this.d = d;
        this.mu = mu;
        this.nu = nu;
        Random random = new Random(seed);
        double[] u = orthogonal(d, random);
        double[] v = orthogonal(d, random);
        double[] s = new double[d];
        for (int i = 0; i < d; i++) {
            s[i] = d == 1 ? 1 : Math.pow(condition, i / (double) (d - 1));
        }
        k = new double[d * d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double sum = 0;
                for (int l = 0; l < d; l++) {
                    sum += u[i * d + l] * s[l] * v[j * d + l];
                }
                k[i * d + j] = sum;
            }
        }
        a = gaussian(d, random);
        b = gaussian(d, random);
        double[] rhs = new double[d];
        applyK(a, rhs);
        for (int i = 0; i < d; i++) {
            rhs[i] -= b[i];
        }
        double[] coefficients = new double[d]; // diag(1/(s²/μ + ν)) Uᵀ rhs
        for (int l = 0; l < d; l++) {
            double sum = 0;
            for (int i = 0; i < d; i++) {
                sum += u[i * d + l] * rhs[i];
            }
            coefficients[l] = sum / (s[l] * s[l] / mu + nu);
        }
        double[] y = new double[d];
        for (int i = 0; i < d; i++) {
            double sum = 0;
            for (int l = 0; l < d; l++) {
                sum += u[i * d + l] * coefficients[l];
            }
            y[i] = sum;
        }
        double[] kty = new double[d];
        applyKT(y, kty);
        solution = new double[2 * d];
        for (int j = 0; j < d; j++) {
            solution[j] = a[j] - kty[j] / mu;
        }
        System.arraycopy(y, 0, solution, d, d);
    }

    /** A random orthogonal d×d matrix (row-major): modified Gram–Schmidt on Gaussian columns. */
    private static double[] orthogonal(int d, Random random) {
        double[] q = gaussian(d * d, random);
        for (int c = 0; c < d; c++) {
            for (int p = 0; p < c; p++) {
                double dot = 0;
                for (int i = 0; i < d; i++) {
                    dot += q[i * d + c] * q[i * d + p];
                }
                for (int i = 0; i < d; i++) {
                    q[i * d + c] -= dot * q[i * d + p];
                }
            }
            double norm = 0;
            for (int i = 0; i < d; i++) {
                norm += q[i * d + c] * q[i * d + c];
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < d; i++) {
                q[i * d + c] /= norm;
            }
        }
        return q;
    }

    private static double[] gaussian(int length, Random random) {
        double[] g = new double[length];
        for (int i = 0; i < length; i++) {
            g[i] = random.nextGaussian();
        }
        return g;
    }

    @Override
    public String name() {
        return SaddleProblemProvider.QUADRATIC;
    }

    @Override
    public int primalDimension() {
        return d;
    }

    @Override
    public int dualDimension() {
        return d;
    }

    @Override
    public void applyK(double[] x, double[] out) {
        for (int i = 0; i < d; i++) {
            double sum = 0;
            for (int j = 0; j < d; j++) {
                sum += k[i * d + j] * x[j];
            }
            out[i] = sum;
        }
    }

    @Override
    public void applyKT(double[] y, double[] out) {
        java.util.Arrays.fill(out, 0, d, 0.0);
        for (int i = 0; i < d; i++) {
            double yi = y[i];
            for (int j = 0; j < d; j++) {
                out[j] += k[i * d + j] * yi;
            }
        }
    }

    @Override
    public Optional<double[]> denseK() {
        return Optional.of(k);
    }

    @Override
    public void proxG(double tau, double[] x) {
        for (int j = 0; j < d; j++) {
            x[j] = (x[j] + tau * mu * a[j]) / (1 + tau * mu);
        }
    }

    @Override
    public void proxFStar(double sigma, double[] y) {
        for (int i = 0; i < d; i++) {
            y[i] = (y[i] - sigma * b[i]) / (1 + sigma * nu);
        }
    }

    @Override
    public double[] start() {
        return new double[2 * d];
    }

    @Override
    public double primalObjective(double[] x) {
        double[] kx = new double[d];
        applyK(x, kx);
        double s = 0;
        for (int j = 0; j < d; j++) {
            s += mu / 2 * (x[j] - a[j]) * (x[j] - a[j]) + (kx[j] - b[j]) * (kx[j] - b[j]) / (2 * nu);
        }
        return s;
    }

    @Override
    public double dualObjective(double[] y) {
        double[] kty = new double[d];
        applyKT(y, kty);
        double s = 0;
        for (int i = 0; i < d; i++) {
            s += -nu / 2 * y[i] * y[i] - b[i] * y[i] + a[i] * kty[i] - kty[i] * kty[i] / (2 * mu);
        }
        return s;
    }

    @Override
    public double primalInfeasibility(double[] x) {
        return 0;
    }

    @Override
    public double dualInfeasibility(double[] y) {
        return 0;
    }

    @Override
    public Optional<double[]> knownSolution() {
        return Optional.of(solution.clone());
    }

    @Override
    public OptionalDouble knownOptimalValue() {
        return OptionalDouble.of(primalObjective(java.util.Arrays.copyOf(solution, d)));
    }
}
