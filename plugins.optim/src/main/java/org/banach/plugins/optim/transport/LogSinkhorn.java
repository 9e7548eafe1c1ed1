package org.banach.plugins.optim.transport;

import java.util.List;

import org.banach.api.Certificate;
import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.Status;
import org.banach.api.backend.Backend;
import org.banach.api.backend.DeviceMatrix;
import org.banach.api.backend.ElementwiseOp;
import org.banach.api.optim.OptimalTransport;
import org.osgi.service.component.annotations.Component;

/**
 * Entropic optimal transport by Sinkhorn's iteration in the log domain (Peyré &amp; Cuturi, <i>Computational
 * Optimal Transport</i>, Found. Trends ML 11 (2019), §4.4), in the platform's convention
 * P_ij = a_i b_j exp((f_i + g_j − C_ij)/ε). One iteration is
 * <pre>
 *   f_i := −ε log Σ_j exp(log b_j + (g_j − C_ij)/ε)     (rows of P now sum to a)
 *   g_j := −ε log Σ_i exp(log a_i + (f_i − C_ij)/ε)     (columns of P now sum to b)
 * </pre>
 * as host loops over Backend kernels: C is uploaded once; each half-step is one {@code broadcastAdd}
 * forming −C/ε + (vector) followed by one {@code rowLogSumExp} or {@code colLogSumExp}, both max-shifted,
 * so nothing is ever exponentiated outside the log domain: ε so small that exp(−C_ij/ε) underflows (the
 * classical kernel K = exp(−C/ε) would be 0, e.g. C/ε &gt; 745) needs no special treatment here, since
 * the log-domain form is already used throughout. Each reported iteration k is the plan (f_k, g_{k−1})
 * just after the f-step: its rows are exact, so its marginal error is the column error Σ_j b_j |expm1(g_j/ε
 * + ℓ_j)|, which the g-step's column log-sum-exp ℓ gives for free (the side not just updated); its cost
 * ⟨C, P⟩ takes three more passes (broadcast, exp, Hadamard with C) and a sum. Kernel passes (one full
 * sweep over an n×m matrix) are counted as {@code kernel-pass}.
 *
 * <p>The run stops with CONVERGED once that marginal error is at most {@code tolerance}, returning that
 * plan's (f, g); ITERATION_LIMIT at {@code maxIterations}; the monitor's reason on a stop request;
 * NUMERICAL_ERROR on a non-finite figure; INVALID_INPUT for an unusable problem. The claimed certificate
 * ({@code marginal-error}: row plus column error) and the objective (the transport cost ⟨C, P⟩ of the
 * returned plan) are recomputed on the host in one log-domain sweep exactly as the runtime's verifier does;
 * a CONVERGED run whose recomputed error exceeds the tolerance is reported as NUMERICAL_ERROR.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + LogSinkhorn.ID,
        SolverProperties.PROBLEM + "=" + OptimalTransport.FAMILY,
        SolverProperties.REFERENCE + "=Peyre & Cuturi, Computational Optimal Transport (2019), sec. 4.4 (log-domain Sinkhorn)",
        SolverProperties.DESCRIPTION + "=entropic OT by log-domain Sinkhorn iterations (Backend broadcast + log-sum-exp kernels)" })
public final class LogSinkhorn extends TransportSolver {

    public static final String ID = "optim.sinkhorn";
    public static final String EPSILON = "epsilon";
    /** Counter of full sweeps over an n×m matrix on the Backend. */
    public static final String KERNEL_PASS = "kernel-pass";

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.real(EPSILON, 0.05, Double.MIN_NORMAL, Double.MAX_VALUE,
                    "entropic regularisation eps > 0 (same units as the cost); the plan is a_i b_j exp((f_i+g_j-C_ij)/eps)"),
            ParameterSpec.integer("maxIterations", 100_000, 0, Integer.MAX_VALUE,
                    "most Sinkhorn iterations (one f- and one g-update each) before ITERATION_LIMIT"),
            ParameterSpec.real("tolerance", 1e-9, 0, Double.MAX_VALUE,
                    "stop with CONVERGED once the marginal error ||P1-a||_1 + ||P^T1-b||_1 is at most this"));

    public LogSinkhorn() {
        super(ID, PARAMETERS);
    }

    @Override
    protected Result solve(double[] a, double[] b, double[] c, Settings settings, Monitor monitor) {
        Backend be = monitor.backend();
        if (be == null) {
            return Result.failure(Status.FAILED, ID + " runs its kernels on the run's Backend, but the monitor gave none");
        }
        double eps = settings.real(EPSILON);
        long maxIterations = settings.integer("maxIterations");
        double tolerance = settings.real("tolerance");
        int n = a.length;
        int m = b.length;
        double[] logA = new double[n];
        double[] logB = new double[m];
        for (int i = 0; i < n; i++) {
            logA[i] = Math.log(a[i]);
        }
        for (int j = 0; j < m; j++) {
            logB[j] = Math.log(b[j]);
        }
        double[] f = new double[n]; // potentials divided by ε
        double[] g = new double[m];
        double[] rowVec = new double[n];
        double[] colVec = new double[m];
        Status status;
        String message = null;
        long k = 0;
        try (DeviceMatrix cd = be.upload(n, m, c);
                DeviceMatrix cOverEps = be.allocate(n, m);
                DeviceMatrix w = be.allocate(n, m);
                DeviceMatrix r = be.allocate(n, 1);
                DeviceMatrix col = be.allocate(1, m);
                DeviceMatrix lr = be.allocate(n, 1);
                DeviceMatrix lc = be.allocate(1, m)) {
            be.broadcastAdd(-1.0 / eps, cd, null, null, cOverEps); // −C/ε, formed once
            monitor.count(KERNEL_PASS, 1);
            while (true) {
                if (k >= maxIterations) {
                    status = Status.ITERATION_LIMIT;
                    message = "reached maxIterations = " + maxIterations;
                    break;
                }
                k++;
                // f-step: f_i/ε = −log Σ_j exp(log b_j + g_j/ε − C_ij/ε)
                for (int j = 0; j < m; j++) {
                    colVec[j] = logB[j] + g[j];
                }
                DeviceMatrix cv = upload(be, col, colVec);
                be.broadcastAdd(1.0, cOverEps, null, cv, w);
                be.rowLogSumExp(w, lr);
                monitor.count(KERNEL_PASS, 2);
                double[] l = be.download(lr);
                for (int i = 0; i < n; i++) {
                    f[i] = -l[i];
                    rowVec[i] = logA[i] + f[i];
                }
                // g-step's reduction: ℓ_j = log Σ_i exp(log a_i + f_i/ε − C_ij/ε); column error of (f_k, g_{k−1})
                be.broadcastAdd(1.0, cOverEps, upload(be, r, rowVec), null, w);
                be.colLogSumExp(w, lc);
                monitor.count(KERNEL_PASS, 2);
                double[] lcol = be.download(lc);
                double error = 0.0;
                for (int j = 0; j < m; j++) {
                    if (b[j] != 0.0) {
                        error += b[j] * Math.abs(Math.expm1(g[j] + lcol[j]));
                    }
                }
                // cost of that plan: log P_ij = w_ij + log b_j + g_j/ε
                be.broadcastAdd(1.0, w, null, cv, w);
                be.map(ElementwiseOp.EXP, w, w);
                be.hadamard(w, cd, w);
                double cost = be.sum(w);
                monitor.count(KERNEL_PASS, 4);
                monitor.iteration(k, cost, error);
                if (!Double.isFinite(error) || !Double.isFinite(cost)) {
                    status = Status.NUMERICAL_ERROR;
                    message = "the marginal error or cost became non-finite (error " + error + ", cost " + cost
                            + ") at iteration " + k;
                    break;
                }
                if (error <= tolerance) {
                    status = Status.CONVERGED;
                    break;
                }
                if (monitor.stopRequested()) {
                    status = monitor.stopReason() == null ? Status.CANCELLED : monitor.stopReason();
                    message = "stopped (" + status + ") after iteration " + k + " with marginal error " + error;
                    break;
                }
                for (int j = 0; j < m; j++) {
                    g[j] = -lcol[j];
                }
            }
        }
        double[] fg = new double[n + m];
        for (int i = 0; i < n; i++) {
            fg[i] = eps * f[i];
        }
        for (int j = 0; j < m; j++) {
            fg[n + j] = eps * g[j];
        }
        double[][] pot = {java.util.Arrays.copyOf(fg, n), java.util.Arrays.copyOfRange(fg, n, n + m)};
        double[] sums = PlanCheck.planSums(a, b, c, pot[0], pot[1], eps);
        if (status == Status.ITERATION_LIMIT) {
            message += " with marginal error " + sums[0];
        }
        if (status == Status.CONVERGED && !(sums[0] <= tolerance)) {
            status = Status.NUMERICAL_ERROR;
            message = "the iteration's column error reached the tolerance but the recomputed marginal error is "
                    + sums[0] + " > " + tolerance;
        }
        return Result.builder(status)
                .message(message)
                .solution(fg)
                .objective(sums[1])
                .iterations(k)
                .certificate(Certificate.of(Certificate.MARGINAL_ERROR, sums[0], tolerance))
                .build();
    }

    private static DeviceMatrix upload(Backend be, DeviceMatrix target, double[] values) {
        DeviceMatrix tmp = be.upload(target.rows(), target.cols(), values);
        be.copy(tmp, target);
        tmp.close();
        return target;
    }
}
