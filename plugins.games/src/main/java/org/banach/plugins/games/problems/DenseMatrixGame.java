package org.banach.plugins.games.problems;

import java.util.OptionalDouble;

import org.banach.api.InvalidProblemException;
import org.banach.api.games.MatrixGame;

/**
 * A two-player game held as its two dense payoff matrices (row-major); zero-sum exactly when
 * B = −A entry by entry, with an optional known value. Refuses NaN/Inf payoffs.
 */
final class DenseMatrixGame implements MatrixGame {

    private final String name;
    private final int rows;
    private final int cols;
    private final double[] a;
    private final double[] b;
    private final boolean zeroSum;
    private final OptionalDouble value;

    private DenseMatrixGame(String name, int rows, int cols, double[] a, double[] b, OptionalDouble value) {
        if (rows < 1 || cols < 1 || a.length != rows * cols || b.length != rows * cols) {
            throw new InvalidProblemException("problem '" + name + "': a " + rows + "x" + cols
                    + " game needs " + rows * cols + " payoffs per player, got " + a.length + " and " + b.length);
        }
        for (int k = 0; k < a.length; k++) {
            if (!Double.isFinite(a[k]) || !Double.isFinite(b[k])) {
                throw new InvalidProblemException("problem '" + name + "': payoff at row " + (k / cols + 1)
                        + ", column " + (k % cols + 1) + " is not finite");
            }
        }
        this.name = name;
        this.rows = rows;
        this.cols = cols;
        this.a = a.clone();
        this.b = b.clone();
        this.zeroSum = isNegation(a, b);
        this.value = zeroSum ? value : OptionalDouble.empty();
    }

    /** The zero-sum game with row payoffs {@code a} (B = −A). */
    static DenseMatrixGame zeroSum(String name, int rows, int cols, double[] a, OptionalDouble value) {
        double[] b = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            b[k] = -a[k];
        }
        return new DenseMatrixGame(name, rows, cols, a, b, value);
    }

    /** The bimatrix game (A, B); it is zero-sum when B = −A exactly. */
    static DenseMatrixGame bimatrix(String name, int rows, int cols, double[] a, double[] b) {
        return new DenseMatrixGame(name, rows, cols, a, b, OptionalDouble.empty());
    }

    private static boolean isNegation(double[] a, double[] b) {
        for (int k = 0; k < a.length; k++) {
            if (b[k] != -a[k]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int cols() {
        return cols;
    }

    @Override
    public double[] rowPayoffs() {
        return a;
    }

    @Override
    public double[] columnPayoffs() {
        return b;
    }

    @Override
    public boolean zeroSum() {
        return zeroSum;
    }

    @Override
    public OptionalDouble knownValue() {
        return value;
    }

    @Override
    public OptionalDouble knownOptimalValue() {
        return value;
    }
}
