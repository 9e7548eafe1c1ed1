package org.banach.plugins.optim.newton;

import java.util.List;

import org.banach.api.Certificate;
import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.Status;
import org.banach.api.optim.NonlinearEquations;
import org.banach.plugins.optim.gradient.RunSupport;
import org.banach.plugins.optim.gradient.Vectors;
import org.banach.plugins.optim.numerics.ShiftedCholesky;
import org.osgi.service.component.annotations.Component;

/**
 * The local Levenberg–Marquardt method of Ahookhosh, Aragón Artacho, Fleming &amp; Vuong, "Local convergence
 * of the Levenberg–Marquardt method under Hölder metric subregularity" (Adv. Comput. Math. 45, 2019):
 * x_{k+1} = x_k + d_k with (J_kᵀJ_k + μ_k I) d_k = −J_kᵀF_k and the adaptive parameter
 * μ_k = ξ‖F(x_k)‖^η + ω‖J_kᵀF(x_k)‖^η (ξ &gt; 0, ω ≥ 0, η &gt; 0; {@code parameter=adaptive}). For contrast,
 * {@code fixed} keeps μ_k = μ and {@code gauss-newton} sets μ_k = 0 (it stops with NUMERICAL_ERROR when
 * J_kᵀJ_k is singular, as it is everywhere on equations with conservation laws). Full steps, no
 * globalisation: the paper's method is local. Stops with CONVERGED once the relative residual
 * ‖F(x_k)‖/‖F(x₀)‖ is at most {@code tolerance}; that is also the certificate. Trace: ½‖F‖² and the
 * relative residual; counters {@code F} and {@code jacobian}.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + LevenbergMarquardt.ID,
        SolverProperties.PROBLEM + "=" + NonlinearEquations.FAMILY,
        SolverProperties.REFERENCE + "=Ahookhosh, Aragon Artacho, Fleming & Vuong, Local convergence of the "
                + "Levenberg-Marquardt method under Hoelder metric subregularity, Adv. Comput. Math. 45 (2019)",
        SolverProperties.DESCRIPTION + "=Levenberg-Marquardt with the Hoelder-adaptive parameter "
                + "xi ||F||^eta + omega ||J'F||^eta (or fixed mu, or Gauss-Newton)" })
public final class LevenbergMarquardt implements Solver<NonlinearEquations> {

    public static final String ID = "optim.levenberg-marquardt";

    /** Counter names. */
    public static final String RESIDUALS = "F";
    public static final String JACOBIANS = "jacobian";

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.integer("maxIterations", 500, 0, Integer.MAX_VALUE,
                    "most iterations before stopping with ITERATION_LIMIT"),
            ParameterSpec.real("tolerance", 1e-10, 0, Double.MAX_VALUE,
                    "stop with CONVERGED once ||F(x)|| / ||F(x0)|| is at most this"),
            ParameterSpec.choice("parameter", "adaptive", List.of("adaptive", "fixed", "gauss-newton"),
                    "mu_k: adaptive xi ||F||^eta + omega ||J'F||^eta, fixed mu, or 0 (Gauss-Newton)"),
            ParameterSpec.real("eta", 1.0, 1e-6, 4.0, "exponent eta of the adaptive parameter"),
            ParameterSpec.real("xi", 1.0, 1e-12, 1e12, "weight xi > 0 of ||F||^eta"),
            ParameterSpec.real("omega", 0.0, 0.0, 1e12, "weight omega >= 0 of ||J'F||^eta"),
            ParameterSpec.real("mu", 1e-3, 0.0, 1e12, "the constant mu of parameter=fixed"));

    @Override
    public Class<NonlinearEquations> problemType() {
        return NonlinearEquations.class;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public Result solve(NonlinearEquations problem, Settings settings, Monitor monitor) {
        int n = problem.dimension();
        int m = problem.equationCount();
        double[] x = problem.start();
        if (n < 1 || m < 1) {
            return RunSupport.invalid("problem '" + problem.name() + "' has " + n + " unknowns and " + m
                    + " equations; at least one of each is needed");
        }
        if (x == null || x.length != n) {
            return RunSupport.invalid("starting point of problem '" + problem.name() + "' has length "
                    + (x == null ? "null" : x.length) + " but the problem dimension is " + n);
        }
        if (!Vectors.allFinite(x)) {
            return RunSupport.invalid("starting point of problem '" + problem.name() + "' has a non-finite entry at "
                    + "index " + Vectors.firstNonFinite(x));
        }
        return new Run(problem, settings, monitor).run(x);
    }

    /** One call's state. */
    private static final class Run {
        final NonlinearEquations problem;
        final Monitor monitor;
        final int n;
        final int m;
        final long maxIterations;
        final double tolerance;
        final String mode;
        final double eta;
        final double xi;
        final double omega;
        final double mu;
        final double[] f;
        final double[] jac;
        final double[] normal;
        final double[] gradient;
        final double[] d;
        final ShiftedCholesky cholesky;
        long residualCalls;
        double f0;

        Run(NonlinearEquations problem, Settings settings, Monitor monitor) {
            this.problem = problem;
            this.monitor = monitor;
            this.n = problem.dimension();
            this.m = problem.equationCount();
            this.maxIterations = settings.intValue("maxIterations");
            this.tolerance = settings.real("tolerance");
            this.mode = settings.string("parameter");
            this.eta = settings.real("eta");
            this.xi = settings.real("xi");
            this.omega = settings.real("omega");
            this.mu = settings.real("mu");
            this.f = new double[m];
            this.jac = new double[m * n];
            this.normal = new double[n * n];
            this.gradient = new double[n];
            this.d = new double[n];
            this.cholesky = new ShiftedCholesky(n);
        }

        double residualNorm(double[] x) {
            residualCalls++;
            monitor.count(RESIDUALS, 1);
            problem.residual(x.clone(), f);
            return Vectors.norm(f);
        }

        Result run(double[] x) {
            double norm = residualNorm(x);
            if (!Double.isFinite(norm)) {
                return finish(Status.NUMERICAL_ERROR, "F is not finite at the starting point", x, norm, 0);
            }
            f0 = norm;
            monitor.iteration(0, 0.5 * norm * norm, relative(norm));
            for (long k = 0;; k++) {
                if (relative(norm) <= tolerance) {
                    return finish(Status.CONVERGED, null, x, norm, k);
                }
                if (monitor.stopRequested()) {
                    Status why = RunSupport.stopStatus(monitor);
                    return finish(why, "stopped (" + why + ") after iteration " + k, x, norm, k);
                }
                if (k >= maxIterations) {
                    return finish(Status.ITERATION_LIMIT, "reached maxIterations = " + maxIterations
                            + " with ||F|| = " + norm, x, norm, k);
                }
                String failure = direction(x, norm);
                if (failure != null) {
                    return finish(Status.NUMERICAL_ERROR, failure + " at iteration " + (k + 1), x, norm, k);
                }
                double[] next = x.clone();
                for (int i = 0; i < n; i++) {
                    next[i] += d[i];
                }
                double nextNorm = residualNorm(next);
                if (!Double.isFinite(nextNorm) || !Vectors.allFinite(next)) {
                    return finish(Status.NUMERICAL_ERROR, "F is not finite after the step of iteration " + (k + 1)
                            + " (the local method left its region of convergence)", x, norm, k);
                }
                x = next;
                norm = nextNorm;
                monitor.iteration(k + 1, 0.5 * norm * norm, relative(norm));
            }
        }

        /** d = −(JᵀJ + μI)⁻¹JᵀF at x (F already in {@link #f}); null, or why there is none. */
        private String direction(double[] x, double norm) {
            monitor.count(JACOBIANS, 1);
            problem.jacobian(x.clone(), jac);
            if (!Vectors.allFinite(jac)) {
                return "the Jacobian is not finite";
            }
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int i = 0; i < m; i++) {
                    s += jac[i * n + j] * f[i];
                }
                gradient[j] = s;
            }
            for (int a = 0; a < n; a++) {
                for (int b = a; b < n; b++) {
                    double s = 0;
                    for (int i = 0; i < m; i++) {
                        s += jac[i * n + a] * jac[i * n + b];
                    }
                    normal[a * n + b] = s;
                    normal[b * n + a] = s;
                }
            }
            double parameter = parameter(norm, Vectors.norm(gradient));
            if (!cholesky.factor(normal, parameter)) {
                return "J'J + mu I with mu = " + parameter + " is not positive definite"
                        + ("gauss-newton".equals(mode) ? " (the Gauss-Newton matrix is singular: no step)" : "");
            }
            cholesky.solve(gradient, d);
            for (int i = 0; i < n; i++) {
                d[i] = -d[i];
            }
            return null;
        }

        /** μ_k for the chosen mode. */
        double parameter(double norm, double gradientNorm) {
            switch (mode) {
                case "fixed":
                    return mu;
                case "gauss-newton":
                    return 0.0;
                default:
                    return xi * Math.pow(norm, eta) + omega * Math.pow(gradientNorm, eta);
            }
        }

        double relative(double norm) {
            return f0 == 0 ? norm : norm / f0;
        }

        Result finish(Status status, String message, double[] x, double norm, long iterations) {
            return Result.builder(status)
                    .message(message)
                    .solution(x)
                    .objective(0.5 * norm * norm)
                    .iterations(iterations)
                    .evaluations(residualCalls)
                    .certificate(Certificate.of(Certificate.RELATIVE_RESIDUAL, relative(norm), tolerance))
                    .build();
        }
    }
}
