package org.banach.runtime.formats;

import java.nio.file.Path;

import org.banach.api.data.DataFormatException;
import org.banach.api.data.DenseMatrix;
import org.banach.api.optim.CsrMatrix;

/** Conversions between the forms a caller asks for and the forms a file holds, with their limits. */
final class Conversions {

    /** The most entries {@code readDense} materialises from a sparse file (400 MB of doubles). */
    static final long DENSIFY_LIMIT = 50_000_000L;

    private Conversions() {
    }

    /** Refuses a {@code rows}×{@code cols} shape unless it is a vector (one row or one column). */
    static void requireVector(Path file, String position, long rows, long cols) {
        if (rows != 1 && cols != 1) {
            throw new DataFormatException(file, position, "expected a vector, found a " + rows + "x" + cols + " matrix");
        }
    }

    /** The entries of a one-row or one-column matrix. */
    static double[] vector(Path file, DenseMatrix m) {
        requireVector(file, "", m.rows(), m.cols());
        return m.values();
    }

    /** Refuses to densify a {@code rows}×{@code cols} sparse matrix beyond {@link #DENSIFY_LIMIT} entries. */
    static void requireDensifiable(Path file, String position, long rows, long cols) {
        if (rows * cols > DENSIFY_LIMIT) {
            throw new DataFormatException(file, position, "a " + rows + "x" + cols + " sparse matrix would need "
                    + rows * cols + " dense entries, more than the limit of " + DENSIFY_LIMIT
                    + "; read it with readSparse instead");
        }
    }

    /** The same matrix in CSR form, exact zeros left out. */
    static CsrMatrix toCsr(DenseMatrix m) {
        int rows = m.rows();
        int cols = m.cols();
        double[] v = m.values();
        int nnz = 0;
        for (double x : v) {
            if (x != 0.0) {
                nnz++;
            }
        }
        int[] rowStart = new int[rows + 1];
        int[] columns = new int[nnz];
        double[] values = new double[nnz];
        int k = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double x = v[i * cols + j];
                if (x != 0.0) {
                    columns[k] = j;
                    values[k++] = x;
                }
            }
            rowStart[i + 1] = k;
        }
        return new CsrMatrix(rows, cols, rowStart, columns, values);
    }

    /** Columns {@code [from, to)} of a dense matrix in CSR form, exact zeros left out. */
    static CsrMatrix columnsToCsr(DenseMatrix m, int from, int to) {
        int rows = m.rows();
        double[] v = m.values();
        IntList columns = new IntList(16);
        DoubleList values = new DoubleList(16);
        int[] rowStart = new int[rows + 1];
        for (int i = 0; i < rows; i++) {
            for (int j = from; j < to; j++) {
                double x = v[i * m.cols() + j];
                if (x != 0.0) {
                    columns.add(j - from);
                    values.add(x);
                }
            }
            rowStart[i + 1] = values.size();
        }
        return new CsrMatrix(rows, to - from, rowStart, columns.toArray(), values.toArray());
    }

    /** The same matrix densified (the caller has checked {@link #requireDensifiable}). */
    static DenseMatrix toDense(CsrMatrix m) {
        int cols = m.cols();
        double[] dense = new double[m.rows() * cols];
        int[] rowStart = m.rowStart();
        int[] columns = m.columns();
        double[] values = m.values();
        for (int i = 0; i < m.rows(); i++) {
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                dense[i * cols + columns[k]] = values[k];
            }
        }
        return new DenseMatrix(m.rows(), cols, dense);
    }
}
