package org.banach.plugins.optim.gradient;

import java.util.List;

import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.optim.SmoothObjective;
import org.osgi.service.component.annotations.Component;

/**
 * Steepest descent p_k = −∇f(x_k) with the backtracking line search of Nocedal &amp; Wright,
 * <i>Numerical Optimization</i>, 2nd ed., Algorithm 3.1: starting from ᾱ, α ← ρα until
 * f(x_k + αp_k) ≤ f(x_k) + c α ∇f_kᵀp_k. With {@code stepRule=constant} the first trial step is
 * ᾱ = {@code initialStep} at every iteration, exactly as in Algorithm 3.1. With the default
 * {@code stepRule=first-order} it is ᾱ₀ = {@code initialStep}/max(1, ‖∇f(x₀)‖₂) on the first
 * iteration (so the first trial point lies within {@code initialStep} of x₀ and a huge initial
 * gradient cannot throw the iterate onto a far plateau) and afterwards the step that keeps the
 * first-order change of the previous iteration, ᾱ_k = α_{k-1} ∇f_{k-1}ᵀp_{k-1} / ∇f_kᵀp_k
 * (N&amp;W §3.5, eq. 3.60).
 *
 * <p>Stops with CONVERGED when ‖∇f(x_k)‖₂ ≤ {@code tolerance}. A trial point with a non-finite f or
 * ∇f counts as a failed decrease test; when backtracking cannot find a finite decrease the run
 * ends with NUMERICAL_ERROR at the last finite iterate. Unconstrained: problems with bounds are
 * refused with INVALID_INPUT.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + GradientDescent.ID,
        SolverProperties.PROBLEM + "=" + SmoothObjective.FAMILY,
        SolverProperties.REFERENCE + "=Nocedal & Wright, Numerical Optimization, 2nd ed., Alg. 3.1",
        SolverProperties.DESCRIPTION + "=Gradient descent with Armijo backtracking (unconstrained)" })
public final class GradientDescent extends UnconstrainedGradientSolver {

    public static final String ID = "optim.gd";

    /** Backtracking stops after this many reductions of one step. */
    private static final int MAX_BACKTRACKS = 200;

    public GradientDescent() {
        super(ID, 100_000,
                ParameterSpec.real("initialStep", 1.0, 1e-12, 1e12, "first trial step of the backtracking line search"),
                ParameterSpec.real("armijo", 1e-4, 1e-12, 0.5, "sufficient-decrease constant c of the Armijo condition"),
                ParameterSpec.real("backtrack", 0.5, 0.01, 0.99, "contraction factor rho applied to a rejected step"),
                ParameterSpec.choice("stepRule", "first-order", List.of("first-order", "constant"),
                        "first trial step after iteration 0: keep the previous first-order change, or always initialStep"));
    }

    @Override
    protected DescentRun newRun(SmoothObjective problem, Settings settings, Monitor monitor) {
        return new Run(problem, settings, monitor);
    }

    /** Steepest descent with Armijo backtracking. */
    private static final class Run extends DescentRun {
        final double initialStep;
        final double c;
        final double rho;
        final boolean firstOrder;
        /** α_{k-1} ∇f_{k-1}ᵀp_{k-1}, NaN before the first step. */
        double previousChange = Double.NaN;

        Run(SmoothObjective problem, Settings settings, Monitor monitor) {
            super(problem, settings, monitor);
            this.initialStep = settings.real("initialStep");
            this.c = settings.real("armijo");
            this.rho = settings.real("backtrack");
            this.firstOrder = "first-order".equals(settings.string("stepRule"));
        }

        @Override
        protected String step() {
            double slope = -gnorm * gnorm; // ∇f_kᵀp_k with p_k = −∇f_k
            double alpha = !firstOrder ? initialStep
                    : k == 0 ? initialStep / Math.max(1, gnorm) : previousChange / slope;
            if (!(alpha > 0) || !Double.isFinite(alpha)) {
                alpha = initialStep;
            }
            boolean sawNonFinite = false;
            for (int t = 0; t < MAX_BACKTRACKS; t++) {
                Vectors.step(x, -alpha, g, xNew);
                fNew = oracle.valueAndGradient(xNew, gNew);
                boolean finite = Double.isFinite(fNew) && Vectors.allFinite(gNew);
                sawNonFinite |= !finite;
                if (finite && fNew <= f + c * alpha * slope) {
                    previousChange = alpha * slope;
                    return null;
                }
                alpha *= rho;
            }
            return sawNonFinite
                    ? "objective or gradient became NaN/Inf at iteration " + (k + 1)
                            + ": backtracking met non-finite trial points and found no finite point with sufficient"
                            + " decrease; returning the last finite iterate"
                    : "backtracking failed at iteration " + (k + 1) + " with ||grad|| = " + gnorm
                            + " > tolerance " + tolerance + ": no sufficient decrease after " + MAX_BACKTRACKS
                            + " reductions, usually rounding error near a minimiser";
        }
    }
}
