package org.banach.plugins.optim.transport;

import org.banach.api.Monitor;
import org.banach.api.backend.Backend;
import org.banach.api.backend.DeviceMatrix;
import org.banach.api.backend.ElementwiseOp;

/**
 * Log-domain Sinkhorn half-steps and plan evaluations on a Backend, shared by {@link LogSinkhorn} and the
 * warm-up and Newton stages of {@link SinkhornNewton}. The potentials are held divided by ε: φ = f/ε,
 * ψ = g/ε, the plan being P_ij = a_i b_j exp(φ_i + ψ_j − C_ij/ε). C is uploaded once and −C/ε formed once;
 * every further figure is a {@code broadcastAdd} followed by a max-shifted log-sum-exp or an {@code exp}, so
 * nothing overflows or underflows however small ε is. Each full sweep over an n×m matrix is counted on the
 * monitor as {@link LogSinkhorn#KERNEL_PASS}.
 */
final class LogDomain implements AutoCloseable {

    private final Backend be;
    private final Monitor monitor;
    private final double[] a;
    private final double[] b;
    private final double[] logA;
    private final double[] logB;
    private final int n;
    private final int m;
    final double[] phi;
    final double[] psi;
    private final double[] lcol;
    private final DeviceMatrix cd;
    private final DeviceMatrix cOverEps;
    private final DeviceMatrix w;
    private final DeviceMatrix r;
    private final DeviceMatrix col;
    private final DeviceMatrix lr;
    private final DeviceMatrix lc;
    private final double eps;

    LogDomain(Backend be, Monitor monitor, double[] a, double[] b, double[] c, double eps) {
        this.be = be;
        this.monitor = monitor;
        this.a = a;
        this.b = b;
        this.eps = eps;
        n = a.length;
        m = b.length;
        logA = logs(a);
        logB = logs(b);
        phi = new double[n];
        psi = new double[m];
        lcol = new double[m];
        cd = be.upload(n, m, c);
        cOverEps = be.allocate(n, m);
        w = be.allocate(n, m);
        r = be.allocate(n, 1);
        col = be.allocate(1, m);
        lr = be.allocate(n, 1);
        lc = be.allocate(1, m);
        be.broadcastAdd(-1.0 / eps, cd, null, null, cOverEps); // −C/ε, formed once
        monitor.count(LogSinkhorn.KERNEL_PASS, 1);
    }

    static double[] logs(double[] v) {
        double[] l = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            l[i] = Math.log(v[i]);
        }
        return l;
    }

    /**
     * One Sinkhorn iteration up to its g-step: φ_i := −log Σ_j b_j exp(ψ_j − C_ij/ε) (rows of P now sum to
     * a), then the column log-sum-exps ℓ_j of the new plan, which give its marginal error Σ_j b_j |expm1(ψ_j +
     * ℓ_j)| (the rows being exact) and, kept, the g-step {@link #gStep}. With {@code cost} also the transport
     * cost ⟨C, P⟩ of that plan (four more passes), else NaN. Returns {error, cost}.
     */
    double[] fStep(boolean cost) {
        double[] colVec = new double[m];
        for (int j = 0; j < m; j++) {
            colVec[j] = logB[j] + psi[j];
        }
        DeviceMatrix cv = set(col, colVec);
        be.broadcastAdd(1.0, cOverEps, null, cv, w);
        be.rowLogSumExp(w, lr);
        monitor.count(LogSinkhorn.KERNEL_PASS, 2);
        double[] l = be.download(lr);
        double[] rowVec = new double[n];
        for (int i = 0; i < n; i++) {
            phi[i] = -l[i];
            rowVec[i] = logA[i] + phi[i];
        }
        be.broadcastAdd(1.0, cOverEps, set(r, rowVec), null, w);
        be.colLogSumExp(w, lc);
        monitor.count(LogSinkhorn.KERNEL_PASS, 2);
        System.arraycopy(be.download(lc), 0, lcol, 0, m);
        double error = 0.0;
        for (int j = 0; j < m; j++) {
            if (b[j] != 0.0) {
                error += b[j] * Math.abs(Math.expm1(psi[j] + lcol[j]));
            }
        }
        double c = Double.NaN;
        if (cost) {
            // log P_ij = w_ij + log b_j + ψ_j
            be.broadcastAdd(1.0, w, null, cv, w);
            be.map(ElementwiseOp.EXP, w, w);
            monitor.count(LogSinkhorn.KERNEL_PASS, 2);
            c = planCost();
        }
        return new double[] {error, c};
    }

    /** ψ_j := −ℓ_j: the columns of the plan now sum to b. */
    void gStep() {
        for (int j = 0; j < m; j++) {
            psi[j] = -lcol[j];
        }
    }

    /**
     * The plan of (φ + α·dPhi, ψ + α·dPsi) (α = 0 or null directions for the current one): P is left in the
     * backend's work matrix for {@link #plan}, its row sums go to {@code rows}, its column sums to {@code cols},
     * and the return value is Σ_ij P_ij. Four passes.
     */
    double evaluate(double alpha, double[] dPhi, double[] dPsi, double[] rows, double[] cols) {
        double[] rowVec = new double[n];
        double[] colVec = new double[m];
        for (int i = 0; i < n; i++) {
            rowVec[i] = logA[i] + phi[i] + (dPhi == null ? 0.0 : alpha * dPhi[i]);
        }
        for (int j = 0; j < m; j++) {
            colVec[j] = logB[j] + psi[j] + (dPsi == null ? 0.0 : alpha * dPsi[j]);
        }
        be.broadcastAdd(1.0, cOverEps, set(r, rowVec), set(col, colVec), w);
        be.map(ElementwiseOp.EXP, w, w);
        be.rowSums(w, lr);
        be.colSums(w, lc);
        monitor.count(LogSinkhorn.KERNEL_PASS, 4);
        System.arraycopy(be.download(lr), 0, rows, 0, n);
        System.arraycopy(be.download(lc), 0, cols, 0, m);
        return PlanCheck.sum(rows);
    }

    /** The plan left by the last {@link #evaluate}, row-major (one download). */
    double[] plan() {
        return be.download(w);
    }

    /** ⟨C, P⟩ of the plan in the work matrix (left by {@link #evaluate}); two passes, after which it holds P∘C. */
    double planCost() {
        be.hadamard(w, cd, w);
        monitor.count(LogSinkhorn.KERNEL_PASS, 2);
        return be.sum(w);
    }

    /** The potentials (f, g) = ε·(φ, ψ), concatenated. */
    double[] potentials() {
        double[] fg = new double[n + m];
        for (int i = 0; i < n; i++) {
            fg[i] = eps * phi[i];
        }
        for (int j = 0; j < m; j++) {
            fg[n + j] = eps * psi[j];
        }
        return fg;
    }

    private DeviceMatrix set(DeviceMatrix target, double[] values) {
        DeviceMatrix tmp = be.upload(target.rows(), target.cols(), values);
        be.copy(tmp, target);
        tmp.close();
        return target;
    }

    @Override
    public void close() {
        for (DeviceMatrix d : new DeviceMatrix[] {cd, cOverEps, w, r, col, lr, lc}) {
            d.close();
        }
    }
}
