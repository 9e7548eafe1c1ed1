package org.banach.plugins.optim.transport;

import java.util.List;

import org.banach.api.Certificate;
import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.Status;
import org.banach.api.optim.OptimalTransport;

/**
 * What the transport solvers share: the family, the declared parameters, and the refusal of
 * marginals and costs they cannot run on ({@link PlanCheck#refuse}) before the solver's own work.
 */
abstract class TransportSolver implements Solver<OptimalTransport> {

    private final String id;
    private final List<ParameterSpec> parameters;

    TransportSolver(String id, List<ParameterSpec> parameters) {
        this.id = id;
        this.parameters = parameters;
    }

    @Override
    public final Class<OptimalTransport> problemType() {
        return OptimalTransport.class;
    }

    @Override
    public final List<ParameterSpec> parameters() {
        return parameters;
    }

    @Override
    public final Result solve(OptimalTransport problem, Settings settings, Monitor monitor) {
        double[] a = problem.source();
        double[] b = problem.target();
        double[] c = problem.cost();
        String bad = PlanCheck.refuse(a, b, c);
        if (bad != null) {
            return Result.failure(Status.INVALID_INPUT, id + ": " + bad);
        }
        return solve(a, b, c, settings, monitor);
    }

    /** The entropic regularisation setting of the entropic solvers. */
    static final String EPSILON = "epsilon";

    /** The declaration of {@link #EPSILON}, shared by the entropic solvers. */
    static ParameterSpec epsilon() {
        return ParameterSpec.real(EPSILON, 0.05, Double.MIN_NORMAL, Double.MAX_VALUE,
                "entropic regularisation eps > 0 (same units as the cost); the plan is a_i b_j exp((f_i+g_j-C_ij)/eps)");
    }

    /**
     * The result of an entropic run returning potentials fg = (f, g): the claimed certificate and the
     * objective are {@link PlanCheck#planSums} {marginal error, cost}, exactly as the runtime's verifier will
     * find them. An ITERATION_LIMIT message gains the marginal error; a CONVERGED run whose recomputed error
     * exceeds the tolerance becomes NUMERICAL_ERROR.
     */
    static Result entropic(Status status, String message, long iterations, double[] fg, double[] sums, double tolerance) {
        Status st = status;
        String msg = message;
        if (st == Status.ITERATION_LIMIT) {
            msg += " with marginal error " + sums[0];
        }
        if (st == Status.CONVERGED && !(sums[0] <= tolerance)) {
            st = Status.NUMERICAL_ERROR;
            msg = "the iteration's marginal error reached the tolerance but the recomputed marginal error is "
                    + sums[0] + " > " + tolerance + (msg == null ? "" : " (" + msg + ")");
        }
        return Result.builder(st)
                .message(msg)
                .solution(fg)
                .objective(sums[1])
                .iterations(iterations)
                .certificate(Certificate.of(Certificate.MARGINAL_ERROR, sums[0], tolerance))
                .build();
    }

    /** {@link #entropic(Status, String, long, double[], double[], double)} with the sums recomputed from fg. */
    static Result entropic(Status status, String message, long iterations, double[] fg, double[] a, double[] b,
            double[] c, double eps, double tolerance) {
        int n = a.length;
        double[] sums = PlanCheck.planSums(a, b, c, java.util.Arrays.copyOf(fg, n),
                java.util.Arrays.copyOfRange(fg, n, fg.length), eps);
        return entropic(status, message, iterations, fg, sums, tolerance);
    }

    /** The status a stop request asks for: the monitor's reason, CANCELLED when it gives none. */
    static Status stopStatus(Monitor monitor) {
        return monitor.stopReason() == null ? Status.CANCELLED : monitor.stopReason();
    }

    /** Solves checked marginals a, b and cost c (row-major |a|×|b|). */
    protected abstract Result solve(double[] a, double[] b, double[] c, Settings settings, Monitor monitor);
}
