package org.banach.plugins.optim.problems.composite;

import java.util.SplittableRandom;

/** Seeded Gaussian vectors and matrices with orthonormal columns, for synthetic data with a chosen spectrum. */
final class RandomMatrices {

    private RandomMatrices() {
    }

    /** A standard normal draw (Box–Muller). */
    static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    static double[] gaussian(SplittableRandom random, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = gaussian(random);
        }
        return v;
    }

    /**
     * {@code columns} orthonormal vectors of length {@code rows} (modified Gram–Schmidt, twice, on
     * Gaussian vectors), returned as columns[j][i].
     */
    static double[][] orthonormalColumns(SplittableRandom random, int rows, int columns) {
        if (columns > rows) {
            throw new IllegalArgumentException(columns + " orthonormal columns do not fit in R^" + rows);
        }
        double[][] q = new double[columns][];
        for (int j = 0; j < columns; j++) {
            double[] v = gaussian(random, rows);
            for (int pass = 0; pass < 2; pass++) {
                for (int k = 0; k < j; k++) {
                    double dot = dot(q[k], v);
                    for (int i = 0; i < rows; i++) {
                        v[i] -= dot * q[k][i];
                    }
                }
            }
            double norm = Math.sqrt(dot(v, v));
            for (int i = 0; i < rows; i++) {
                v[i] /= norm;
            }
            q[j] = v;
        }
        return q;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
