package org.banach.plugins.optim.problems.finitesum;

import org.banach.api.data.LabelledData;
import org.banach.api.optim.CsrMatrix;
import org.banach.api.optim.FiniteSumObjective;

/**
 * ℓ2-regularised logistic regression, f(w) = (1/N) Σᵢ [log(1 + exp(−yᵢ aᵢᵀw)) + (λ/2)‖w‖²] with
 * labels yᵢ ∈ {−1, +1} (e.g. Bottou, Curtis &amp; Nocedal, SIAM Review 60(2), 2018, §2): smooth and
 * λ-strongly convex. Features are kept in CSR form, so LIBSVM files stay sparse. Components, batches,
 * the full average and the Hessian-vector product are analytic; the start is w = 0.
 */
public final class LogisticRegression implements FiniteSumObjective {

    public static final String ID = "optim/logistic";

    private final String name;
    private final int rows;
    private final int dim;
    private final int[] rowStart;
    private final int[] columns;
    private final double[] values;
    private final double[] labels;
    private final double lambda;

    LogisticRegression(String name, CsrMatrix features, double[] labels, double lambda) {
        this.name = name;
        this.rows = features.rows();
        this.dim = features.cols();
        this.rowStart = features.rowStart();
        this.columns = features.columns();
        this.values = features.values();
        this.labels = labels.clone();
        this.lambda = lambda;
    }

    /**
     * The synthetic instance: rows aᵢ with N(0, 1/d) entries, a planted w₀ with N(0, 1) entries and
     * labels yᵢ = +1 with probability σ(aᵢᵀw₀), else −1; all from {@code seed}.
     */
    static LogisticRegression synthetic(int n, int d, double lambda, long seed) {
        SyntheticData rng = new SyntheticData(seed);
        double[] w0 = new double[d];
        for (int j = 0; j < d; j++) {
            w0[j] = rng.gaussian();
        }
        double[] a = new double[n * d];
        int[] starts = new int[n + 1];
        int[] cols = new int[n * d];
        double[] y = new double[n];
        double scale = 1 / Math.sqrt(d);
        for (int i = 0; i < n; i++) {
            double z = 0;
            for (int j = 0; j < d; j++) {
                double v = rng.gaussian() * scale;
                a[i * d + j] = v;
                cols[i * d + j] = j;
                z += v * w0[j];
            }
            starts[i + 1] = (i + 1) * d;
            y[i] = rng.uniform() < sigmoid(z) ? 1 : -1;
        }
        return new LogisticRegression(ID, new CsrMatrix(n, d, starts, cols, a), y, lambda);
    }

    /** An instance from a labelled data set whose labels already are ±1. */
    static LogisticRegression of(String name, LabelledData data, double[] plusMinusOne, double lambda) {
        return new LogisticRegression(name, data.features(), plusMinusOne, lambda);
    }

    /** σ(t) = 1/(1 + e^(−t)), without overflow. */
    static double sigmoid(double t) {
        if (t >= 0) {
            return 1 / (1 + Math.exp(-t));
        }
        double e = Math.exp(t);
        return e / (1 + e);
    }

    /** log(1 + e^t), without overflow. */
    static double softplus(double t) {
        return t > 0 ? t + Math.log1p(Math.exp(-t)) : Math.log1p(Math.exp(t));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int dimension() {
        return dim;
    }

    @Override
    public int components() {
        return rows;
    }

    /** The regularisation weight λ. */
    public double lambda() {
        return lambda;
    }

    private double margin(int i, double[] w) {
        double z = 0;
        for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
            z += values[k] * w[columns[k]];
        }
        return z;
    }

    /** Adds scale·(∇ of the loss of row i) to acc and returns the loss (without the regulariser). */
    private double accumulate(int i, double[] w, double scale, double[] acc) {
        double t = -labels[i] * margin(i, w);
        double c = -labels[i] * sigmoid(t) * scale;
        for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
            acc[columns[k]] += c * values[k];
        }
        return softplus(t);
    }

    private double regularise(double[] w, double[] gradient) {
        double s = 0;
        for (int j = 0; j < dim; j++) {
            s += w[j] * w[j];
            gradient[j] += lambda * w[j];
        }
        return 0.5 * lambda * s;
    }

    @Override
    public double componentValueAndGradient(int i, double[] w, double[] gradient) {
        java.util.Arrays.fill(gradient, 0.0);
        double loss = accumulate(i, w, 1.0, gradient);
        return loss + regularise(w, gradient);
    }

    @Override
    public double batchValueAndGradient(int[] batch, double[] w, double[] gradient) {
        java.util.Arrays.fill(gradient, 0.0);
        double inv = 1.0 / batch.length;
        double loss = 0;
        for (int i : batch) {
            loss += accumulate(i, w, inv, gradient);
        }
        return loss * inv + regularise(w, gradient);
    }

    @Override
    public double valueAndGradient(double[] w, double[] gradient) {
        java.util.Arrays.fill(gradient, 0.0);
        double inv = 1.0 / rows;
        double loss = 0;
        for (int i = 0; i < rows; i++) {
            loss += accumulate(i, w, inv, gradient);
        }
        return loss * inv + regularise(w, gradient);
    }

    @Override
    public double value(double[] w) {
        double loss = 0;
        for (int i = 0; i < rows; i++) {
            loss += softplus(-labels[i] * margin(i, w));
        }
        double s = 0;
        for (double v : w) {
            s += v * v;
        }
        return loss / rows + 0.5 * lambda * s;
    }

    @Override
    public double[] start() {
        return new double[dim];
    }

    @Override
    public boolean hasHessianVector() {
        return true;
    }

    /** ∇²f(w)v = (1/N) Σᵢ σᵢ(1 − σᵢ)(aᵢᵀv) aᵢ + λv. */
    @Override
    public void hessianVector(double[] w, double[] v, double[] out) {
        java.util.Arrays.fill(out, 0.0);
        for (int i = 0; i < rows; i++) {
            double s = sigmoid(margin(i, w));
            double c = s * (1 - s) * margin(i, v) / rows;
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                out[columns[k]] += c * values[k];
            }
        }
        for (int j = 0; j < dim; j++) {
            out[j] += lambda * v[j];
        }
    }
}
