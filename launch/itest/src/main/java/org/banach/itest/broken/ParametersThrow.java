package org.banach.itest.broken;

import java.util.List;

import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.optim.SmoothObjective;

/**
 * Not a component of the test bundle: copied into a bundle built at test time. It activates, but
 * {@link #parameters()} throws, so the runtime cannot validate settings against it.
 */
public class ParametersThrow implements Solver<SmoothObjective> {

    @Override
    public Class<SmoothObjective> problemType() {
        return SmoothObjective.class;
    }

    @Override
    public List<ParameterSpec> parameters() {
        throw new IllegalStateException("parameter table is corrupt (on purpose)");
    }

    @Override
    public Result solve(SmoothObjective problem, Settings settings, Monitor monitor) {
        throw new AssertionError("settings cannot be validated, so never called");
    }
}
