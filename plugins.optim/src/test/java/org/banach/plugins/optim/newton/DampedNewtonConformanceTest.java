package org.banach.plugins.optim.newton;

import org.banach.api.Solver;
import org.banach.api.conformance.SmoothSolverConformance;
import org.banach.api.optim.SmoothObjective;

/** DampedNewton (default: the universal backtracking schedule) runs the whole smooth-family kit; nothing is excluded. */
class DampedNewtonConformanceTest extends SmoothSolverConformance {

    @Override
    protected Solver<SmoothObjective> solver() {
        return new DampedNewton();
    }
}
