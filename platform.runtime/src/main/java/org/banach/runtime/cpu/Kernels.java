package org.banach.runtime.cpu;

import org.banach.api.backend.ElementwiseOp;

/**
 * Loops of the CPU backend over row-major arrays. No shape checks here: {@link CpuBackend} does
 * them. Every loop reads entry i before it writes entry i, so outputs may alias inputs.
 */
final class Kernels {

    /** Below this sum of squares, {@link #nrm2} rescales (entries may have underflowed when squared). */
    private static final double NRM2_SAFE_MIN = 0x1p-900;

    private Kernels() {
    }

    /** Σ a[offA+i]·b[offB+i] for i < len, with four partial sums (shorter dependency chains). */
    static double dot(double[] a, int offA, double[] b, int offB, int len) {
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        int i = 0;
        for (; i + 3 < len; i += 4) {
            s0 += a[offA + i] * b[offB + i];
            s1 += a[offA + i + 1] * b[offB + i + 1];
            s2 += a[offA + i + 2] * b[offB + i + 2];
            s3 += a[offA + i + 3] * b[offB + i + 3];
        }
        for (; i < len; i++) {
            s0 += a[offA + i] * b[offB + i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * The Euclidean norm without overflow or harmful underflow: a plain sum of squares when it is
     * safely inside the double range, otherwise a second pass scaled by the largest magnitude. NaN
     * anywhere gives NaN; an infinite entry (and no NaN) gives +∞.
     */
    static double nrm2(double[] x, int len) {
        double s = dot(x, 0, x, 0, len);
        if (s >= NRM2_SAFE_MIN && s < Double.POSITIVE_INFINITY) {
            return Math.sqrt(s);
        }
        if (Double.isNaN(s)) {
            return Double.NaN;
        }
        double max = 0.0;
        for (int i = 0; i < len; i++) {
            double v = Math.abs(x[i]);
            if (v > max) {
                max = v;
            }
        }
        if (max == 0.0 || max == Double.POSITIVE_INFINITY) {
            return max;
        }
        double scaled = 0.0;
        for (int i = 0; i < len; i++) {
            double r = x[i] / max;
            scaled += r * r;
        }
        return max * Math.sqrt(scaled);
    }

    /** y := alpha·x + y. */
    static void axpy(double alpha, double[] x, double[] y, int len) {
        for (int i = 0; i < len; i++) {
            y[i] += alpha * x[i];
        }
    }

    static void hadamard(double[] x, double[] y, double[] out, int len) {
        for (int i = 0; i < len; i++) {
            out[i] = x[i] * y[i];
        }
    }

    static void divide(double[] x, double[] y, double[] out, int len) {
        for (int i = 0; i < len; i++) {
            out[i] = x[i] / y[i];
        }
    }

    /** out[i] := op.apply(x[i]) with exactly the expressions of {@link ElementwiseOp#apply}. */
    static void map(ElementwiseOp op, double[] x, double[] out, int len) {
        switch (op) {
            case EXP:
                for (int i = 0; i < len; i++) { out[i] = Math.exp(x[i]); }
                break;
            case LOG:
                for (int i = 0; i < len; i++) { out[i] = Math.log(x[i]); }
                break;
            case RELU:
                for (int i = 0; i < len; i++) { double v = x[i]; out[i] = v > 0 ? v : 0.0; }
                break;
            case TANH:
                for (int i = 0; i < len; i++) { out[i] = Math.tanh(x[i]); }
                break;
            case SELU:
                for (int i = 0; i < len; i++) {
                    double v = x[i];
                    out[i] = ElementwiseOp.SELU_LAMBDA * (v > 0 ? v : ElementwiseOp.SELU_ALPHA * Math.expm1(v));
                }
                break;
            case SIGMOID:
                for (int i = 0; i < len; i++) { out[i] = 1.0 / (1.0 + Math.exp(-x[i])); }
                break;
            case ABS:
                for (int i = 0; i < len; i++) { out[i] = Math.abs(x[i]); }
                break;
            case SIGN:
                for (int i = 0; i < len; i++) { out[i] = Math.signum(x[i]); }
                break;
            case SQUARE:
                for (int i = 0; i < len; i++) { double v = x[i]; out[i] = v * v; }
                break;
            case SQRT:
                for (int i = 0; i < len; i++) { out[i] = Math.sqrt(x[i]); }
                break;
            case RECIPROCAL:
                for (int i = 0; i < len; i++) { out[i] = 1.0 / x[i]; }
                break;
            case NEGATE:
                for (int i = 0; i < len; i++) { out[i] = -x[i]; }
                break;
            case SELU_DERIVATIVE:
                for (int i = 0; i < len; i++) {
                    double v = x[i];
                    out[i] = v > 0 ? ElementwiseOp.SELU_LAMBDA : ElementwiseOp.SELU_LAMBDA * ElementwiseOp.SELU_ALPHA * Math.exp(v);
                }
                break;
            default:
                // A constant added to the API later: still correct, just not specialised.
                for (int i = 0; i < len; i++) { out[i] = op.apply(x[i]); }
                break;
        }
    }

    /** out[i] := Σ_j a[i][j] (out has length rows). */
    static void rowSums(double[] a, int rows, int cols, double[] out) {
        for (int i = 0; i < rows; i++) {
            int off = i * cols;
            double s0 = 0.0;
            double s1 = 0.0;
            int j = 0;
            for (; j + 1 < cols; j += 2) {
                s0 += a[off + j];
                s1 += a[off + j + 1];
            }
            if (j < cols) {
                s0 += a[off + j];
            }
            out[i] = s0 + s1;
        }
    }

    /** out[j] := Σ_i a[i][j] (out has length cols); 0 when rows is 0. */
    static void colSums(double[] a, int rows, int cols, double[] out) {
        if (rows == 0) {
            java.util.Arrays.fill(out, 0, cols, 0.0);
            return;
        }
        System.arraycopy(a, 0, out, 0, cols);
        for (int i = 1; i < rows; i++) {
            int off = i * cols;
            for (int j = 0; j < cols; j++) {
                out[j] += a[off + j];
            }
        }
    }

    /** out[i] := max_j a[i][j] with {@link Math#max} (NaN propagates); -∞ when cols is 0. */
    static void rowMax(double[] a, int rows, int cols, double[] out) {
        for (int i = 0; i < rows; i++) {
            int off = i * cols;
            double m = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < cols; j++) {
                m = Math.max(m, a[off + j]);
            }
            out[i] = m;
        }
    }

    /** out[j] := max_i a[i][j] with {@link Math#max} (NaN propagates); -∞ when rows is 0. */
    static void colMax(double[] a, int rows, int cols, double[] out) {
        if (rows == 0) {
            java.util.Arrays.fill(out, 0, cols, Double.NEGATIVE_INFINITY);
            return;
        }
        System.arraycopy(a, 0, out, 0, cols);
        for (int i = 1; i < rows; i++) {
            int off = i * cols;
            for (int j = 0; j < cols; j++) {
                out[j] = Math.max(out[j], a[off + j]);
            }
        }
    }
}
