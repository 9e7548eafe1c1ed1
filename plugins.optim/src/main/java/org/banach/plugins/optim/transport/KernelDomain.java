package org.banach.plugins.optim.transport;

import java.util.Arrays;

import org.banach.api.Monitor;
import org.banach.api.backend.Backend;
import org.banach.api.backend.DeviceMatrix;
import org.banach.api.backend.ElementwiseOp;

/**
 * Kernel-domain Sinkhorn for {@link LogSinkhorn}: K = exp(−C/ε) formed once on the Backend, scalings u, v
 * with P = diag(u)·K·diag(v), and one {@link Backend#sinkhornSweep} per iteration (a single pass over K on
 * a backend with a fused kernel): u := a / (K·v) and Kᵀ·u together; then, on the host, the column error of
 * the plan (u, v) just formed, Σ_j |v_j (Kᵀu)_j − b_j| (its rows are exact), and v := b / (Kᵀ·u).
 *
 * <p>The kernel domain cannot represent every problem: when C/ε is large, entries of K underflow (to 0 below
 * e^−745), a whole row or column of K can vanish, and the scalings over- or underflow. {@link #underflow()}
 * (at set-up) and {@link #failure()} (after a step) say why, in words, so the solver can switch to the log
 * domain. In the platform's convention the potentials are f_i = ε·(log u_i − log a_i), g_j = ε·(log v_j −
 * log b_j) (0 where the marginal is 0).
 */
final class KernelDomain implements AutoCloseable {

    private final Backend be;
    private final Monitor monitor;
    private final double[] a;
    private final double[] b;
    private final double eps;
    private final int n;
    private final int m;
    private final DeviceMatrix k;
    private final DeviceMatrix ad;
    private final DeviceMatrix ud;
    private final DeviceMatrix vd;
    private final DeviceMatrix td;
    private final double[] u;
    private final double[] v;
    private double[] kTu;
    private String failure;

    KernelDomain(Backend be, Monitor monitor, double[] a, double[] b, double[] c, double eps) {
        this.be = be;
        this.monitor = monitor;
        this.a = a;
        this.b = b;
        this.eps = eps;
        n = a.length;
        m = b.length;
        k = be.allocate(n, m);
        try (DeviceMatrix cd = be.upload(n, m, c)) {
            be.broadcastAdd(-1.0 / eps, cd, null, null, k);
        }
        be.map(ElementwiseOp.EXP, k, k);
        monitor.count(LogSinkhorn.KERNEL_PASS, 2);
        ad = be.upload(n, 1, a);
        ud = be.allocate(n, 1);
        v = new double[m];
        Arrays.fill(v, 1.0);
        vd = be.upload(m, 1, v);
        td = be.allocate(m, 1);
        u = a.clone(); // with v = 1 the plan diag(a)·K, whose potentials are f = 0, g = -eps log b
    }

    /** Why K cannot be used (a row or column that carries mass sums to 0), or null; two passes. */
    String underflow() {
        try (DeviceMatrix rs = be.allocate(n, 1); DeviceMatrix cs = be.allocate(1, m)) {
            be.rowSums(k, rs);
            be.colSums(k, cs);
            monitor.count(LogSinkhorn.KERNEL_PASS, 2);
            String row = zeroLine(be.download(rs), a, "row");
            return row != null ? row : zeroLine(be.download(cs), b, "column");
        }
    }

    private String zeroLine(double[] sums, double[] mass, String what) {
        for (int i = 0; i < sums.length; i++) {
            if (mass[i] != 0.0 && !(sums[i] > 0.0)) {
                return what + " " + i + " of K = exp(-C/eps) sums to " + sums[i] + " (every entry underflows at eps = "
                        + eps + ")";
            }
        }
        return null;
    }

    /** u := a / (K·v) and Kᵀu in one sweep; the column error of the plan (u, v), NaN when a scaling is unusable. */
    double step() {
        be.sinkhornSweep(k, ad, vd, ud, td);
        monitor.count(LogSinkhorn.KERNEL_PASS, 1);
        double[] next = be.download(ud);
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(next[i]) || (next[i] == 0.0 && a[i] != 0.0)) {
                failure = "the scaling u[" + i + "] = a_i/(Kv)_i became " + next[i] + " ((Kv)_i under- or overflowed)";
                return Double.NaN;
            }
        }
        System.arraycopy(next, 0, u, 0, n); // u stays the last finite scaling
        kTu = be.download(td);
        double error = 0.0;
        for (int j = 0; j < m; j++) {
            error += Math.abs(v[j] * kTu[j] - b[j]);
        }
        return error;
    }

    /** v := b / (Kᵀu); false (see {@link #failure}) when a scaling over- or underflows, v then left as it was. */
    boolean advance() {
        double[] next = new double[m];
        for (int j = 0; j < m; j++) {
            next[j] = b[j] == 0.0 ? 0.0 : b[j] / kTu[j];
            if (!Double.isFinite(next[j]) || (next[j] == 0.0 && b[j] != 0.0)) {
                failure = "the scaling v[" + j + "] = b_j/(K^T u)_j became " + next[j] + " ((K^T u)_j = " + kTu[j] + ")";
                return false;
            }
        }
        System.arraycopy(next, 0, v, 0, m);
        try (DeviceMatrix tmp = be.upload(m, 1, v)) {
            be.copy(tmp, vd);
        }
        return true;
    }

    /** Why the last step or advance failed. */
    String failure() {
        return failure;
    }

    /** g/ε of the current v (the log domain continues from it). */
    double[] psi() {
        double[] psi = new double[m];
        for (int j = 0; j < m; j++) {
            psi[j] = b[j] == 0.0 ? 0.0 : Math.log(v[j]) - Math.log(b[j]);
        }
        return psi;
    }

    /** (f, g) of the plan (u, v) of the last successful step (diag(a)·K before the first). */
    double[] potentials() {
        double[] fg = new double[n + m];
        double[] psi = psi();
        for (int i = 0; i < n; i++) {
            fg[i] = a[i] == 0.0 ? 0.0 : eps * (Math.log(u[i]) - Math.log(a[i]));
        }
        for (int j = 0; j < m; j++) {
            fg[n + j] = eps * psi[j];
        }
        return fg;
    }

    @Override
    public void close() {
        for (DeviceMatrix d : new DeviceMatrix[] {k, ad, ud, vd, td}) {
            d.close();
        }
    }
}
