package org.banach.plugins.optim.gradient;

import java.util.List;

import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.Status;
import org.banach.api.optim.SmoothObjective;
import org.osgi.service.component.annotations.Component;

/**
 * Limited-memory BFGS: Nocedal &amp; Wright, <i>Numerical Optimization</i>, 2nd ed., Algorithm 7.5,
 * with the two-loop recursion of Algorithm 7.4 and H_k⁰ = (s_{k-1}ᵀy_{k-1} / y_{k-1}ᵀy_{k-1}) I
 * (eq. 7.20) in {@link LbfgsMemory}, and steps from the strong Wolfe line search of Algorithms 3.5/3.6
 * in {@link StrongWolfeLineSearch} (c₁ = 10⁻⁴, c₂ = 0.9 by default). The unit step is tried first
 * (N&amp;W §3.5); on the first iteration, and after a reset, the step along −∇f starts at
 * min(1, 1/‖∇f‖₂).
 *
 * <p>Stops with CONVERGED when ‖∇f(x_k)‖₂ ≤ {@code tolerance}. When a line search finds no
 * acceptable step the memory is dropped and steepest descent is tried once; if that fails too the
 * run ends with NUMERICAL_ERROR at the last finite iterate. Unconstrained: problems with bounds are
 * refused with INVALID_INPUT.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + Lbfgs.ID,
        SolverProperties.PROBLEM + "=" + SmoothObjective.FAMILY,
        SolverProperties.REFERENCE + "=Nocedal & Wright, Numerical Optimization, 2nd ed., Alg. 7.4 + 7.5 (line search Alg. 3.5 + 3.6)",
        SolverProperties.DESCRIPTION + "=L-BFGS quasi-Newton method with a strong-Wolfe line search (unconstrained)" })
public final class Lbfgs implements Solver<SmoothObjective> {

    public static final String ID = "optim.lbfgs";

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.integer("maxIterations", 10_000, 0, Integer.MAX_VALUE,
                    "most iterations before stopping with ITERATION_LIMIT"),
            ParameterSpec.real("tolerance", 1e-6, 0, Double.MAX_VALUE,
                    "stop with CONVERGED once the gradient norm ||grad f(x)||_2 is at most this"),
            ParameterSpec.integer("memory", 10, 1, 1000, "number m of correction pairs (s, y) kept"),
            ParameterSpec.real("c1", 1e-4, 1e-12, 0.5, "sufficient-decrease (Armijo) constant of the Wolfe line search"),
            ParameterSpec.real("c2", 0.9, 1e-6, 0.999999, "curvature constant of the strong Wolfe conditions; must exceed c1"),
            ParameterSpec.integer("lineSearchEvaluations", 40, 1, 10_000,
                    "most function evaluations in one line search"));

    @Override
    public Class<SmoothObjective> problemType() {
        return SmoothObjective.class;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public Result solve(SmoothObjective problem, Settings settings, Monitor monitor) {
        double c1 = settings.real("c1");
        double c2 = settings.real("c2");
        if (!(c1 < c2)) {
            return RunSupport.invalid("settings c1 = " + c1 + " and c2 = " + c2 + " violate 0 < c1 < c2 < 1");
        }
        double[] x = problem.start();
        String bad = RunSupport.checkUnconstrained(ID, problem, x);
        if (bad != null) {
            return RunSupport.invalid(bad);
        }
        StrongWolfeLineSearch search = new StrongWolfeLineSearch(c1, c2, settings.intValue("lineSearchEvaluations"), 1e20);
        return new Run(problem, settings, monitor, search).run(x);
    }

    /** The state of one call; nothing survives it. */
    private static final class Run {
        final CountingOracle oracle;
        final Monitor monitor;
        final StrongWolfeLineSearch search;
        final int maxIterations;
        final double tolerance;
        final LbfgsMemory memory;
        final int n;

        Run(SmoothObjective problem, Settings settings, Monitor monitor, StrongWolfeLineSearch search) {
            this.oracle = new CountingOracle(problem, monitor);
            this.monitor = monitor;
            this.search = search;
            this.maxIterations = settings.intValue("maxIterations");
            this.tolerance = settings.real("tolerance");
            this.n = problem.dimension();
            this.memory = new LbfgsMemory(settings.intValue("memory"), n);
        }

        Result run(double[] x) {
            double[] g = new double[n];
            double[] p = new double[n];
            double[] xNew = new double[n];
            double[] gNew = new double[n];
            double f = oracle.valueAndGradient(x, g);
            if (!Double.isFinite(f) || !Vectors.allFinite(g)) {
                return RunSupport.result(Status.NUMERICAL_ERROR, RunSupport.nonFiniteAtStart(f, g), x, f,
                        Vectors.norm(g), tolerance, 0, oracle);
            }
            double gnorm = Vectors.norm(g);
            monitor.iteration(0, f, gnorm);
            long k = 0;
            while (true) {
                if (gnorm <= tolerance) {
                    return finish(Status.CONVERGED, null, x, f, gnorm, k);
                }
                if (monitor.stopRequested()) {
                    Status why = RunSupport.stopStatus(monitor);
                    return finish(why, "stopped (" + why + ") after iteration " + k, x, f, gnorm, k);
                }
                if (k >= maxIterations) {
                    return finish(Status.ITERATION_LIMIT, "reached maxIterations = " + maxIterations
                            + " with ||grad|| = " + gnorm, x, f, gnorm, k);
                }
                StrongWolfeLineSearch.Step step = lineSearch(x, f, g, gnorm, p, xNew, gNew);
                if (step.alpha() == 0) {
                    return finish(Status.NUMERICAL_ERROR, failureMessage(step, k + 1, gnorm), x, f, gnorm, k);
                }
                memory.update(x, xNew, g, gNew);
                double[] t = x;
                x = xNew;
                xNew = t;
                t = g;
                g = gNew;
                gNew = t;
                f = step.value();
                gnorm = Vectors.norm(g);
                k++;
                monitor.iteration(k, f, gnorm);
            }
        }

        /** One line search along the L-BFGS direction; on failure, one retry along −∇f with an empty memory. */
        StrongWolfeLineSearch.Step lineSearch(double[] x, double f, double[] g, double gnorm, double[] p,
                double[] xNew, double[] gNew) {
            StrongWolfeLineSearch.Step step = null;
            if (memory.size() > 0) {
                memory.direction(g, p);
                step = search.search(oracle, x, f, g, p, 1.0, xNew, gNew);
                if (step.alpha() > 0) {
                    return step;
                }
                memory.clear();
            }
            memory.direction(g, p);
            return search.search(oracle, x, f, g, p, Math.min(1.0, 1.0 / gnorm), xNew, gNew);
        }

        String failureMessage(StrongWolfeLineSearch.Step step, long iteration, double gnorm) {
            if (step.outcome() == StrongWolfeLineSearch.Outcome.NON_FINITE) {
                return "objective or gradient became NaN/Inf at iteration " + iteration
                        + ": the line search met non-finite trial points and found no finite point with sufficient"
                        + " decrease; returning the last finite iterate";
            }
            return "line search failed at iteration " + iteration + " (" + step.outcome()
                    + ") with ||grad|| = " + gnorm + " > tolerance " + tolerance
                    + ": no step with sufficient decrease was found, usually rounding error near a minimiser";
        }

        Result finish(Status status, String message, double[] x, double f, double gnorm, long k) {
            return RunSupport.result(status, message, x, f, gnorm, tolerance, k, oracle);
        }
    }
}
