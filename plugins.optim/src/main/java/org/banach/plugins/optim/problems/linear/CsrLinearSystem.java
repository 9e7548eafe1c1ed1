package org.banach.plugins.optim.problems.linear;

import org.banach.api.optim.CsrMatrix;
import org.banach.api.optim.LinearSystem;

/**
 * A {@link LinearSystem} holding an assembled matrix A and right-hand side b; the start is zero.
 * Immutable: {@link CsrMatrix} copies its arrays and {@link #rhs()} returns a fresh copy.
 */
public final class CsrLinearSystem implements LinearSystem {

    private final String name;
    private final CsrMatrix matrix;
    private final double[] rhs;
    private final boolean spd;

    /**
     * @param name the instance id
     * @param matrix A
     * @param rhs b (copied)
     * @param spd whether A is known to be symmetric positive definite
     */
    public CsrLinearSystem(String name, CsrMatrix matrix, double[] rhs, boolean spd) {
        this.name = name;
        this.matrix = matrix;
        this.rhs = rhs.clone();
        this.spd = spd;
    }

    /** b := A·1, so that x* = (1, …, 1) when A is nonsingular. */
    public static double[] timesOnes(CsrMatrix a) {
        double[] ones = new double[a.cols()];
        java.util.Arrays.fill(ones, 1.0);
        double[] b = new double[a.rows()];
        a.multiply(ones, b);
        return b;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int dimension() {
        return matrix.cols();
    }

    @Override
    public CsrMatrix matrix() {
        return matrix;
    }

    @Override
    public double[] rhs() {
        return rhs.clone();
    }

    @Override
    public boolean symmetricPositiveDefinite() {
        return spd;
    }
}
