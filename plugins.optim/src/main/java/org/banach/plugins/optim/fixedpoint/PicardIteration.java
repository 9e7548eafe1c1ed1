package org.banach.plugins.optim.fixedpoint;

import java.util.List;

import org.banach.api.Certificate;
import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.Status;
import org.banach.api.optim.FixedPointMap;
import org.banach.plugins.optim.gradient.RunSupport;
import org.banach.plugins.optim.gradient.Vectors;
import org.osgi.service.component.annotations.Component;

/**
 * Banach's fixed-point iteration x_{k+1} = g(x_k) (Picard iteration) for a {@link FixedPointMap}. If g
 * is a contraction with rate q in a neighbourhood of its fixed point x*, the error falls like q^k and,
 * by Banach's a-posteriori bound, ‖x_k − x*‖ ≤ ‖x_k − g(x_k)‖/(1 − q). Each iteration reports the
 * residual ‖x_k − g(x_k)‖₂ as its measure (so a semi-log fit of the trace recovers the linear rate, the
 * spectral radius of the Jacobian at x*) and counts one {@code map} call.
 *
 * <p>Stops with CONVERGED once the residual is at most {@code tolerance}, ITERATION_LIMIT at
 * {@code maxIterations}, NUMERICAL_ERROR when g gives a non-finite value (returning the last finite
 * iterate), the monitor's reason on a stop request, INVALID_INPUT for an unusable start. The claimed
 * certificate is {@code contraction}: rate = ‖J_g(x)‖₂ at the returned point (one {@code jacobian}
 * call), metric {@code l2}, safe step 1 (the full Picard step), holding when the rate is below 1 and
 * at most {@code maxRate}. The runtime's verifier recomputes it from the map.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + PicardIteration.ID,
        SolverProperties.PROBLEM + "=" + FixedPointMap.FAMILY,
        SolverProperties.REFERENCE + "=Banach (1922), fixed-point iteration; a-posteriori bound |x-x*| <= |x-g(x)|/(1-q)",
        SolverProperties.DESCRIPTION + "=Banach-Picard iteration x <- g(x) with a contraction certificate (Jacobian spectral norm)" })
public final class PicardIteration implements Solver<FixedPointMap> {

    public static final String ID = "optim.picard";
    /** Metric of the claimed contraction. */
    public static final String METRIC = "l2";

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.integer("maxIterations", 10_000, 0, Integer.MAX_VALUE,
                    "most applications of g before ITERATION_LIMIT"),
            ParameterSpec.real("tolerance", 1e-13, 0, Double.MAX_VALUE,
                    "stop with CONVERGED once the residual ||x - g(x)||_2 is at most this"),
            ParameterSpec.real("maxRate", 1.0, 0, 1.0,
                    "the contraction certificate holds when ||J_g(x)||_2 at the returned point is below 1 and at most this"));

    @Override
    public Class<FixedPointMap> problemType() {
        return FixedPointMap.class;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public Result solve(FixedPointMap problem, Settings settings, Monitor monitor) {
        int n = problem.dimension();
        double[] x = problem.start();
        if (n < 1 || x == null || x.length != n || Vectors.firstNonFinite(x) >= 0) {
            return RunSupport.invalid("problem '" + problem.name() + "' needs a finite starting point of length "
                    + n + " (dimension at least 1), got " + (x == null ? "none" : java.util.Arrays.toString(x)));
        }
        long maxIterations = settings.integer("maxIterations");
        double tolerance = settings.real("tolerance");
        double[] gx = new double[n];
        problem.map(x, gx);
        monitor.count("map", 1);
        if (Vectors.firstNonFinite(gx) >= 0) {
            return result(problem, Status.NUMERICAL_ERROR, "g is not finite at the starting point", x, 0, settings, monitor);
        }
        double residual = distance(x, gx);
        monitor.iteration(0, Double.NaN, residual);
        long k = 0;
        while (true) {
            if (residual <= tolerance) {
                return result(problem, Status.CONVERGED, null, x, k, settings, monitor);
            }
            if (k >= maxIterations) {
                return result(problem, Status.ITERATION_LIMIT, "reached maxIterations = " + maxIterations
                        + " with residual " + residual, x, k, settings, monitor);
            }
            if (monitor.stopRequested()) {
                return result(problem, RunSupport.stopStatus(monitor), null, x, k, settings, monitor);
            }
            double[] next = gx.clone();
            problem.map(next, gx);
            monitor.count("map", 1);
            if (Vectors.firstNonFinite(gx) >= 0) {
                return result(problem, Status.NUMERICAL_ERROR, "g is not finite at iteration " + (k + 1)
                        + "; returning the last finite iterate", next, k + 1, settings, monitor);
            }
            x = next;
            k++;
            residual = distance(x, gx);
            monitor.iteration(k, Double.NaN, residual);
        }
    }

    private static Result result(FixedPointMap problem, Status status, String message, double[] x, long k,
            Settings settings, Monitor monitor) {
        int n = x.length;
        double[] j = new double[n * n];
        problem.jacobian(x, j);
        monitor.count("jacobian", 1);
        double rate = FixedPointMap.spectralNorm(j, n);
        return Result.builder(status)
                .message(message)
                .solution(x)
                .objective(Double.NaN)
                .iterations(k)
                .evaluations(k + 1)
                .certificate(Certificate.contraction(rate, settings.real("maxRate"), METRIC, 1.0))
                .build();
    }

    /** ‖x − y‖₂. */
    static double distance(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            double d = x[i] - y[i];
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
