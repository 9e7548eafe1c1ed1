package org.banach.plugins.games.finitesum;

import java.util.Optional;

import org.banach.api.games.FiniteSumOperator;

/**
 * The affine finite sum Fᵢ(z) = Mᵢ z + bᵢ (i = 0, …, n−1, Mᵢ dense d×d row-major) on Rᵈ or on the box
 * [−1, 1]ᵈ, with its average F(z) = M̄ z + b̄ precomputed (one d×d product, standing for n component
 * calls), a known solution and the constants L and β computed from the matrices (see
 * {@link FiniteSumConstants}).
 */
final class LinearFiniteSum implements FiniteSumOperator {

    private final String name;
    private final int n;
    private final int d;
    private final double[] m;
    private final double[] b;
    private final double[] mean;
    private final double[] meanB;
    private final boolean box;
    private final double[] start;
    private final double[] solution;
    private final double lipschitz;
    private final double cocoercivity;

    /**
     * @param m the n matrices, matrix i at offset i·d·d, row-major
     * @param b the n offsets, offset i at i·d
     */
    LinearFiniteSum(String name, int n, double[] m, double[] b, boolean box, double[] start, double[] solution) {
        this.name = name;
        this.n = n;
        this.d = start.length;
        this.m = m;
        this.b = b;
        this.box = box;
        this.start = start.clone();
        this.solution = solution.clone();
        this.mean = new double[d * d];
        this.meanB = new double[d];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d * d; k++) {
                mean[k] += m[i * d * d + k] / n;
            }
            for (int k = 0; k < d; k++) {
                meanB[k] += b[i * d + k] / n;
            }
        }
        FiniteSumConstants c = FiniteSumConstants.of(n, d, m, mean);
        this.lipschitz = c.lipschitz();
        this.cocoercivity = c.cocoercivity();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int dimension() {
        return d;
    }

    @Override
    public int components() {
        return n;
    }

    @Override
    public void componentOperator(int i, double[] z, double[] out) {
        affine(m, i * d * d, b, i * d, z, out);
    }

    @Override
    public void operator(double[] z, double[] out) {
        affine(mean, 0, meanB, 0, z, out);
    }

    private void affine(double[] mat, int mOff, double[] off, int bOff, double[] z, double[] out) {
        for (int r = 0; r < d; r++) {
            double s = off[bOff + r];
            int row = mOff + r * d;
            for (int c = 0; c < d; c++) {
                s += mat[row + c] * z[c];
            }
            out[r] = s;
        }
    }

    @Override
    public void project(double[] z) {
        if (box) {
            for (int i = 0; i < d; i++) {
                z[i] = Math.max(-1.0, Math.min(1.0, z[i]));
            }
        }
    }

    @Override
    public double[] start() {
        return start.clone();
    }

    @Override
    public Optional<double[]> knownSolution() {
        return Optional.of(solution.clone());
    }

    @Override
    public double meanSquareLipschitz() {
        return lipschitz;
    }

    @Override
    public double meanSquareCocoercivity() {
        return cocoercivity;
    }

    /** The average matrix M̄ (a copy). */
    double[] meanMatrix() {
        return mean.clone();
    }
}
