package org.banach.plugins.games.saddle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.Status;
import org.banach.api.games.SaddlePoint;

/**
 * What the primal–dual solvers of {@link SaddlePoint} problems share. Parameters {@code maxIterations},
 * {@code tolerance} (on the certified relative KKT error {@link SaddlePoint#relativeGap}),
 * {@code output} (last iterate, ergodic average, or the better of the two), {@code checkEvery}, then the
 * method's own. Refuses (INVALID_INPUT) a start of the wrong length or with a non-finite entry, a
 * problem whose objectives or constraint measures are not finite at the start (NaN data), and settings
 * the method rejects. The run is {@link SaddleRun}.
 */
abstract class SaddleSolver implements Solver<SaddlePoint> {

    /** One method: advances (x, y) in place and adds the points its guarantee averages. */
    interface Method {
        void advance(long k, double[] x, double[] y, SaddleAverage average);
    }

    /** Thrown by {@link #method} when the settings cannot run on this problem (INVALID_INPUT). */
    static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;

        Refusal(String message) {
            super(message);
        }
    }

    private final String id;
    private final List<ParameterSpec> parameters;

    protected SaddleSolver(String id, ParameterSpec... own) {
        this.id = id;
        List<ParameterSpec> all = new ArrayList<>();
        all.add(ParameterSpec.integer("maxIterations", 100_000, 0, Integer.MAX_VALUE,
                "most iterations before stopping with ITERATION_LIMIT"));
        all.add(ParameterSpec.real("tolerance", 1e-8, 0, Double.MAX_VALUE,
                "stop with CONVERGED once the relative KKT error max(|p-d|/(1+|p|+|d|), primal and dual"
                        + " infeasibility) of the returned point is at most this"));
        all.add(ParameterSpec.choice("output", "best", List.of("average", "last", "best"),
                "return the ergodic average, the last iterate, or whichever of the two has the smaller error"));
        all.add(ParameterSpec.integer("checkEvery", 10, 1, 1_000_000,
                "evaluate the error (and trace it) every this many iterations, and at the end"));
        all.addAll(List.of(own));
        this.parameters = Collections.unmodifiableList(all);
    }

    @Override
    public final Class<SaddlePoint> problemType() {
        return SaddlePoint.class;
    }

    @Override
    public final List<ParameterSpec> parameters() {
        return parameters;
    }

    final String id() {
        return id;
    }

    /** The method for these settings, or a {@link Refusal} saying why they cannot run. */
    protected abstract Method method(Settings settings, SaddlePoint problem, SaddleOperator operator) throws Refusal;

    @Override
    public final Result solve(SaddlePoint problem, Settings settings, Monitor monitor) {
        String bad = refusal(problem);
        if (bad != null) {
            return Result.failure(Status.INVALID_INPUT, id + ": " + bad);
        }
        if (problem.denseK().isPresent() && monitor.backend() == null) {
            return Result.failure(Status.FAILED, id + " multiplies a dense K on the run's Backend, but the monitor gave none");
        }
        try (SaddleOperator operator = new SaddleOperator(problem, monitor)) {
            Method method;
            try {
                method = method(settings, problem, operator);
            } catch (Refusal r) {
                return Result.failure(Status.INVALID_INPUT, id + ": " + r.getMessage());
            }
            return new SaddleRun(this, problem, settings, monitor, method).loop();
        }
    }

    /** Why the problem or its start is refused, or null. */
    private static String refusal(SaddlePoint problem) {
        int n = problem.primalDimension();
        int m = problem.dualDimension();
        if (n < 1 || m < 1) {
            return "the problem has primal dimension " + n + " and dual dimension " + m + "; both must be at least 1";
        }
        double[] z = problem.start();
        if (z == null || z.length != n + m) {
            return "the start has " + (z == null ? "no" : Integer.toString(z.length)) + " entries but the problem has "
                    + n + " primal + " + m + " dual unknowns";
        }
        for (int i = 0; i < z.length; i++) {
            if (!Double.isFinite(z[i])) {
                return "the start's entry " + i + " is " + z[i];
            }
        }
        if (Double.isNaN(SaddlePoint.relativeGap(problem, z))) {
            return "the problem's objectives or constraint measures are not finite at the start (are its data, e.g."
                    + " the costs, finite?)";
        }
        return null;
    }
}
