package org.banach.itest.broken;

import java.util.List;

import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.optim.SmoothObjective;

/**
 * Not a component of the test bundle (no annotation): FailingActivationLeavesRuntimeServing copies
 * this class into a bundle it builds at test time, with a hand-written component description whose
 * activate method is {@link #activate()}, which always throws.
 */
public class ActivateThrows implements Solver<SmoothObjective> {

    public void activate() {
        throw new IllegalStateException("test.broken.activate refuses to activate (on purpose)");
    }

    @Override
    public Class<SmoothObjective> problemType() {
        return SmoothObjective.class;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of();
    }

    @Override
    public Result solve(SmoothObjective problem, Settings settings, Monitor monitor) {
        throw new AssertionError("never activated, so never called");
    }
}
