package org.banach.plugins.optim.constrained;

import java.util.List;

import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.Status;
import org.banach.api.optim.EqualityConstrainedProblem;
import org.osgi.service.component.annotations.Component;

/**
 * Adaptive inexact Newton method with randomized iterative sketching and an exact augmented
 * Lagrangian merit (Hong, Na, Mahoney &amp; Kolar, "Constrained Optimization via Exact Augmented
 * Lagrangian and Randomized Iterative Sketching", ICML 2023). Each iteration solves the Lagrangian
 * Newton system [[B, Jᵀ], [J, 0]] [Δx; Δλ] = −[∇ₓL; c] by Gaussian sketch-and-project until its
 * residual is at most γ_k‖[∇ₓL; c]‖, makes the direction a descent direction of
 * L_{μ,ν} = f + λᵀc + (μ/2)‖c‖² + (ν/2)‖∇ₓL‖² by raising μ (ν fixed) or tightening γ_k, and takes an
 * Armijo step on L_{μ,ν} from α = 1. With {@code accuracy=sharpening}, γ_k = min(γ₀, ‖[∇ₓL; c]‖^θ)
 * → 0 (superlinear); with {@code fixed}, γ_k = γ₀ (linear). See {@link EalRun} for the details and
 * the safeguards.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + EalSketch.ID,
        SolverProperties.PROBLEM + "=" + EqualityConstrainedProblem.FAMILY,
        SolverProperties.REFERENCE + "=Hong, Na, Mahoney & Kolar, Constrained Optimization via Exact Augmented "
                + "Lagrangian and Randomized Iterative Sketching, ICML 2023",
        SolverProperties.DESCRIPTION + "=Adaptive inexact Newton on the KKT system, solved by randomized "
                + "sketch-and-project, with line search on the exact augmented Lagrangian (equality constraints)" })
public final class EalSketch implements Solver<EqualityConstrainedProblem> {

    public static final String ID = "optim.eal-sketch";

    /** Counter of iterations that accepted the unit step. */
    public static final String UNIT_STEP = "unitStep";

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.integer("maxIterations", 500, 0, Integer.MAX_VALUE, "most Newton iterations"),
            ParameterSpec.real("tolerance", 1e-8, 0, 1e10,
                    "stop when max(||grad f + J^T lambda_LS||, ||c||) <= tolerance (lambda_LS least squares)"),
            ParameterSpec.real("initialMu", 1, 1e-12, 1e12, "initial penalty mu on ||c||^2 of the merit"),
            ParameterSpec.real("nu", 1, 1e-12, 1e12, "penalty nu on ||grad_x L||^2 of the merit (fixed; mu adapts to it)"),
            ParameterSpec.real("penaltyFactor", 10, 1.01, 1e6, "factor by which mu is raised"),
            ParameterSpec.real("descent", 0.5, 1e-12, 0.99,
                    "eta: a direction is accepted when the merit slope <= -eta (nu ||grad_x L||^2 + ||c||^2)"),
            ParameterSpec.real("armijo", 1e-4, 1e-12, 0.5, "sufficient-decrease constant of the line search"),
            ParameterSpec.choice("accuracy", "sharpening", List.of("sharpening", "fixed"),
                    "sketch accuracy gamma_k: min(gamma0, r_k^theta) (sharpening, superlinear) or gamma0 (fixed)"),
            ParameterSpec.real("gamma0", 0.1, 1e-14, 0.99, "initial (or fixed) relative accuracy of the sketch solver"),
            ParameterSpec.real("theta", 0.5, 1e-3, 1, "sharpening exponent theta: gamma_k = min(gamma0, r_k^theta)"),
            ParameterSpec.integer("sketchSize", 0, 0, 1_000_000,
                    "columns s of the Gaussian sketch; 0 = ceil((n+m)/2)"),
            ParameterSpec.integer("maxSketchIterations", 20_000, 1, Integer.MAX_VALUE,
                    "most sketch-and-project iterations per linear solve"),
            ParameterSpec.choice("hessian", "auto", List.of("auto", "exact", "finite-difference"),
                    "Lagrangian Hessian-vector products: the problem's (exact), forward differences of grad_x L, "
                            + "or exact when available"),
            ParameterSpec.real("infeasibilityTolerance", 1e-4, 0, 1e10,
                    "||c|| above which a stalled or stationary constraint violation is reported INFEASIBLE"),
            ParameterSpec.integer("stallWindow", 50, 1, Integer.MAX_VALUE,
                    "iterations without a 1% fall of the best ||c|| after which INFEASIBLE is reported"));

    @Override
    public Class<EqualityConstrainedProblem> problemType() {
        return EqualityConstrainedProblem.class;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public Result solve(EqualityConstrainedProblem problem, Settings settings, Monitor monitor) {
        String bad = check(problem);
        if (bad != null) {
            return Result.failure(Status.INVALID_INPUT, bad);
        }
        if ("exact".equals(settings.string("hessian")) && !problem.hasLagrangianHessianVector()) {
            return Result.failure(Status.INVALID_INPUT, "hessian=exact was asked but problem '" + problem.name()
                    + "' has no Lagrangian Hessian-vector product; use hessian=auto or finite-difference");
        }
        return new EalRun(problem, settings, monitor).run();
    }

    private static String check(EqualityConstrainedProblem problem) {
        int n = problem.dimension();
        int m = problem.constraintCount();
        if (n < 1) {
            return "problem '" + problem.name() + "' has dimension " + n + "; at least 1 is needed";
        }
        if (m < 0) {
            return "problem '" + problem.name() + "' has " + m + " constraints";
        }
        double[] x = problem.start();
        if (x == null) {
            return "problem '" + problem.name() + "' gave no starting point";
        }
        if (x.length != n) {
            return "starting point of problem '" + problem.name() + "' has length " + x.length
                    + " but the problem dimension is " + n;
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(x[i])) {
                return "starting point of problem '" + problem.name() + "' has a non-finite entry at index " + i
                        + " (" + x[i] + ")";
            }
        }
        return null;
    }
}
