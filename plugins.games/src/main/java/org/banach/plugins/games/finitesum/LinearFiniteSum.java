package org.banach.plugins.games.finitesum;

import org.banach.api.games.FiniteSumOperator;
import org.banach.plugins.games.problems.AffineVi;

/**
 * The affine finite sum Fᵢ(z) = Mᵢ z + bᵢ (i = 0, …, n−1, Mᵢ dense d×d row-major) on Rᵈ or on the box
 * [−1, 1]ᵈ, with its average F(z) = M̄ z + b̄ precomputed (one d×d product, standing for n component
 * calls), a known solution and the constants L and β computed from the matrices (see
 * {@link FiniteSumConstants}). Name, box, start and solution as in {@link AffineVi}.
 */
final class LinearFiniteSum extends AffineVi implements FiniteSumOperator {

    private final int n;
    private final int d;
    private final double[] m;
    private final double[] b;
    private final double[] mean;
    private final double[] meanB;
    private final double lipschitz;
    private final double cocoercivity;

    /**
     * @param m the n matrices, matrix i at offset i·d·d, row-major
     * @param b the n offsets, offset i at i·d
     */
    LinearFiniteSum(String name, int n, double[] m, double[] b, boolean box, double[] start, double[] solution) {
        super(name, box, start, solution);
        this.n = n;
        this.d = start.length;
        this.m = m;
        this.b = b;
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
