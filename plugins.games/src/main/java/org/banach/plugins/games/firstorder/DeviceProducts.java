package org.banach.plugins.games.firstorder;

import org.banach.api.Monitor;
import org.banach.api.backend.Backend;
import org.banach.api.backend.DeviceMatrix;

/**
 * The payoff matrix A (m×n) uploaded once to the run's {@link Backend}, and the two products of a
 * matrix-game step, A·y and Aᵀ·x, as backend {@code gemv} calls (each counted {@code matvec}): of
 * host strategies (uploaded for each product, the result downloaded; the Euclidean methods, whose
 * simplex projections run on the host) or of strategies that live on the backend as m×1 / n×1 columns
 * ({@link EntropicIterate}; nothing crosses to the host). Close it to free the device copy.
 */
final class DeviceProducts implements AutoCloseable {

    /** Counter name of one gemv with A or Aᵀ. */
    static final String MATVEC = "matvec";

    private final Backend backend;
    private final Monitor monitor;
    private final DeviceMatrix a;
    private final int m;
    private final int n;

    DeviceProducts(Backend backend, Monitor monitor, int m, int n, double[] rowMajor) {
        this.backend = backend;
        this.monitor = monitor;
        this.m = m;
        this.n = n;
        this.a = backend.upload(m, n, rowMajor);
    }

    /** out := A·y, y read from {@code z[m, m+n)}. */
    void ay(double[] z, double[] out) {
        product(false, z, m, n, out);
    }

    /** out := Aᵀ·x, x read from {@code z[0, m)}. */
    void atx(double[] z, double[] out) {
        product(true, z, 0, m, out);
    }

    /** One operator evaluation F(x, y) = (A·y, Aᵀ·x), counted once as {@code operator}. */
    void both(double[] z, double[] ay, double[] atx) {
        ay(z, ay);
        atx(z, atx);
        monitor.count(ViSolver.OPERATOR, 1);
    }

    /** Counts one operator evaluation made of separate {@link #ay} and {@link #atx} calls (alternating steps). */
    void countOperator() {
        monitor.count(ViSolver.OPERATOR, 1);
    }

    /** out := A·y for a device column y (n×1) into a device column out (m×1); counted {@code matvec}. */
    void ay(DeviceMatrix y, DeviceMatrix out) {
        backend.gemv(1.0, a, false, y, 0.0, out);
        monitor.count(MATVEC, 1);
    }

    /** out := −Aᵀ·x (the column player's gain) for a device column x (m×1) into out (n×1); counted {@code matvec}. */
    void negatedAtx(DeviceMatrix x, DeviceMatrix out) {
        backend.gemv(-1.0, a, true, x, 0.0, out);
        monitor.count(MATVEC, 1);
    }

    /** The backend that holds A. */
    Backend backend() {
        return backend;
    }

    private void product(boolean transpose, double[] z, int from, int length, double[] out) {
        double[] v = new double[length];
        System.arraycopy(z, from, v, 0, length);
        try (DeviceMatrix x = backend.upload(length, 1, v);
                DeviceMatrix y = backend.allocate(transpose ? n : m, 1)) {
            backend.gemv(1.0, a, transpose, x, 0.0, y);
            System.arraycopy(backend.download(y), 0, out, 0, out.length);
        }
        monitor.count(MATVEC, 1);
    }

    @Override
    public void close() {
        a.close();
    }
}
