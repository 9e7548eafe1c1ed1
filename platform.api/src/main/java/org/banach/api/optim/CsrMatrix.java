package org.banach.api.optim;

import java.util.Arrays;

/**
 * A sparse matrix in compressed sparse row form: row i holds the entries
 * {@code values[rowStart[i] .. rowStart[i+1])} in columns {@code columns[...]}, columns strictly
 * increasing within a row. Immutable (arrays are copied in and out).
 */
public final class CsrMatrix {

    private final int rows;
    private final int cols;
    private final int[] rowStart;
    private final int[] columns;
    private final double[] values;

    public CsrMatrix(int rows, int cols, int[] rowStart, int[] columns, double[] values) {
        if (rows < 0 || cols < 0 || rowStart.length != rows + 1 || rowStart[0] != 0
                || rowStart[rows] != columns.length || columns.length != values.length) {
            throw new IllegalArgumentException("inconsistent CSR arrays for a " + rows + "x" + cols + " matrix: rowStart "
                    + rowStart.length + ", columns " + columns.length + ", values " + values.length);
        }
        for (int i = 0; i < rows; i++) {
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                if (columns[k] < 0 || columns[k] >= cols || (k > rowStart[i] && columns[k] <= columns[k - 1])) {
                    throw new IllegalArgumentException("row " + i + ": column indices must be in [0, " + cols
                            + ") and strictly increasing");
                }
            }
        }
        this.rows = rows;
        this.cols = cols;
        this.rowStart = rowStart.clone();
        this.columns = columns.clone();
        this.values = values.clone();
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public int nonZeros() {
        return values.length;
    }

    public int[] rowStart() {
        return rowStart.clone();
    }

    public int[] columns() {
        return columns.clone();
    }

    public double[] values() {
        return values.clone();
    }

    /** y := A·x. */
    public void multiply(double[] x, double[] y) {
        for (int i = 0; i < rows; i++) {
            double s = 0;
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                s += values[k] * x[columns[k]];
            }
            y[i] = s;
        }
    }

    /** The diagonal entries (0 where absent). */
    public double[] diagonal() {
        double[] d = new double[Math.min(rows, cols)];
        for (int i = 0; i < d.length; i++) {
            int k = Arrays.binarySearch(columns, rowStart[i], rowStart[i + 1], i);
            d[i] = k >= 0 ? values[k] : 0.0;
        }
        return d;
    }
}
