package org.banach.plugins.games.saddle;

import java.util.Optional;
import java.util.Random;

import org.banach.api.Monitor;
import org.banach.api.backend.Backend;
import org.banach.api.backend.DeviceMatrix;
import org.banach.api.games.SaddlePoint;

/**
 * The linear map K of a {@link SaddlePoint} as a solver applies it: a dense K
 * ({@link SaddlePoint#denseK()}) is uploaded once to the run's {@link Backend} and multiplied there with
 * {@code gemv}; a structured K (the assignment programme's row and column sums, O(nnz) on the host) is
 * applied by the problem itself. Every product is counted {@code matvec}. Also the two spectral figures
 * the step rules need: ‖K‖₂ by power iteration and the average spectrum ‖K‖_F² / n.
 */
final class SaddleOperator implements AutoCloseable {

    /** Counter name of one product with K or Kᵀ. */
    static final String MATVEC = "matvec";

    private final SaddlePoint problem;
    private final Monitor monitor;
    private final Backend backend;
    private final DeviceMatrix device;
    private final double[] dense;
    private final int n;
    private final int m;

    SaddleOperator(SaddlePoint problem, Monitor monitor) {
        this.problem = problem;
        this.monitor = monitor;
        this.n = problem.primalDimension();
        this.m = problem.dualDimension();
        Optional<double[]> k = problem.denseK();
        this.dense = k.orElse(null);
        this.backend = dense == null ? null : monitor.backend();
        this.device = backend == null ? null : backend.upload(m, n, dense);
    }

    /** out := K x. */
    void k(double[] x, double[] out) {
        if (device != null) {
            gemv(false, x, out);
        } else {
            problem.applyK(x, out);
        }
        monitor.count(MATVEC, 1);
    }

    /** out := Kᵀ y. */
    void kt(double[] y, double[] out) {
        if (device != null) {
            gemv(true, y, out);
        } else {
            problem.applyKT(y, out);
        }
        monitor.count(MATVEC, 1);
    }

    private void gemv(boolean transpose, double[] v, double[] out) {
        try (DeviceMatrix in = backend.upload(v.length, 1, v);
                DeviceMatrix result = backend.allocate(out.length, 1)) {
            backend.gemv(1.0, device, transpose, in, 0.0, result);
            System.arraycopy(backend.download(result), 0, out, 0, out.length);
        }
    }

    /**
     * ‖K‖₂ by power iteration on KᵀK from a seeded random start (at most 1000 steps, until the estimate
     * changes by less than 1e-10 relatively): a lower bound that converges to the norm.
     */
    double norm() {
        Random random = new Random(20110101L);
        double[] v = new double[n];
        for (int j = 0; j < n; j++) {
            v[j] = 1 + 0.1 * random.nextGaussian();
        }
        double[] kv = new double[m];
        double estimate = 0;
        for (int it = 0; it < 1000; it++) {
            double length = Math.sqrt(dot(v, v));
            if (length == 0 || !Double.isFinite(length)) {
                return length == 0 ? 0 : Double.NaN;
            }
            for (int j = 0; j < n; j++) {
                v[j] /= length;
            }
            k(v, kv);
            double next = Math.sqrt(dot(kv, kv));
            kt(kv, v);
            if (Math.abs(next - estimate) <= 1e-10 * next) {
                return next;
            }
            estimate = next;
        }
        return estimate;
    }

    /**
     * The average spectrum λ̄ = trace(KᵀK) / n = ‖K‖_F² / n, the mean eigenvalue of KᵀK (n the primal
     * dimension). Exact: from the dense array (one pass, no product counted), or from min(n, m) products
     * with unit vectors (each counted {@code matvec}).
     */
    double averageSpectrum() {
        double frobenius = 0;
        if (dense != null) {
            for (double a : dense) {
                frobenius += a * a;
            }
        } else if (m <= n) {
            double[] e = new double[m];
            double[] column = new double[n];
            for (int i = 0; i < m; i++) {
                e[i] = 1;
                problem.applyKT(e, column);
                frobenius += dot(column, column);
                e[i] = 0;
            }
            monitor.count(MATVEC, m);
        } else {
            double[] e = new double[n];
            double[] row = new double[m];
            for (int j = 0; j < n; j++) {
                e[j] = 1;
                problem.applyK(e, row);
                frobenius += dot(row, row);
                e[j] = 0;
            }
            monitor.count(MATVEC, n);
        }
        return frobenius / n;
    }

    Monitor monitor() {
        return monitor;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    @Override
    public void close() {
        if (device != null) {
            device.close();
        }
    }
}
