package org.banach.runtime.formats;

import java.util.Arrays;

import org.banach.api.optim.CsrMatrix;

/**
 * Coordinate entries (row, column, value), 0-based, in any order and possibly repeated; turned into
 * CSR with sorted columns and repeated entries summed (two stable counting sorts, by column then by
 * row, so the work is linear in the entries plus the dimensions).
 */
final class Triplets {

    private final int rows;
    private final int cols;
    private final IntList rowIndex = new IntList(1024);
    private final IntList colIndex = new IntList(1024);
    private final DoubleList values = new DoubleList(1024);

    Triplets(int rows, int cols) {
        this.rows = rows;
        this.cols = cols;
    }

    /** Adds an entry; false when the entry count has reached the largest Java array. */
    boolean add(int i, int j, double v) {
        if (values.size() == DoubleList.MAX_SIZE) {
            return false;
        }
        rowIndex.add(i);
        colIndex.add(j);
        values.add(v);
        return true;
    }

    /** The CSR form; an {@link ArithmeticException} (1-based position in the message) if repeated entries overflow. */
    CsrMatrix toCsr() {
        int n = values.size();
        int[] r0 = rowIndex.toArray();
        int[] c0 = colIndex.toArray();
        double[] v0 = values.toArray();

        // stable sort by column
        int[] colStart = new int[cols + 1];
        for (int k = 0; k < n; k++) {
            colStart[c0[k] + 1]++;
        }
        for (int j = 0; j < cols; j++) {
            colStart[j + 1] += colStart[j];
        }
        int[] r1 = new int[n];
        int[] c1 = new int[n];
        double[] v1 = new double[n];
        for (int k = 0; k < n; k++) {
            int at = colStart[c0[k]]++;
            r1[at] = r0[k];
            c1[at] = c0[k];
            v1[at] = v0[k];
        }

        // stable sort by row: columns end up increasing within each row
        int[] rowStart = new int[rows + 1];
        for (int k = 0; k < n; k++) {
            rowStart[r1[k] + 1]++;
        }
        for (int i = 0; i < rows; i++) {
            rowStart[i + 1] += rowStart[i];
        }
        int[] next = rowStart.clone();
        int[] c2 = c0; // reuse: the unsorted arrays are no longer needed
        double[] v2 = v0;
        for (int k = 0; k < n; k++) {
            int at = next[r1[k]]++;
            c2[at] = c1[k];
            v2[at] = v1[k];
        }

        // sum repeated (row, column) entries
        int out = 0;
        int[] start = new int[rows + 1];
        for (int i = 0; i < rows; i++) {
            start[i] = out;
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                if (out > start[i] && c2[out - 1] == c2[k]) {
                    v2[out - 1] += v2[k];
                    if (!Double.isFinite(v2[out - 1])) {
                        throw new ArithmeticException("the repeated entries at (" + (i + 1) + ", " + (c2[k] + 1)
                                + ") sum to an infinite value");
                    }
                } else {
                    c2[out] = c2[k];
                    v2[out] = v2[k];
                    out++;
                }
            }
        }
        start[rows] = out;
        return new CsrMatrix(rows, cols, start, Arrays.copyOf(c2, out), Arrays.copyOf(v2, out));
    }
}
