package org.banach.runtime.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.banach.api.InvalidProblemException;
import org.banach.api.InvalidSettingsException;
import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.Problem;
import org.banach.api.ProblemDescriptor;
import org.banach.api.ProblemProvider;
import org.banach.api.Result;
import org.banach.api.RunSpec;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.Status;
import org.banach.api.optim.SmoothObjective;
import org.banach.runtime.catalog.Catalog;
import org.banach.runtime.catalog.SolverEntry;
import org.banach.runtime.jobs.BoundRun;
import org.banach.runtime.verify.Quadratic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

class RunBinderTest {

    final Catalog catalog = new Catalog();
    RunBinder binder;

    @BeforeEach
    void setUp() {
        Solver<SmoothObjective> s = new Solver<>() {
            @Override
            public Class<SmoothObjective> problemType() {
                return SmoothObjective.class;
            }

            @Override
            public List<ParameterSpec> parameters() {
                return List.of(ParameterSpec.real("tolerance", 1e-6, 0, 1, "gradient-norm target"));
            }

            @Override
            public Result solve(SmoothObjective p, Settings st, Monitor m) {
                return Result.builder(Status.CONVERGED).build();
            }
        };
        catalog.addSolver(new SolverEntry("t.s", new Version(1, 0, 0), SmoothObjective.FAMILY, "", "", 0, 1, "b", null, s));
        catalog.addProvider(2, new ProblemProvider() {
            @Override
            public List<ProblemDescriptor> problems() {
                return List.of(new ProblemDescriptor("t/q", SmoothObjective.FAMILY, 2, 0.0, "", "", List.of()),
                        new ProblemDescriptor("t/other", "other.family", 1, null, "", "", List.of()));
            }

            @Override
            public Problem create(String id, Map<String, String> params) {
                if (id.equals("t/q")) {
                    return new Quadratic(2);
                }
                return new Problem() {
                    @Override
                    public String name() {
                        return id;
                    }

                    @Override
                    public int dimension() {
                        return 1;
                    }

                    @Override
                    public String family() {
                        return "other.family";
                    }
                };
            }
        });
        binder = new RunBinder(catalog, new Provenance("1.0.0"), 100);
    }

    @Test
    void bindsWithDefaultsAndDefaultTimeLimit() {
        BoundRun r = binder.bind(RunSpec.builder("t.s", "t/q").seed(5).build());
        assertEquals(1e-6, r.settings().real("tolerance"));
        assertEquals(5, r.settings().seed());
        assertEquals(100, r.timeLimitSeconds());
        assertEquals("1.0.0", r.provenance().get("solverBundleVersion"));
    }

    @Test
    void refusesUnknownProblem() {
        InvalidProblemException e = assertThrows(InvalidProblemException.class,
                () -> binder.bind(RunSpec.builder("t.s", "t/nope").build()));
        assertTrue(e.getMessage().contains("unknown problem 't/nope'"), e.getMessage());
    }

    @Test
    void refusesFamilyMismatch() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> binder.bind(RunSpec.builder("t.s", "t/other").build()));
        assertTrue(e.getMessage().contains("other.family"), e.getMessage());
    }

    @Test
    void refusesBadSettingsNamingTheSolver() {
        InvalidSettingsException unknown = assertThrows(InvalidSettingsException.class,
                () -> binder.bind(RunSpec.builder("t.s", "t/q").set("tol", "1").build()));
        assertTrue(unknown.getMessage().contains("t.s") && unknown.getMessage().contains("unknown setting 'tol'"),
                unknown.getMessage());
        InvalidSettingsException range = assertThrows(InvalidSettingsException.class,
                () -> binder.bind(RunSpec.builder("t.s", "t/q").set("tolerance", "5").build()));
        assertTrue(range.getMessage().contains("out of range [0.0, 1.0]"), range.getMessage());
    }

    @Test
    void refusesNegativeTimeLimitAndUnknownBackend() {
        assertThrows(IllegalArgumentException.class,
                () -> binder.bind(RunSpec.builder("t.s", "t/q").timeLimitSeconds(-1).build()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> binder.bind(RunSpec.builder("t.s", "t/q").backend("cuda:7").build()));
        assertTrue(e.getMessage().contains("unknown backend 'cuda:7'"), e.getMessage());
    }
}
