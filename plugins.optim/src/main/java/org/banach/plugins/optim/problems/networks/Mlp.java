package org.banach.plugins.optim.problems.networks;

import org.banach.api.backend.Backend;
import org.banach.api.optim.FiniteSumObjective;

/**
 * {@code optim/mlp}: training a fully connected network ({@link Architecture}) on a standardised
 * {@link Table} as a finite sum over the training rows, f(θ) = (1/N) Σᵢ ℓ(net_θ(xᵢ), yᵢ), with the
 * logistic loss ℓ = log(1 + e^(−y·z)) for labels ±1 (classification) or ℓ = ½(z − y)² (regression).
 * Forward and backward passes run on the {@link Backend} the instance was created with
 * ({@link MlpPass}); the start is the seeded initialisation (LeCun normal by default, the paper's choice for
 * SELU networks). With alpha-dropout, training evaluations use each row's fixed mask and
 * {@link #testError}/{@link #layerMoments} evaluate without dropout unless asked.
 */
public final class Mlp implements FiniteSumObjective {

    static final String ID = "optim/mlp";

    private final String name;
    private final Backend backend;
    private final Architecture arch;
    private final Table table;
    private final boolean classification;
    private final AlphaDropout dropout;
    private final double[] start;

    Mlp(String name, Backend backend, Architecture arch, Table table, boolean classification, AlphaDropout dropout,
            double[] start) {
        this.name = name;
        this.backend = backend;
        this.arch = arch;
        this.table = table;
        this.classification = classification;
        this.dropout = dropout;
        this.start = start;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int dimension() {
        return arch.dimension();
    }

    @Override
    public int components() {
        return table.trainRows();
    }

    /** Number of hidden layers. */
    public int depth() {
        return arch.depth;
    }

    @Override
    public double[] start() {
        return start.clone();
    }

    @Override
    public double componentValueAndGradient(int i, double[] x, double[] gradient) {
        return batchValueAndGradient(new int[] {i}, x, gradient);
    }

    @Override
    public double batchValueAndGradient(int[] batch, double[] x, double[] gradient) {
        try (MlpPass pass = new MlpPass(backend, arch, x, rows(table.trainX, batch), batch, dropout)) {
            double[] z = pass.outputs();
            double[] dz = new double[z.length];
            double loss = 0;
            for (int r = 0; r < z.length; r++) {
                double y = table.trainY[batch[r]];
                loss += loss(z[r], y);
                dz[r] = lossSlope(z[r], y) / z.length;
            }
            pass.backward(dz, gradient);
            return loss / z.length;
        }
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradient) {
        return batchValueAndGradient(all(components()), x, gradient);
    }

    @Override
    public double value(double[] x) {
        int[] ids = all(components());
        try (MlpPass pass = new MlpPass(backend, arch, x, table.trainX, ids, dropout)) {
            double[] z = pass.outputs();
            double loss = 0;
            for (int r = 0; r < z.length; r++) {
                loss += loss(z[r], table.trainY[r]);
            }
            return loss / z.length;
        }
    }

    /**
     * The error on the held-out rows without dropout: the misclassified fraction (classification) or
     * the mean squared error (regression); NaN when there are no test rows.
     */
    public double testError(double[] x) {
        int n = table.testRows();
        if (n == 0) {
            return Double.NaN;
        }
        try (MlpPass pass = new MlpPass(backend, arch, x, table.testX, all(n), null)) {
            double[] z = pass.outputs();
            double err = 0;
            for (int r = 0; r < n; r++) {
                double y = table.testY[r];
                err += classification ? (z[r] * y > 0 ? 0 : 1) : (z[r] - y) * (z[r] - y);
            }
            return err / n;
        }
    }

    /**
     * Mean and variance of each hidden layer's activations over all units and training rows (after
     * alpha-dropout when {@code withDropout} and the instance has it): row l is {mean, variance}.
     */
    public double[][] layerMoments(double[] x, boolean withDropout) {
        int n = components();
        double[][] m = new double[arch.depth][2];
        try (MlpPass pass = new MlpPass(backend, arch, x, table.trainX, all(n), withDropout ? dropout : null)) {
            double count = (double) n * arch.width;
            for (int l = 0; l < arch.depth; l++) {
                double mean = backend.sum(pass.hidden(l)) / count;
                double second = backend.dot(pass.hidden(l), pass.hidden(l)) / count;
                m[l][0] = mean;
                m[l][1] = second - mean * mean;
            }
        }
        return m;
    }

    private double loss(double z, double y) {
        if (classification) {
            double t = -y * z;
            return t > 0 ? t + Math.log1p(Math.exp(-t)) : Math.log1p(Math.exp(t));
        }
        return 0.5 * (z - y) * (z - y);
    }

    /** ∂ℓ/∂z. */
    private double lossSlope(double z, double y) {
        if (classification) {
            double t = -y * z; // −y·σ(t)
            double sigma = t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t));
            return -y * sigma;
        }
        return z - y;
    }

    private double[] rows(double[] x, int[] ids) {
        int d = arch.inputs;
        double[] out = new double[ids.length * d];
        for (int r = 0; r < ids.length; r++) {
            System.arraycopy(x, ids[r] * d, out, r * d, d);
        }
        return out;
    }

    private static int[] all(int n) {
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i;
        }
        return ids;
    }
}
