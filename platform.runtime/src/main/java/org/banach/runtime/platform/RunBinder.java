package org.banach.runtime.platform;

import java.util.List;
import java.util.Map;

import org.banach.api.InvalidProblemException;
import org.banach.api.InvalidSettingsException;
import org.banach.api.ParameterSpec;
import org.banach.api.Problem;
import org.banach.api.ProblemProvider;
import org.banach.api.RunSpec;
import org.banach.api.Settings;
import org.banach.api.backend.Backend;
import org.banach.runtime.catalog.Catalog;
import org.banach.runtime.catalog.SolverEntry;
import org.banach.runtime.catalog.SolverSelector;
import org.banach.runtime.jobs.BoundRun;

/**
 * Resolves a {@link RunSpec} against the services installed now: solver (highest ranking, then
 * version, unless pinned), problem instance, validated settings, backend. Everything a person can
 * get wrong is refused here, before the run starts, with a message naming what and why.
 */
final class RunBinder {

    static final String DEFAULT_BACKEND = "cpu";

    private final Catalog catalog;
    private final Provenance provenance;
    private final double defaultTimeLimitSeconds;

    RunBinder(Catalog catalog, Provenance provenance, double defaultTimeLimitSeconds) {
        this.catalog = catalog;
        this.provenance = provenance;
        this.defaultTimeLimitSeconds = defaultTimeLimitSeconds;
    }

    BoundRun bind(RunSpec spec) {
        SolverEntry solver = catalog.resolve(SolverSelector.parse(spec.solver()));
        Problem problem = createProblem(spec.problemId(), spec.problemParameters());
        Class<?> family;
        List<ParameterSpec> parameters;
        try {
            family = solver.solver().problemType();
            parameters = solver.solver().parameters();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("solver " + solver.label() + " is broken: describing its family or"
                    + " parameters failed with " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        if (family == null || parameters == null) {
            throw new IllegalArgumentException("solver " + solver.label() + " is broken: it declares no "
                    + (family == null ? "problem family" : "parameter list"));
        }
        if (!family.isInstance(problem)) {
            throw new IllegalArgumentException("solver " + solver.id() + " solves the family " + solver.family()
                    + " but problem " + spec.problemId() + " is of the family " + problem.family());
        }
        Settings settings;
        try {
            settings = Settings.validate(parameters, spec.settings(), spec.seed());
        } catch (InvalidSettingsException e) {
            throw new InvalidSettingsException("solver " + solver.id() + ": " + e.getMessage());
        }
        String backendId = spec.backend() == null || spec.backend().isBlank() ? DEFAULT_BACKEND : spec.backend();
        Backend backend = catalog.backends().isEmpty() && spec.backend() == null ? null : catalog.backend(backendId);
        double limit = spec.timeLimitSeconds();
        if (Double.isNaN(limit) || limit < 0) {
            throw new IllegalArgumentException("time limit must be a positive number of seconds, got " + limit);
        }
        if (limit == 0 || Double.isInfinite(limit)) {
            limit = defaultTimeLimitSeconds;
        }
        return new BoundRun(spec, solver, problem, settings, backend, limit, provenance.of(solver, backend));
    }

    Problem createProblem(String id, Map<String, String> params) {
        ProblemProvider provider = catalog.providerOf(id).orElseThrow(() -> new InvalidProblemException(
                "unknown problem '" + id + "'; see the problem list (" + catalog.problems().size() + " installed)"));
        Problem p;
        try {
            p = provider.create(id, params);
        } catch (InvalidProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidProblemException("problem " + id + " could not be created: " + e.getMessage(), e);
        }
        if (p == null) {
            throw new InvalidProblemException("problem provider returned nothing for " + id);
        }
        return p;
    }
}
