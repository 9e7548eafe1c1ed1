package org.banach.plugins.optim.newton;

import java.util.HashMap;
import java.util.Map;

import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.conformance.SmoothSolverConformance;
import org.banach.api.optim.SmoothObjective;

/** DampedNewton with the RN schedule (schedule=root, M = 1, q = 4) runs the smooth-family kit too. */
class RootScheduleConformanceTest extends SmoothSolverConformance {

    @Override
    protected Solver<SmoothObjective> solver() {
        return new DampedNewton();
    }

    @Override
    protected Settings settings(Map<String, String> extra) {
        Map<String, String> with = new HashMap<>(Map.of("schedule", "root"));
        with.putAll(extra);
        return super.settings(with);
    }
}
