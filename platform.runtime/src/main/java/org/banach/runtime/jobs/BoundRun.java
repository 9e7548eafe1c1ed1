package org.banach.runtime.jobs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.banach.api.Problem;
import org.banach.api.RunSpec;
import org.banach.api.Settings;
import org.banach.api.backend.Backend;
import org.banach.runtime.catalog.SolverEntry;

/**
 * A run whose names are all resolved against the services present at submission: the solver entry
 * (kept for the job's life), the problem instance, validated settings and the backend.
 */
public final class BoundRun {

    private final RunSpec spec;
    private final SolverEntry solver;
    private final Problem problem;
    private final Settings settings;
    private final Backend backend;
    private final double timeLimitSeconds;
    private final Map<String, String> provenance;

    public BoundRun(RunSpec spec, SolverEntry solver, Problem problem, Settings settings, Backend backend,
            double timeLimitSeconds, Map<String, String> provenance) {
        this.spec = spec;
        this.solver = solver;
        this.problem = problem;
        this.settings = settings;
        this.backend = backend;
        this.timeLimitSeconds = timeLimitSeconds;
        this.provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
    }

    public RunSpec spec() {
        return spec;
    }

    public SolverEntry solver() {
        return solver;
    }

    public Problem problem() {
        return problem;
    }

    public Settings settings() {
        return settings;
    }

    public Backend backend() {
        return backend;
    }

    public double timeLimitSeconds() {
        return timeLimitSeconds;
    }

    public Map<String, String> provenance() {
        return provenance;
    }
}
