package org.banach.plugins.optim.linear;

import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.Settings;
import org.banach.api.optim.LinearSystem;

/**
 * Base of the stationary solvers: refuses a zero or missing diagonal entry (naming the row), then runs
 * {@link StationaryIteration} on the host CSR arrays.
 */
abstract class StationarySolver extends LinearSolver {

    StationarySolver(String id, ParameterSpec... own) {
        super(id, 100_000, own);
    }

    @Override
    protected final String refuse(LinearSystem problem, SystemCheck sys) {
        int row = sys.zeroDiagonalRow();
        return row < 0 ? null
                : "the diagonal entry a[" + row + "][" + row + "] of row " + row + " is zero; " + id()
                        + " divides by the diagonal (reorder the rows or use optim.gmres)";
    }

    @Override
    protected final Outcome run(SystemCheck sys, Settings settings, Monitor monitor) {
        return StationaryIteration.run(sys, new CsrSweeps(sys.a), method(), omega(settings),
                settings.integer("maxIterations"), settings.real("tolerance"), monitor, true);
    }

    abstract StationaryIteration.Method method();

    /** The relaxation parameter (1 unless the solver has one). */
    double omega(Settings settings) {
        return 1.0;
    }
}
