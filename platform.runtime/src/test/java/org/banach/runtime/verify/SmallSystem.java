package org.banach.runtime.verify;

import org.banach.api.optim.CsrMatrix;
import org.banach.api.optim.LinearSystem;

/** A linear system from dense rows (zeros are not stored), for the verifier tests. */
final class SmallSystem implements LinearSystem {

    private final CsrMatrix a;
    private final double[] b;

    SmallSystem(double[][] rows, double[] b) {
        int n = rows.length;
        int cols = n == 0 ? 0 : rows[0].length;
        int[] rowStart = new int[n + 1];
        java.util.List<Integer> columns = new java.util.ArrayList<>();
        java.util.List<Double> values = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < cols; j++) {
                if (rows[i][j] != 0) {
                    columns.add(j);
                    values.add(rows[i][j]);
                }
            }
            rowStart[i + 1] = columns.size();
        }
        this.a = new CsrMatrix(n, cols, rowStart, columns.stream().mapToInt(Integer::intValue).toArray(),
                values.stream().mapToDouble(Double::doubleValue).toArray());
        this.b = b.clone();
    }

    /** tridiag(−1, 2, −1) of size n with b = A·1 = (1, 0, …, 0, 1): the solution is all ones. */
    static SmallSystem tridiagonal(int n) {
        double[][] rows = new double[n][n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            rows[i][i] = 2;
            if (i > 0) {
                rows[i][i - 1] = -1;
            }
            if (i < n - 1) {
                rows[i][i + 1] = -1;
            }
        }
        b[0] += 1;
        b[n - 1] += 1;
        return new SmallSystem(rows, b);
    }

    @Override
    public String name() {
        return "test/small-system";
    }

    @Override
    public int dimension() {
        return a.cols();
    }

    @Override
    public CsrMatrix matrix() {
        return a;
    }

    @Override
    public double[] rhs() {
        return b.clone();
    }
}
