package org.banach.api.data;

/** A dense rows×cols matrix, row-major. Immutable (arrays are copied in and out). */
public final class DenseMatrix {

    private final int rows;
    private final int cols;
    private final double[] values;

    public DenseMatrix(int rows, int cols, double[] rowMajor) {
        if (rows < 0 || cols < 0 || (long) rows * cols != rowMajor.length) {
            throw new IllegalArgumentException(rows + "x" + cols + " matrix needs " + (long) rows * cols
                    + " values, got " + rowMajor.length);
        }
        this.rows = rows;
        this.cols = cols;
        this.values = rowMajor.clone();
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public double get(int i, int j) {
        return values[i * cols + j];
    }

    /** Entries, row-major (a fresh copy). */
    public double[] values() {
        return values.clone();
    }
}
