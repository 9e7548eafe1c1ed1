package org.banach.plugins.optim.newton;

import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.optim.SmoothObjective;
import org.banach.plugins.optim.gradient.DescentRun;
import org.banach.plugins.optim.gradient.UnconstrainedGradientSolver;
import org.banach.plugins.optim.gradient.Vectors;
import org.banach.plugins.optim.numerics.ShiftedCholesky;
import org.osgi.service.component.annotations.Component;

/**
 * Damped Newton with the stepsize schedules of Hanzely, Abdukhakimov &amp; Takáč (arXiv:2405.18926):
 * x_{k+1} = x_k − α_k n_k, n_k = [∇²f(x_k)]⁻¹∇f(x_k) from a dense Cholesky factorisation, α_k from
 * {@link StepSchedule} ({@code root}: the RN schedule with known M and q; {@code aicn}: the 2022 AICN
 * schedule; {@code pure}: α = 1). {@code universal} is the paper's backtracking UN procedure for an
 * unknown constant, in the paper's terms on θ: each iteration starts from the previous θ divided by ρ
 * and every backtrack multiplies θ by ρ; since θ = (9M)^{1/(q−1)} G^{(q−2)/(q−1)}, that is M divided
 * (multiplied) by ρ^{q−1} (M never below 10⁻²⁰). It takes α = 1/(1 + θ) as RN does, until the trial
 * point y = x_k − α n_k
 * satisfies the paper's descent condition ⟨∇f(y), n_k⟩ ≥ ‖∇f(y)‖*²_{x_k} / (2αθ), with the dual norm
 * of the Hessian at x_k (‖v‖*² = vᵀ[∇²f(x_k)]⁻¹v, one more solve with the same factor). The theory is
 * for convex f; where the Hessian is not positive definite the factor of ∇²f + τI (smallest τ of a
 * doubling ladder) is used instead. Counters: {@code f}, {@code grad}, {@code hessian},
 * {@code backtracks}; the certificate is the gradient norm.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + DampedNewton.ID,
        SolverProperties.PROBLEM + "=" + SmoothObjective.FAMILY,
        SolverProperties.REFERENCE + "=Hanzely, Abdukhakimov & Takac, Newton Method Revisited: Global Convergence "
                + "Rates up to O(k^-3) for Stepsize Schedules and Linesearch Procedures, arXiv:2405.18926",
        SolverProperties.DESCRIPTION + "=Damped Newton with the RN / AICN stepsize schedules or UN backtracking "
                + "(dense Hessian, Cholesky)" })
public final class DampedNewton extends UnconstrainedGradientSolver {

    public static final String ID = "optim.damped-newton";

    /** Counter name for rejected trial steps of the {@code universal} backtracking. */
    public static final String BACKTRACKS = "backtracks";

    private static final int MAX_BACKTRACKS = 200;

    /**
     * The universal estimate never falls below this: where every first trial is accepted (a quadratic)
     * M would otherwise shrink by ρ per iteration until it underflows to 0, and θ = 0 makes the test 0/0.
     */
    private static final double MIN_ESTIMATE = 1e-20;

    public DampedNewton() {
        super(ID, 10_000,
                ParameterSpec.choice("schedule", StepSchedule.UNIVERSAL, StepSchedule.ALL,
                        "stepsize: universal (UN backtracking, M unknown), root (RN, M and q known), aicn (AICN, "
                                + "M = L_semi), pure (alpha = 1)"),
                ParameterSpec.real("smoothness", 1.0, 1e-12, 1e12,
                        "M: the Hoelder constant L_{p,nu} in the local norm (root), L_semi (aicn), "
                                + "the first estimate (universal)"),
                ParameterSpec.real("order", 4.0, 2.0, 4.0, "q = p + nu in [2, 4] of the root and universal schedules"),
                ParameterSpec.real("backtrackFactor", 2.0, 1.01, 100.0, "rho > 1: the universal schedule multiplies theta by rho per backtrack (and divides it by rho at each new iteration)"),
                ParameterSpec.choice("hessian", "auto", java.util.List.of("auto", "exact", "finite-difference"),
                        "the problem's Hessian (exact), gradient differences, or exact when available"));
    }

    @Override
    protected DescentRun newRun(SmoothObjective problem, Settings settings, Monitor monitor) {
        return new Run(problem, settings, monitor);
    }

    /** One call's state. */
    private static final class Run extends DescentRun {
        final SmoothObjective problem;
        final String schedule;
        final double q;
        final double rho;
        final boolean exact;
        final HessianOracle hessian;
        final ShiftedCholesky cholesky;
        final double[] h;
        final double[] direction;
        final double[] dual;
        double m;

        Run(SmoothObjective problem, Settings settings, Monitor monitor) {
            super(problem, settings, monitor);
            this.problem = problem;
            this.schedule = settings.string("schedule");
            this.q = settings.real("order");
            this.rho = settings.real("backtrackFactor");
            this.m = settings.real("smoothness");
            String hs = settings.string("hessian");
            this.exact = "exact".equals(hs) || ("auto".equals(hs) && problem.hasHessian());
            this.hessian = new HessianOracle(problem, oracle, monitor, exact);
            this.cholesky = new ShiftedCholesky(n);
            this.h = new double[n * n];
            this.direction = new double[n];
            this.dual = new double[n];
        }

        @Override
        protected String step() {
            if (exact && !problem.hasHessian()) {
                return "hessian=exact was asked but " + problem.name() + " has no Hessian";
            }
            hessian.evaluate(x, g, h);
            if (!HessianOracle.finite(h) || !cholesky.factorShifted(h)) {
                return "the Hessian at iteration " + k + " is not finite";
            }
            cholesky.solve(g, direction);
            double localNorm = Math.sqrt(Vectors.dot(g, direction)); // G_k = ||grad f||*_{x_k}
            if (!Double.isFinite(localNorm)) {
                return "the Newton direction at iteration " + k + " is not finite";
            }
            switch (schedule) {
                case StepSchedule.PURE:
                    return trial(1.0);
                case StepSchedule.AICN:
                    return trial(StepSchedule.aicn(m, localNorm));
                case StepSchedule.ROOT:
                    return trial(StepSchedule.root(m, q, localNorm));
                default:
                    return universal(localNorm);
            }
        }

        /** xNew = x − α n_k with its value and gradient; a message when they are not finite. */
        private String trial(double alpha) {
            Vectors.step(x, -alpha, direction, xNew);
            fNew = oracle.valueAndGradient(xNew, gNew);
            if (!Double.isFinite(fNew) || !Vectors.allFinite(gNew)) {
                return "f or its gradient is not finite after the " + schedule + " step alpha = " + alpha
                        + " at iteration " + (k + 1) + " (the iterates diverged)";
            }
            return null;
        }

        /** The paper's UN backtracking on the estimate M (see the class comment). */
        private String universal(double localNorm) {
            double factor = Math.pow(rho, q - 1); // θ ∝ M^{1/(q−1)}: θ·ρ is M·ρ^{q−1}
            m = Math.max(m / factor, MIN_ESTIMATE);
            for (int j = 0; j < MAX_BACKTRACKS; j++) {
                double theta = StepSchedule.theta(m, q, localNorm);
                double alpha = 1 / (1 + theta);
                Vectors.step(x, -alpha, direction, xNew);
                fNew = oracle.valueAndGradient(xNew, gNew);
                if (Double.isFinite(fNew) && Vectors.allFinite(gNew)) {
                    cholesky.solve(gNew, dual);
                    double dualSquared = Vectors.dot(gNew, dual);
                    if (Vectors.dot(gNew, direction) >= dualSquared / (2 * alpha * theta)) {
                        return null;
                    }
                }
                monitor.count(BACKTRACKS, 1);
                m *= factor;
            }
            return "the universal backtracking found no acceptable step at iteration " + (k + 1) + " (M grew to " + m
                    + ", ||grad|| = " + gnorm + ")";
        }
    }
}
