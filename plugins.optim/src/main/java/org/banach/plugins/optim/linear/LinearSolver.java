package org.banach.plugins.optim.linear;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.banach.api.Certificate;
import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.Status;
import org.banach.api.optim.LinearSystem;

/**
 * What the iterative solvers of the {@code optim.linear-system} family share: the parameters
 * {@code maxIterations} and {@code tolerance} (relative residual ‖b − A·x‖₂/‖b‖₂, default 10⁻⁸)
 * followed by the solver's own; the refusal of unusable systems (non-square A, wrong lengths,
 * non-finite data) with INVALID_INPUT; and the result, whose certificate is always recomputed from the
 * true residual of the returned x on the host (one counted mat-vec), never from a recurrence.
 */
public abstract class LinearSolver implements Solver<LinearSystem> {

    /** A run ends with DIVERGED once the residual exceeds this multiple of the initial one. */
    static final double DIVERGENCE_FACTOR = 1e10;

    private final String id;
    private final List<ParameterSpec> parameters;

    protected LinearSolver(String id, int defaultMaxIterations, ParameterSpec... own) {
        this.id = id;
        List<ParameterSpec> all = new ArrayList<>();
        all.add(ParameterSpec.integer("maxIterations", defaultMaxIterations, 0, Integer.MAX_VALUE,
                "most iterations before stopping with ITERATION_LIMIT"));
        all.add(ParameterSpec.real("tolerance", 1e-8, 0, Double.MAX_VALUE,
                "stop with CONVERGED once the relative residual ||b - A x||_2 / ||b||_2 is at most this"));
        all.addAll(List.of(own));
        this.parameters = Collections.unmodifiableList(all);
    }

    @Override
    public final Class<LinearSystem> problemType() {
        return LinearSystem.class;
    }

    @Override
    public final List<ParameterSpec> parameters() {
        return parameters;
    }

    /** The solver id, for messages. */
    protected final String id() {
        return id;
    }

    @Override
    public final Result solve(LinearSystem problem, Settings settings, Monitor monitor) {
        SystemCheck sys = new SystemCheck(problem);
        String bad = sys.problem();
        if (bad == null) {
            bad = refuse(problem, sys);
        }
        if (bad != null) {
            return Result.failure(Status.INVALID_INPUT, id + ": " + bad);
        }
        Outcome o = run(sys, settings, monitor);
        return finish(sys, o, settings.real("tolerance"), monitor);
    }

    /** Why this solver refuses the (well-formed) system, or null; the default refuses nothing. */
    protected String refuse(LinearSystem problem, SystemCheck sys) {
        return null;
    }

    /** Iterates from {@code sys.x0}; the certificate is added by the caller. */
    protected abstract Outcome run(SystemCheck sys, Settings settings, Monitor monitor);

    /** The result of {@code o} with the relative-residual certificate of its x recomputed on the host. */
    static Result finish(SystemCheck sys, Outcome o, double tolerance, Monitor monitor) {
        if (o.x() == null) {
            return Result.failure(o.status(), o.message());
        }
        double rel = sys.relativeResidual(o.x());
        monitor.count("matvec", 1);
        Status status = o.status();
        String message = o.message();
        if (status == Status.CONVERGED && !(rel <= tolerance)) {
            // the recurrence said converged but the true residual disagrees (rounding): report it honestly
            status = Status.NUMERICAL_ERROR;
            message = "the updated residual reached the tolerance but the true relative residual is " + rel
                    + " > " + tolerance + " (loss of accuracy in the recurrence)";
        }
        return Result.builder(status)
                .message(message)
                .solution(o.x())
                .iterations(o.iterations())
                .certificate(Certificate.of(Certificate.RELATIVE_RESIDUAL, rel, tolerance))
                .build();
    }

    /** The status to report once the monitor asks to stop (CANCELLED when it gives no reason). */
    static Status stopStatus(Monitor monitor) {
        Status s = monitor.stopReason();
        return s == null ? Status.CANCELLED : s;
    }

    /**
     * The status for residual {@code rel} after {@code k} iterations, or null to go on: CONVERGED at
     * the tolerance, NUMERICAL_ERROR for NaN/Inf, DIVERGED past {@link #DIVERGENCE_FACTOR}·{@code rel0},
     * the monitor's reason on a stop request, ITERATION_LIMIT at {@code maxIterations}.
     */
    static Outcome check(double rel, double rel0, long k, long maxIterations, double tolerance, Monitor monitor,
            double[] x) {
        if (rel <= tolerance) {
            return new Outcome(Status.CONVERGED, null, x, k, rel);
        }
        if (!Double.isFinite(rel)) {
            return new Outcome(Status.NUMERICAL_ERROR, "the residual became " + rel + " at iteration " + k, x, k, rel);
        }
        if (rel > DIVERGENCE_FACTOR * rel0) {
            return new Outcome(Status.DIVERGED, "the relative residual grew from " + rel0 + " to " + rel
                    + " by iteration " + k + " (more than " + DIVERGENCE_FACTOR + " times)", x, k, rel);
        }
        if (monitor.stopRequested()) {
            Status why = stopStatus(monitor);
            return new Outcome(why, "stopped (" + why + ") after iteration " + k, x, k, rel);
        }
        if (k >= maxIterations) {
            return new Outcome(Status.ITERATION_LIMIT, "reached maxIterations = " + maxIterations
                    + " with relative residual " + rel, x, k, rel);
        }
        return null;
    }
}
