package org.banach.plugins.optim.transport;

import java.util.List;

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

    /** Solves checked marginals a, b and cost c (row-major |a|×|b|). */
    protected abstract Result solve(double[] a, double[] b, double[] c, Settings settings, Monitor monitor);
}
