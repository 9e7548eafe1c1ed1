package org.banach.runtime.cpu;

import org.banach.api.backend.DeviceMatrix;
import org.ejml.data.DMatrixRMaj;

/**
 * A matrix of the CPU backend: a row-major EJML {@link DMatrixRMaj} in the Java heap. Two
 * distinct {@code CpuMatrix} objects never share storage (there are no views), so "aliasing" in
 * {@link CpuBackend} always means passing the same object twice.
 *
 * <p>{@link #close()} drops the reference to the storage so the garbage collector can reclaim
 * it; any later use of the matrix by the backend throws {@link IllegalArgumentException}. Closing
 * twice is harmless. Not thread-safe, like the data it wraps.
 */
public final class CpuMatrix implements DeviceMatrix {

    /** The backend id every CPU matrix reports. */
    public static final String BACKEND_ID = "cpu";

    private final int rows;
    private final int cols;
    private DMatrixRMaj data;

    CpuMatrix(DMatrixRMaj data) {
        this.rows = data.numRows;
        this.cols = data.numCols;
        this.data = data;
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
    public String backendId() {
        return BACKEND_ID;
    }

    /** Whether {@link #close()} has been called. */
    public boolean isClosed() {
        return data == null;
    }

    @Override
    public void close() {
        data = null;
    }

    @Override
    public String toString() {
        return "CpuMatrix " + rows + "x" + cols + (data == null ? " (closed)" : "");
    }

    /**
     * The storage of {@code m} for operation {@code op}, where {@code name} is the argument's
     * name in messages.
     *
     * @throws IllegalArgumentException if {@code m} is null, belongs to another backend or is
     *     closed
     */
    static DMatrixRMaj storage(String op, String name, DeviceMatrix m) {
        if (m == null) {
            throw new IllegalArgumentException(op + ": " + name + " is null");
        }
        if (m instanceof CpuSparseMatrix) {
            throw new IllegalArgumentException(op + ": " + name + " (" + m.rows() + "x" + m.cols()
                    + ") is a sparse matrix; only spmv and download accept one (download it and upload it dense"
                    + " for " + op + ")");
        }
        if (!(m instanceof CpuMatrix)) {
            throw new IllegalArgumentException(op + ": " + name + " (" + m.rows() + "x" + m.cols()
                    + ") belongs to backend '" + m.backendId() + "', not to '" + BACKEND_ID
                    + "'; download it and upload it here first");
        }
        DMatrixRMaj d = ((CpuMatrix) m).data;
        if (d == null) {
            throw new IllegalArgumentException(op + ": " + name + " (" + m.rows() + "x" + m.cols()
                    + ") is closed");
        }
        return d;
    }
}
