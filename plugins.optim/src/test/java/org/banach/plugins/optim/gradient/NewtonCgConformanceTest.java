package org.banach.plugins.optim.gradient;

import org.banach.api.Solver;
import org.banach.api.conformance.SmoothSolverConformance;
import org.banach.api.optim.SmoothObjective;

/** NewtonCg runs the whole smooth-family conformance kit; nothing is excluded. */
class NewtonCgConformanceTest extends SmoothSolverConformance {

    @Override
    protected Solver<SmoothObjective> solver() {
        return new NewtonCg();
    }
}
