package org.banach.plugins.optim.gradient;

import org.banach.api.Certificate;
import org.banach.api.Monitor;
import org.banach.api.Result;
import org.banach.api.Status;
import org.banach.api.optim.SmoothObjective;

/** Input checks and result assembly shared by the unconstrained gradient solvers of this package. */
public final class RunSupport {

    private RunSupport() {
    }

    /**
     * Checks that an unconstrained solver can run on {@code problem} from {@code start}.
     *
     * @return null when it can, otherwise a message a person can act on
     */
    public static String checkUnconstrained(String solverId, SmoothObjective problem, double[] start) {
        if (problem.bounds().isPresent()) {
            return solverId + " is an unconstrained solver but problem '" + problem.name()
                    + "' has bounds; use a bound-constrained solver (e.g. L-BFGS-B) instead";
        }
        int n = problem.dimension();
        if (n < 1) {
            return "problem '" + problem.name() + "' has dimension " + n + "; at least 1 is needed";
        }
        if (start == null) {
            return "problem '" + problem.name() + "' gave no starting point";
        }
        if (start.length != n) {
            return "starting point of problem '" + problem.name() + "' has length " + start.length
                    + " but the problem dimension is " + n;
        }
        int bad = Vectors.firstNonFinite(start);
        if (bad >= 0) {
            return "starting point of problem '" + problem.name() + "' has a non-finite entry at index " + bad
                    + " (" + start[bad] + ")";
        }
        return null;
    }

    /** The reason to report once {@link Monitor#stopRequested()} is true (CANCELLED when the monitor gives none). */
    public static Status stopStatus(Monitor monitor) {
        Status s = monitor.stopReason();
        return s == null ? Status.CANCELLED : s;
    }

    /** A result at point {@code x} with the claimed gradient-norm certificate. */
    public static Result result(Status status, String message, double[] x, double f, double gradNorm,
            double tolerance, long iterations, CountingOracle oracle) {
        return Result.builder(status)
                .message(message)
                .solution(x)
                .objective(f)
                .iterations(iterations)
                .evaluations(oracle.valueCalls())
                .certificate(Certificate.of(Certificate.GRADIENT_NORM, gradNorm, tolerance))
                .build();
    }

    /** A result for input the solver refuses to run on. */
    public static Result invalid(String message) {
        return Result.failure(Status.INVALID_INPUT, message);
    }

    /** Message for a non-finite value or gradient at the starting point. */
    public static String nonFiniteAtStart(double f, double[] g) {
        int i = Vectors.firstNonFinite(g);
        return "objective or gradient is not finite at the starting point (iteration 0): f = " + f
                + (i >= 0 ? ", gradient entry " + i + " = " + g[i] : "");
    }
}
