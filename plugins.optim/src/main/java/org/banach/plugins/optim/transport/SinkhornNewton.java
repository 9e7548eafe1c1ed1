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
 * Sinkhorn-Newton-Sparse (SNS): Tang, Shavlovsky, Rahmanian, Tardini, Thekumparampil, Xiao &amp; Ying,
 * <i>Accelerating Sinkhorn algorithm with sparse Newton iterations</i>, ICLR 2024 (arXiv 2401.12253),
 * Algorithm 1, in the log domain (stable at ε = 1e-3 and below). With potentials divided by ε, φ = f/ε and
 * ψ = g/ε, and the platform's plan P_ij = a_i b_j exp(φ_i + ψ_j − C_ij/ε), the method maximises the concave
 * Lyapunov function L(φ, ψ) = ⟨a, φ⟩ + ⟨b, ψ⟩ − Σ_ij P_ij (the paper's f up to constants):
 * <ol>
 * <li>Sinkhorn stage: {@code warmup} log-domain Sinkhorn iterations ({@link LogDomain}, as {@link LogSinkhorn}
 * runs them), stopped early;</li>
 * <li>Newton stage, each iteration: the plan P of the current point (Backend: one broadcast, exp, row and
 * column sums); Sparsify keeps its ⌈{@code density}·n·m⌉ largest entries in the Hessian's off-diagonal blocks
 * ({@link SparseHessian}); conjugate gradients solve H̃·Δ = ∇L = (a − P1, b − Pᵀ1) to relative residual
 * {@code cgTolerance}; a backtracking line search α = 1, 1/2, … accepts the first step with L(z + αΔ) ≥ L(z) +
 * 10⁻⁴·α·∇LᵀΔ (Armijo, up to the rounding error of L).</li>
 * </ol>
 * Each Newton iteration is O(n·m) (plan, selection of the threshold, CG on O(ρ·n·m) entries), like a Sinkhorn
 * iteration. Iterations are counted as in the paper: Sinkhorn and Newton iterations together. Counters:
 * {@value LogSinkhorn#KERNEL_PASS}, {@value #NEWTON_STEP}, {@value #CG_ITERATION}, {@value #LINE_SEARCH} (plans
 * evaluated by the line search), {@value #FALLBACK} (a Sinkhorn iteration taken where the line search found no
 * ascent, which the paper does not need; it keeps the method monotone when rounding makes Δ useless).
 *
 * <p>The marginal error of each Newton iterate is ‖P1 − a‖₁ + ‖Pᵀ1 − b‖₁ from the same row and column sums;
 * the trace's objective is its transport cost ⟨C, P⟩. Statuses, certificate and objective as {@link LogSinkhorn}
 * ({@link TransportSolver#entropic}); the solution is (f, g), verified by the runtime's {@code marginal-error}.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + SinkhornNewton.ID,
        SolverProperties.PROBLEM + "=" + OptimalTransport.FAMILY,
        SolverProperties.REFERENCE + "=Tang, Shavlovsky, Rahmanian, Tardini, Thekumparampil, Xiao, Ying, Accelerating Sinkhorn algorithm with sparse Newton iterations, ICLR 2024 (Algorithm 1)",
        SolverProperties.DESCRIPTION + "=entropic OT: Sinkhorn warm-up, then Newton steps on the Lyapunov function with a sparsified Hessian (CG + line search), log domain" })
public final class SinkhornNewton extends TransportSolver {

    public static final String ID = "optim.sinkhorn-newton";
    public static final String NEWTON_STEP = "newton-step";
    public static final String CG_ITERATION = "cg-iteration";
    public static final String LINE_SEARCH = "line-search-plan";
    public static final String FALLBACK = "sinkhorn-fallback";

    private static final List<ParameterSpec> PARAMETERS = List.of(
            epsilon(),
            ParameterSpec.integer("maxIterations", 100_000, 0, Integer.MAX_VALUE,
                    "most iterations, Sinkhorn warm-up and Newton together, before ITERATION_LIMIT"),
            ParameterSpec.real("tolerance", 1e-9, 0, Double.MAX_VALUE,
                    "stop with CONVERGED once the marginal error ||P1-a||_1 + ||P^T1-b||_1 is at most this"),
            ParameterSpec.integer("warmup", 20, 0, Integer.MAX_VALUE,
                    "Sinkhorn iterations before the Newton stage (the paper's N1)"),
            ParameterSpec.real("density", 0.05, Double.MIN_NORMAL, 1.0,
                    "share rho of the plan's entries kept (the largest) in the sparsified Hessian"),
            ParameterSpec.real("cgTolerance", 1e-6, Double.MIN_NORMAL, 1.0,
                    "relative residual at which conjugate gradients stop on the Newton system"),
            ParameterSpec.integer("cgMaxIterations", 1000, 1, Integer.MAX_VALUE,
                    "most CG iterations per Newton step"));

    public SinkhornNewton() {
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
        long warmup = settings.integer("warmup");
        try (LogDomain ld = new LogDomain(be, monitor, a, b, c, eps)) {
            NewtonStage s = new NewtonStage(ld, a, b, settings, monitor);
            // Sinkhorn stage
            while (s.k < Math.min(warmup, maxIterations)) {
                s.k++;
                double[] ec = ld.fStep(true);
                monitor.iteration(s.k, ec[1], ec[0]);
                if (!Double.isFinite(ec[0]) || !Double.isFinite(ec[1])) {
                    return s.result(Status.NUMERICAL_ERROR, "the marginal error or cost became non-finite (error " + ec[0]
                            + ", cost " + ec[1] + ") at Sinkhorn iteration " + s.k, a, b, c, eps, tolerance);
                }
                if (ec[0] <= tolerance) {
                    return s.result(Status.CONVERGED, null, a, b, c, eps, tolerance);
                }
                if (monitor.stopRequested()) {
                    return s.stopped(ec[0], a, b, c, eps, tolerance);
                }
                ld.gStep();
            }
            // Newton stage
            s.evaluateHere();
            while (true) {
                double error = s.marginalError();
                if (!Double.isFinite(error)) {
                    return s.result(Status.NUMERICAL_ERROR, "the marginal error became " + error + " at iteration " + s.k,
                            a, b, c, eps, tolerance);
                }
                if (error <= tolerance) {
                    return s.result(Status.CONVERGED, null, a, b, c, eps, tolerance);
                }
                if (s.k >= maxIterations) {
                    return s.result(Status.ITERATION_LIMIT, "reached maxIterations = " + maxIterations, a, b, c, eps,
                            tolerance);
                }
                if (monitor.stopRequested()) {
                    return s.stopped(error, a, b, c, eps, tolerance);
                }
                s.k++;
                s.newtonStep();
                monitor.iteration(s.k, ld.planCost(), s.marginalError());
            }
        }
    }
}
