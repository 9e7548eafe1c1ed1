package org.banach.plugins.optim.constrained;

import java.util.Random;

import org.banach.api.Monitor;
import org.banach.plugins.optim.numerics.Cholesky;

/**
 * Randomized iterative sketching for a square system K d = b (Gower &amp; Richtárik, "Randomized
 * iterative methods for linear systems", SIAM J. Matrix Anal. Appl. 36 (2015), sketch-and-project
 * with the Euclidean metric): each iteration draws a Gaussian sketch S ∈ R^{N×s} and projects d onto
 * {y : SᵀK y = Sᵀb}, d ← d − KᵀS (SᵀK KᵀS)⁻¹ Sᵀ(K d − b). It stops once ‖K d − b‖ ≤ tol. Seeded by the
 * run's seed; one {@code sketch} count per projection.
 */
final class SketchAndProject {

    /** Counter name for sketching iterations. */
    static final String SKETCH = "sketch";

    private final Random random;
    private final int sketchSize;
    private final int maxIterations;
    private int iterations;
    private double residual;

    SketchAndProject(long seed, int sketchSize, int maxIterations) {
        this.random = new Random(seed);
        this.sketchSize = sketchSize;
        this.maxIterations = maxIterations;
    }

    /** Projections of the last call. */
    int iterations() {
        return iterations;
    }

    /** ‖K d − b‖ at the end of the last call. */
    double residual() {
        return residual;
    }

    /**
     * Improves {@code d} in place until ‖K d − b‖ ≤ tol or the iteration cap.
     *
     * @return true when the tolerance was met
     */
    boolean solve(double[] k, int dim, double[] b, double[] d, double tol, Monitor monitor) {
        int s = Math.min(sketchSize, dim);
        double[] e = new double[dim];
        double[] sk = new double[s * dim];
        double[] sketch = new double[dim * s];
        double[] gram = new double[s * s];
        double[] z = new double[s];
        residual = residual(k, dim, b, d, e);
        iterations = 0;
        try {
            while (residual > tol) {
                if (iterations >= maxIterations || (iterations % 1024 == 1023 && monitor.stopRequested())) {
                    return false;
                }
                for (int i = 0; i < sketch.length; i++) {
                    sketch[i] = random.nextGaussian();
                }
                // SᵀK (s×dim) and Sᵀe.
                for (int a = 0; a < s; a++) {
                    double za = 0;
                    for (int j = 0; j < dim; j++) {
                        sk[a * dim + j] = 0;
                    }
                    for (int i = 0; i < dim; i++) {
                        double sia = sketch[i * s + a];
                        za += sia * e[i];
                        for (int j = 0; j < dim; j++) {
                            sk[a * dim + j] += sia * k[i * dim + j];
                        }
                    }
                    z[a] = za;
                }
                double trace = 0;
                for (int a = 0; a < s; a++) {
                    for (int c = 0; c < s; c++) {
                        double v = 0;
                        for (int j = 0; j < dim; j++) {
                            v += sk[a * dim + j] * sk[c * dim + j];
                        }
                        gram[a * s + c] = v;
                    }
                    trace += gram[a * s + a];
                }
                iterations++;
                if (!factor(gram, s, trace)) {
                    return false; // SᵀK is zero or not finite
                }
                Cholesky.solve(gram, s, z);
                for (int a = 0; a < s; a++) {
                    for (int j = 0; j < dim; j++) {
                        d[j] -= sk[a * dim + j] * z[a];
                    }
                }
                residual = residual(k, dim, b, d, e);
                if (!Double.isFinite(residual)) {
                    return false;
                }
            }
            return true;
        } finally {
            monitor.count(SKETCH, iterations);
        }
    }

    private static boolean factor(double[] gram, int s, double trace) {
        if (!(trace > 0)) {
            return false;
        }
        double[] copy = gram.clone();
        if (Cholesky.factor(gram, s, 1e-13 * trace)) {
            return true;
        }
        // SᵀK rank-deficient (a singular K): a Tikhonov-regularised projection instead.
        System.arraycopy(copy, 0, gram, 0, copy.length);
        for (int a = 0; a < s; a++) {
            gram[a * s + a] += 1e-10 * trace / s;
        }
        return Cholesky.factor(gram, s, 0);
    }

    /** e = K d − b; returns ‖e‖. */
    private static double residual(double[] k, int dim, double[] b, double[] d, double[] e) {
        Dense.multiply(k, dim, dim, d, e);
        for (int i = 0; i < dim; i++) {
            e[i] -= b[i];
        }
        return Dense.norm(e);
    }
}
