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
 * Limited-memory BFGS: Nocedal &amp; Wright, <i>Numerical Optimization</i>, 2nd ed., Algorithm 7.5,
 * with the two-loop recursion of Algorithm 7.4 and H_k⁰ = (s_{k-1}ᵀy_{k-1} / y_{k-1}ᵀy_{k-1}) I
 * (eq. 7.20) in {@link LbfgsMemory}, and steps from the strong Wolfe line search of Algorithms 3.5/3.6
 * by default in {@link MoreThuenteLineSearch} (Moré &amp; Thuente 1994, the search of L-BFGS-B; c₁ = 10⁻⁴,
 * c₂ = 0.9 by default, xtol = 0.1 and at most 20 evaluations per search as in L-BFGS-B), or, with
 * {@code lineSearch=nocedal-wright}, in {@link StrongWolfeLineSearch} (Algorithms 3.5/3.6). The unit step is
 * tried first (N&amp;W §3.5); on the first iteration, and after a reset, the step along −∇f starts at
 * 1/‖∇f‖₂, a displacement of length 1 (as L-BFGS-B does).
 *
 * <p>Stops with CONVERGED when ‖∇f(x_k)‖₂ ≤ {@code tolerance}. When a line search finds no
 * acceptable step the memory is dropped and steepest descent is tried once; if that fails too the
 * run ends with NUMERICAL_ERROR at the last finite iterate. It also ends with NUMERICAL_ERROR, without
 * the retry, when a step meets the strong Wolfe conditions but does not lower f at all (f has reached
 * its rounding floor along the direction; L-BFGS-B's relative-reduction test with factr = 0). Unconstrained: problems with bounds are
 * refused with INVALID_INPUT.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + Lbfgs.ID,
        SolverProperties.PROBLEM + "=" + SmoothObjective.FAMILY,
        SolverProperties.REFERENCE + "=Nocedal & Wright, Numerical Optimization, 2nd ed., Alg. 7.4 + 7.5; line search Moré & Thuente, ACM TOMS 20(3), 1994 (or N&W Alg. 3.5 + 3.6)",
        SolverProperties.DESCRIPTION + "=L-BFGS quasi-Newton method with a strong-Wolfe line search (unconstrained)" })
public final class Lbfgs extends UnconstrainedGradientSolver {

    public static final String ID = "optim.lbfgs";
    static final String MORE_THUENTE = "more-thuente";
    static final String NOCEDAL_WRIGHT = "nocedal-wright";
    /** Moré–Thuente's relative interval tolerance, L-BFGS-B's value. */
    static final double XTOL = 0.1;
    static final double ALPHA_MAX = 1e20;

    public Lbfgs() {
        super(ID, 10_000,
                ParameterSpec.integer("memory", 10, 1, 1000, "number m of correction pairs (s, y) kept"),
                ParameterSpec.real("c1", 1e-4, 1e-12, 0.5, "sufficient-decrease (Armijo) constant of the Wolfe line search"),
                ParameterSpec.real("c2", 0.9, 1e-6, 0.999999, "curvature constant of the strong Wolfe conditions; must exceed c1"),
                ParameterSpec.integer("lineSearchEvaluations", 20, 1, 10_000,
                        "most function evaluations in one line search (20, as in L-BFGS-B)"),
                ParameterSpec.choice("lineSearch", MORE_THUENTE, List.of(MORE_THUENTE, NOCEDAL_WRIGHT),
                        "strong Wolfe line search: Moré-Thuente (1994; the one L-BFGS-B uses) or Nocedal & Wright"
                                + " Alg. 3.5/3.6 (bracketing by doubling, clamped cubic zoom)"));
    }

    @Override
    protected String checkSettings(Settings settings) {
        double c1 = settings.real("c1");
        double c2 = settings.real("c2");
        return c1 < c2 ? null : "settings c1 = " + c1 + " and c2 = " + c2 + " violate 0 < c1 < c2 < 1";
    }

    @Override
    protected DescentRun newRun(SmoothObjective problem, Settings settings, Monitor monitor) {
        double c1 = settings.real("c1");
        double c2 = settings.real("c2");
        int budget = settings.intValue("lineSearchEvaluations");
        LineSearch search = NOCEDAL_WRIGHT.equals(settings.string("lineSearch"))
                ? new StrongWolfeLineSearch(c1, c2, budget, ALPHA_MAX)
                : new MoreThuenteLineSearch(c1, c2, XTOL, budget, ALPHA_MAX);
        return new Run(problem, settings, monitor, search);
    }

    /** L-BFGS directions with a strong Wolfe line search. */
    private static final class Run extends DescentRun {
        final LineSearch search;
        final LbfgsMemory memory;
        final double[] p;

        Run(SmoothObjective problem, Settings settings, Monitor monitor, LineSearch search) {
            super(problem, settings, monitor);
            this.search = search;
            this.memory = new LbfgsMemory(settings.intValue("memory"), n);
            this.p = new double[n];
        }

        @Override
        protected String step() {
            StrongWolfeLineSearch.Step step = lineSearch();
            if (step.alpha() == 0) {
                return failureMessage(step, k + 1);
            }
            memory.update(x, xNew, g, gNew);
            fNew = step.value();
            return null;
        }

        /** One line search along the L-BFGS direction; on failure, one retry along −∇f with an empty memory. */
        StrongWolfeLineSearch.Step lineSearch() {
            StrongWolfeLineSearch.Step step = null;
            if (memory.size() > 0) {
                memory.direction(g, p);
                step = search.search(oracle, x, f, g, p, 1.0, xNew, gNew);
                if (step.alpha() > 0 || step.outcome() == StrongWolfeLineSearch.Outcome.NO_DECREASE) {
                    return step;
                }
                memory.clear();
            }
            memory.direction(g, p);
            return search.search(oracle, x, f, g, p, 1.0 / gnorm, xNew, gNew);
        }

        String failureMessage(StrongWolfeLineSearch.Step step, long iteration) {
            if (step.outcome() == StrongWolfeLineSearch.Outcome.NON_FINITE) {
                return "objective or gradient became NaN/Inf at iteration " + iteration
                        + ": the line search met non-finite trial points and found no finite point with sufficient"
                        + " decrease; returning the last finite iterate";
            }
            if (step.outcome() == StrongWolfeLineSearch.Outcome.NO_DECREASE) {
                return "no decrease at iteration " + iteration + ": a step met the strong Wolfe conditions but left f = "
                        + f + " unchanged (f cannot be lowered at this precision) with ||grad|| = " + gnorm
                        + " > tolerance " + tolerance;
            }
            return "line search failed at iteration " + iteration + " (" + step.outcome()
                    + ") with ||grad|| = " + gnorm + " > tolerance " + tolerance
                    + ": no step with sufficient decrease was found, usually rounding error near a minimiser";
        }
    }
}
