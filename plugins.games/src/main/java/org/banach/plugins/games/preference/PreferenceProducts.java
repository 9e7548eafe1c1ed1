package org.banach.plugins.games.preference;

import org.banach.api.Monitor;
import org.banach.api.backend.Backend;
import org.banach.api.backend.DeviceMatrix;

/**
 * The preference matrix P (n×n) uploaded once to the run's {@link Backend}, with the two heavy steps
 * of Nash Mirror Prox: the preference query g = P·π ({@code gemv}, counted {@code matvec}) and the
 * softmax normaliser log Σ_i exp(l_i) ({@code rowLogSumExp} of a 1×n row). Like the matrix-game
 * solvers' device products (package-private in {@code firstorder}, written for rectangular A with
 * A·y and Aᵀ·x): the policy stays on the host, the O(n²) product on the device.
 */
final class PreferenceProducts implements AutoCloseable {

    static final String MATVEC = "matvec";

    private final Backend backend;
    private final Monitor monitor;
    private final DeviceMatrix p;
    private final int n;

    PreferenceProducts(Backend backend, Monitor monitor, int n, double[] rowMajor) {
        this.backend = backend;
        this.monitor = monitor;
        this.n = n;
        this.p = backend.upload(n, n, rowMajor);
    }

    /** out := P·π. */
    void against(double[] pi, double[] out) {
        try (DeviceMatrix x = backend.upload(n, 1, pi); DeviceMatrix y = backend.allocate(n, 1)) {
            backend.gemv(1.0, p, false, x, 0.0, y);
            System.arraycopy(backend.download(y), 0, out, 0, n);
        }
        monitor.count(MATVEC, 1);
    }

    /** log Σ_i exp(l_i), max-shifted on the device. */
    double logSumExp(double[] l) {
        try (DeviceMatrix row = backend.upload(1, n, l); DeviceMatrix out = backend.allocate(1, 1)) {
            backend.rowLogSumExp(row, out);
            return backend.download(out)[0];
        }
    }

    @Override
    public void close() {
        p.close();
    }
}
