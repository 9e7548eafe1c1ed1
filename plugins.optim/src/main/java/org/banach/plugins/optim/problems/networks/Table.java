package org.banach.plugins.optim.problems.networks;

import java.util.Random;

import org.banach.api.data.DenseMatrix;

/**
 * A data table split into training and test rows, features standardised column by column with the
 * training rows' mean and standard deviation (a constant column becomes 0), as the paper's tabular
 * benchmarks are. Targets: ±1 for binary classification, standardised values for regression.
 * Random numbers come from {@link Random} (its algorithm is specified, so a seed gives the same table
 * on every JVM).
 */
final class Table {

    final int features;
    final double[] trainX;
    final double[] trainY;
    final double[] testX;
    final double[] testY;

    private Table(int features, double[] trainX, double[] trainY, double[] testX, double[] testY) {
        this.features = features;
        this.trainX = trainX;
        this.trainY = trainY;
        this.testX = testX;
        this.testY = testY;
    }

    int trainRows() {
        return trainY.length;
    }

    int testRows() {
        return testY.length;
    }

    /**
     * A synthetic table: n rows of d independent N(0, 1) features and a planted two-layer teacher
     * t(x) = Σₖ vₖ tanh(2·uₖᵀx) with d hidden units, uₖ ~ N(0, I/d), vₖ ~ N(0, 1/d); the label is sign t(x)
     * (classification) or t(x) + 0.1·N(0, 1) (regression).
     */
    static Table synthetic(boolean classification, int n, int d, double testFraction, long seed) {
        Random rnd = new Random(seed);
        double[] u = new double[d * d];
        double[] v = new double[d];
        for (int i = 0; i < u.length; i++) {
            u[i] = rnd.nextGaussian() / Math.sqrt(d);
        }
        for (int k = 0; k < d; k++) {
            v[k] = rnd.nextGaussian() / Math.sqrt(d);
        }
        double[] x = new double[n * d];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i * d + j] = rnd.nextGaussian();
            }
            double t = 0;
            for (int k = 0; k < d; k++) {
                double s = 0;
                for (int j = 0; j < d; j++) {
                    s += u[k * d + j] * x[i * d + j];
                }
                t += v[k] * Math.tanh(2 * s);
            }
            y[i] = classification ? (t >= 0 ? 1 : -1) : t + 0.1 * rnd.nextGaussian();
        }
        return split(x, y, n, d, classification, testFraction);
    }

    /**
     * A table read from a file: the last column is the target (two distinct values for classification,
     * the larger mapped to +1), the others the features; rows are shuffled with {@code seed} before the split.
     */
    static Table of(DenseMatrix data, boolean classification, double testFraction, long seed) {
        int n = data.rows();
        int d = data.cols() - 1;
        if (d < 1 || n < 2) {
            throw new IllegalArgumentException("a table needs at least 2 rows and 2 columns (features, then the target), got "
                    + n + "x" + data.cols());
        }
        double[] x = new double[n * d];
        double[] y = new double[n];
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i * d + j] = data.get(i, j);
            }
            y[i] = data.get(i, d);
            low = Math.min(low, y[i]);
            high = Math.max(high, y[i]);
        }
        if (classification) {
            for (int i = 0; i < n; i++) {
                if (y[i] != low && y[i] != high) {
                    throw new IllegalArgumentException("binary classification needs exactly two distinct target values in the last column; row "
                            + (i + 1) + " has " + y[i] + " besides " + low + " and " + high);
                }
                y[i] = y[i] == high ? 1 : -1;
            }
            if (low == high) {
                throw new IllegalArgumentException("binary classification needs two distinct target values, all are " + low);
            }
        }
        int[] order = permutation(n, seed);
        double[] px = new double[n * d];
        double[] py = new double[n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(x, order[i] * d, px, i * d, d);
            py[i] = y[order[i]];
        }
        return split(px, py, n, d, classification, testFraction);
    }

    private static int[] permutation(int n, long seed) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        Random rnd = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    /** The last ⌊n·testFraction⌋ rows are the test rows; features and regression targets are standardised. */
    private static Table split(double[] x, double[] y, int n, int d, boolean classification, double testFraction) {
        int test = (int) Math.floor(n * testFraction);
        int train = n - test;
        if (train < 1) {
            throw new IllegalArgumentException("no training rows left: n = " + n + ", test fraction " + testFraction);
        }
        for (int j = 0; j < d; j++) {
            standardise(x, n, d, j, train);
        }
        if (!classification) {
            standardise(y, n, 1, 0, train);
        }
        return new Table(d, java.util.Arrays.copyOfRange(x, 0, train * d), java.util.Arrays.copyOfRange(y, 0, train),
                java.util.Arrays.copyOfRange(x, train * d, n * d), java.util.Arrays.copyOfRange(y, train, n));
    }

    /** Column j of an n×d table := (column − mean)/std over its first {@code train} rows. */
    private static void standardise(double[] x, int n, int d, int j, int train) {
        double mean = 0;
        for (int i = 0; i < train; i++) {
            mean += x[i * d + j];
        }
        mean /= train;
        double var = 0;
        for (int i = 0; i < train; i++) {
            double c = x[i * d + j] - mean;
            var += c * c;
        }
        double sd = Math.sqrt(var / train);
        double scale = sd > 0 ? 1 / sd : 0;
        for (int i = 0; i < n; i++) {
            x[i * d + j] = (x[i * d + j] - mean) * scale;
        }
    }
}
