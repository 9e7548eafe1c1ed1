package org.banach.runtime.cpu;

import org.banach.api.backend.DeviceMatrix;

/**
 * A sparse matrix of the CPU backend, from {@link CpuBackend#uploadSparse}: compressed sparse row
 * arrays in the Java heap (row i holds {@code values[rowStart[i] .. rowStart[i+1])} in columns
 * {@code columns[...]}, strictly increasing). Only {@link CpuBackend#spmv} and
 * {@link CpuBackend#download} (which gives the dense row-major form) accept it; every dense
 * operation rejects it with an {@link IllegalArgumentException} naming the operation.
 *
 * <p>Immutable apart from {@link #close()}, which drops the arrays; any later use throws
 * {@link IllegalArgumentException}. Closing twice is harmless.
 */
public final class CpuSparseMatrix implements DeviceMatrix {

    private final int rows;
    private final int cols;
    private final int nonZeros;
    private int[] rowStart;
    private int[] columns;
    private double[] values;

    /** Takes the arrays as they are (the caller hands over validated, unshared copies). */
    CpuSparseMatrix(int rows, int cols, int[] rowStart, int[] columns, double[] values) {
        this.rows = rows;
        this.cols = cols;
        this.nonZeros = values.length;
        this.rowStart = rowStart;
        this.columns = columns;
        this.values = values;
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int cols() {
        return cols;
    }

    /** Number of stored entries. */
    public int nonZeros() {
        return nonZeros;
    }

    @Override
    public String backendId() {
        return CpuMatrix.BACKEND_ID;
    }

    /** Whether {@link #close()} has been called. */
    public boolean isClosed() {
        return values == null;
    }

    @Override
    public void close() {
        rowStart = null;
        columns = null;
        values = null;
    }

    int[] rowStart() {
        return rowStart;
    }

    int[] columns() {
        return columns;
    }

    double[] values() {
        return values;
    }

    /** The dense row-major form (for download). */
    double[] dense() {
        double[] d = new double[Shapes.entries("download", rows, cols)];
        for (int i = 0; i < rows; i++) {
            int off = i * cols;
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                d[off + columns[k]] = values[k];
            }
        }
        return d;
    }

    @Override
    public String toString() {
        return "CpuSparseMatrix " + rows + "x" + cols + ", " + nonZeros + " non-zeros"
                + (values == null ? " (closed)" : "");
    }

    /**
     * {@code m} as an open sparse CPU matrix for operation {@code op} ({@code name} is the
     * argument's name in messages).
     *
     * @throws IllegalArgumentException if {@code m} is null, dense, of another backend or closed
     */
    static CpuSparseMatrix of(String op, String name, DeviceMatrix m) {
        if (m == null) {
            throw new IllegalArgumentException(op + ": " + name + " is null");
        }
        if (m instanceof CpuMatrix) {
            throw new IllegalArgumentException(op + ": " + name + " (" + m.rows() + "x" + m.cols()
                    + ") is a dense matrix; " + op + " needs a sparse one from uploadSparse");
        }
        if (!(m instanceof CpuSparseMatrix)) {
            throw new IllegalArgumentException(op + ": " + name + " (" + m.rows() + "x" + m.cols()
                    + ") belongs to backend '" + m.backendId() + "', not to '" + CpuMatrix.BACKEND_ID
                    + "'; upload it here with uploadSparse first");
        }
        CpuSparseMatrix s = (CpuSparseMatrix) m;
        if (s.values == null) {
            throw new IllegalArgumentException(op + ": " + name + " (" + m.rows() + "x" + m.cols() + ") is closed");
        }
        return s;
    }
}
