package org.banach.plugins.optim.transport;

import java.util.List;

import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.Status;
import org.banach.api.backend.Backend;
import org.banach.api.optim.OptimalTransport;
import org.osgi.service.component.annotations.Component;

/**
 * Entropic optimal transport by Sinkhorn's iteration (Peyré &amp; Cuturi, <i>Computational Optimal
 * Transport</i>, Found. Trends ML 11 (2019), §4.2 and §4.4), in the platform's convention
 * P_ij = a_i b_j exp((f_i + g_j − C_ij)/ε), in one of two domains (setting {@code domain}):
 * <ul>
 * <li><b>kernel</b> ({@link KernelDomain}): K = exp(−C/ε) formed once, u := a/(Kv), v := b/(Kᵀu), both
 * products in one fused {@link Backend#sinkhornSweep} (one pass over K per iteration). Fast, but K underflows
 * for small ε (C_ij/ε &gt; 745) and the scalings can overflow;</li>
 * <li><b>log</b> ({@link LogDomain}): f_i := −ε log Σ_j exp(log b_j + (g_j − C_ij)/ε), g likewise, as
 * Backend broadcasts and max-shifted log-sum-exps (8 passes per iteration including the cost): stable for
 * any ε;</li>
 * <li><b>auto</b> (default): the kernel domain while it works, the log domain from the point where it does
 * not, continuing from the current potentials: a row or column of K that sums to 0 at set-up, a scaling that
 * becomes 0 or non-finite, or a kernel-domain plan whose marginal error, recomputed in the log domain, misses
 * the tolerance (lost precision). The switch is recorded in the result: counter {@value #LOG_DOMAIN_SWITCH}
 * = 1 and a message saying at which iteration and why.</li>
 * </ul>
 * Each reported iteration k is the plan (f_k, g_{k−1}) just after the f- (u-) step: its rows are exact, so its
 * marginal error is the column error, which the step gives for free. The trace's objective is that plan's
 * transport cost ⟨C, P⟩ in the log domain and NaN in the kernel domain (it would cost a second pass over C).
 * Kernel passes (one full sweep over an n×m matrix) are counted as {@value #KERNEL_PASS}.
 *
 * <p>The run stops with CONVERGED once that marginal error is at most {@code tolerance} (&gt; 0: with 0 it runs
 * all {@code maxIterations}, as a timing harness needs), returning that plan's
 * (f, g); ITERATION_LIMIT at {@code maxIterations}; the monitor's reason on a stop request; NUMERICAL_ERROR on a
 * non-finite figure (or, with {@code domain=kernel}, when the kernel domain fails); INVALID_INPUT for an unusable
 * problem. The claimed certificate ({@code marginal-error}: row plus column error) and the objective (the cost
 * of the returned plan) are recomputed on the host in one log-domain sweep exactly as the runtime's verifier
 * does ({@link TransportSolver#entropic}).
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + LogSinkhorn.ID,
        SolverProperties.PROBLEM + "=" + OptimalTransport.FAMILY,
        SolverProperties.REFERENCE + "=Peyre & Cuturi, Computational Optimal Transport (2019), sec. 4.2, 4.4 (Sinkhorn, log domain)",
        SolverProperties.DESCRIPTION + "=entropic OT by Sinkhorn iterations: fused kernel-domain sweeps, log domain when the kernel underflows" })
public final class LogSinkhorn extends TransportSolver {

    public static final String ID = "optim.sinkhorn";
    public static final String EPSILON = TransportSolver.EPSILON;
    /** Counter of full sweeps over an n×m matrix on the Backend. */
    public static final String KERNEL_PASS = "kernel-pass";
    /** Counter set to 1 when an auto run left the kernel domain for the log domain. */
    public static final String LOG_DOMAIN_SWITCH = "log-domain-switch";
    public static final String DOMAIN = "domain";

    private static final List<ParameterSpec> PARAMETERS = List.of(
            epsilon(),
            ParameterSpec.integer("maxIterations", 100_000, 0, Integer.MAX_VALUE,
                    "most Sinkhorn iterations (one f- and one g-update each) before ITERATION_LIMIT"),
            ParameterSpec.real("tolerance", 1e-9, 0, Double.MAX_VALUE,
                    "stop with CONVERGED once the marginal error ||P1-a||_1 + ||P^T1-b||_1 is at most this; 0 never "
                            + "stops early (all maxIterations run, e.g. to time them)"),
            ParameterSpec.choice(DOMAIN, "auto", List.of("auto", "kernel", "log"),
                    "kernel: K = exp(-C/eps) and one fused sweep per iteration; log: log-sum-exp updates, stable for "
                            + "any eps; auto: kernel, switching to log (recorded) when K underflows or precision is lost"));

    public LogSinkhorn() {
        super(ID, PARAMETERS);
    }

    /** Where a run stands: iterations done, the final status and message (null status: not finished). */
    private static final class Run {
        long k;
        Status status;
        String message;
        String switched;
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
        String domain = settings.string(DOMAIN);
        Run run = new Run();
        double[] psi = null;
        if (!"log".equals(domain)) {
            try (KernelDomain kd = new KernelDomain(be, monitor, a, b, c, eps)) {
                String why = kd.underflow();
                if (why == null) {
                    why = kernel(kd, run, a, b, c, eps, maxIterations, tolerance, monitor);
                    if (why == null) {
                        return TransportSolver.entropic(run.status, run.message, run.k, kd.potentials(), a, b, c, eps,
                                tolerance);
                    }
                    psi = kd.psi();
                }
                if ("kernel".equals(domain)) {
                    return TransportSolver.entropic(Status.NUMERICAL_ERROR, "the kernel domain failed at iteration "
                            + (run.k + 1) + ": " + why + "; use domain=log (or auto) for this eps", run.k,
                            kd.potentials(), a, b, c, eps, tolerance);
                }
                run.switched = "switched to the log domain at iteration " + (run.k + 1) + ": " + why;
                monitor.count(LOG_DOMAIN_SWITCH, 1);
            }
        }
        double[] fg;
        try (LogDomain ld = new LogDomain(be, monitor, a, b, c, eps)) {
            if (psi != null) {
                System.arraycopy(psi, 0, ld.psi, 0, psi.length);
            }
            logDomain(ld, run, maxIterations, tolerance, monitor);
            fg = ld.potentials();
        }
        Result r = TransportSolver.entropic(run.status, run.message, run.k, fg, a, b, c, eps, tolerance);
        if (run.switched == null) {
            return r;
        }
        return r.toBuilder().message(r.message() == null ? run.switched : r.message() + "; " + run.switched).build();
    }

    /**
     * Kernel-domain iterations until a final status (returns null, run.status set) or until the kernel domain
     * fails (returns why; run.k is the last completed iteration, the plan of the last step is kept).
     */
    private static String kernel(KernelDomain kd, Run run, double[] a, double[] b, double[] c, double eps,
            long maxIterations, double tolerance, Monitor monitor) {
        while (true) {
            if (run.k >= maxIterations) {
                run.status = Status.ITERATION_LIMIT;
                run.message = "reached maxIterations = " + maxIterations;
                return null;
            }
            double error = kd.step();
            if (!Double.isFinite(error)) {
                return kd.failure() != null ? kd.failure() : "the column error became " + error;
            }
            run.k++;
            monitor.iteration(run.k, Double.NaN, error);
            if (error <= tolerance && tolerance > 0) {
                double[] fg = kd.potentials();
                int n = a.length;
                double[] sums = PlanCheck.planSums(a, b, c, java.util.Arrays.copyOf(fg, n),
                        java.util.Arrays.copyOfRange(fg, n, fg.length), eps);
                if (sums[0] <= tolerance) {
                    run.status = Status.CONVERGED;
                    return null;
                }
                return "the kernel domain's plan reached column error " + error + " but its marginal error recomputed "
                        + "in the log domain is " + sums[0] + " > " + tolerance + " (precision lost in K)";
            }
            if (monitor.stopRequested()) {
                run.status = stopStatus(monitor);
                run.message = "stopped (" + run.status + ") after iteration " + run.k + " with marginal error " + error;
                return null;
            }
            if (!kd.advance()) {
                return kd.failure();
            }
        }
    }

    /** Log-domain iterations from ld's ψ until a final status. */
    private static void logDomain(LogDomain ld, Run run, long maxIterations, double tolerance, Monitor monitor) {
        while (true) {
            if (run.k >= maxIterations) {
                run.status = Status.ITERATION_LIMIT;
                run.message = "reached maxIterations = " + maxIterations;
                return;
            }
            run.k++;
            double[] ec = ld.fStep(true);
            double error = ec[0];
            double cost = ec[1];
            monitor.iteration(run.k, cost, error);
            if (!Double.isFinite(error) || !Double.isFinite(cost)) {
                run.status = Status.NUMERICAL_ERROR;
                run.message = "the marginal error or cost became non-finite (error " + error + ", cost " + cost
                        + ") at iteration " + run.k;
                return;
            }
            if (error <= tolerance && tolerance > 0) {
                run.status = Status.CONVERGED;
                return;
            }
            if (monitor.stopRequested()) {
                run.status = stopStatus(monitor);
                run.message = "stopped (" + run.status + ") after iteration " + run.k + " with marginal error " + error;
                return;
            }
            ld.gStep();
        }
    }
}
