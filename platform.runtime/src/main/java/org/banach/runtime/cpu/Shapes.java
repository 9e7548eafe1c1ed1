package org.banach.runtime.cpu;

import org.ejml.data.DMatrixRMaj;

/** Shape checks of the CPU backend; each failure names the operation and the shapes. */
final class Shapes {

    private Shapes() {
    }

    static String of(DMatrixRMaj m) {
        return m.numRows + "x" + m.numCols;
    }

    /** The number of entries of a rows×cols matrix, checked to be non-negative and to fit an array. */
    static int entries(String op, int rows, int cols) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException(op + ": negative shape " + rows + "x" + cols);
        }
        long n = (long) rows * cols;
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(op + ": " + rows + "x" + cols + " has " + n
                    + " entries, more than a CPU matrix can hold (" + (Integer.MAX_VALUE - 8) + ")");
        }
        return (int) n;
    }

    /** Requires {@code a} and {@code b} to have exactly the same shape (n×1 and 1×n differ). */
    static void same(String op, String nameA, DMatrixRMaj a, String nameB, DMatrixRMaj b) {
        if (a.numRows != b.numRows || a.numCols != b.numCols) {
            throw new IllegalArgumentException(op + ": " + nameA + " is " + of(a) + " but " + nameB
                    + " is " + of(b) + " (shapes must be equal)");
        }
    }

    /**
     * Requires gemv's vector {@code v} (n×1 or 1×n) to have length {@code expected}, which op(a)
     * dictates (messages build only on failure: no allocation on the hot path).
     */
    static void vector(String name, DMatrixRMaj v, int expected, DMatrixRMaj a, boolean transA) {
        if (v.numRows != 1 && v.numCols != 1) {
            throw new IllegalArgumentException("gemv: " + name + " must be a vector (n x 1 or 1 x n) but is "
                    + of(v));
        }
        int n = v.numRows * v.numCols;
        if (n != expected) {
            int m = transA ? a.numCols : a.numRows;
            int k = transA ? a.numRows : a.numCols;
            throw new IllegalArgumentException("gemv: " + name + " is " + of(v) + " (length " + n + ") but op(a) is "
                    + m + "x" + k + " (a is " + of(a) + ", transA=" + transA + "), so " + name + " needs length "
                    + expected);
        }
    }

    /**
     * Requires the reduction output {@code out} of {@code a} to be exactly rows×cols; {@code rule}
     * is a constant such as "out is rows x 1".
     */
    static void reduction(String op, DMatrixRMaj a, DMatrixRMaj out, int rows, int cols, String rule) {
        operand(op, "out", out, a, rows, cols, rule);
    }

    /**
     * Requires the argument {@code name} ({@code m}) of an operation on {@code a} to be exactly
     * rows×cols; {@code rule} is a constant such as "r is rows x 1".
     */
    static void operand(String op, String name, DMatrixRMaj m, DMatrixRMaj a, int rows, int cols, String rule) {
        if (m.numRows != rows || m.numCols != cols) {
            throw new IllegalArgumentException(op + ": " + name + " is " + of(m) + " but must be " + rows + "x" + cols
                    + " (a is " + of(a) + "; " + rule + ")");
        }
    }
}
