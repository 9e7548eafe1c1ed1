package org.banach.runtime.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.Status;
import org.banach.api.optim.SmoothObjective;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

class CatalogSelectsSolversTest {

    static final class Dummy implements Solver<SmoothObjective> {
        @Override
        public Class<SmoothObjective> problemType() {
            return SmoothObjective.class;
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of();
        }

        @Override
        public Result solve(SmoothObjective p, Settings s, Monitor m) {
            return Result.builder(Status.CONVERGED).build();
        }
    }

    static SolverEntry entry(String id, String version, int ranking, long serviceId) {
        return new SolverEntry(id, new Version(version), SmoothObjective.FAMILY, "ref", "", ranking, serviceId,
                "bundle", null, new Dummy());
    }

    @Test
    void highestVersionWinsAmongEqualRanking() {
        Catalog c = new Catalog();
        c.addSolver(entry("optim.lbfgs", "1.0.0", 0, 1));
        c.addSolver(entry("optim.lbfgs", "2.1.0", 0, 2));
        c.addSolver(entry("optim.lbfgs", "1.5.0", 0, 3));
        assertEquals(new Version("2.1.0"), c.resolve(SolverSelector.parse("optim.lbfgs")).version());
    }

    @Test
    void rankingBeatsVersion() {
        Catalog c = new Catalog();
        c.addSolver(entry("optim.lbfgs", "1.0.0", 10, 1));
        c.addSolver(entry("optim.lbfgs", "2.0.0", 0, 2));
        assertEquals(new Version("1.0.0"), c.resolve(SolverSelector.parse("optim.lbfgs")).version());
    }

    @Test
    void pinnedRangeSelectsWithinRange() {
        Catalog c = new Catalog();
        c.addSolver(entry("optim.lbfgs", "1.2.0", 0, 1));
        c.addSolver(entry("optim.lbfgs", "2.0.0", 0, 2));
        assertEquals(new Version("1.2.0"), c.resolve(SolverSelector.parse("optim.lbfgs@[1.0,2)")).version());
        assertEquals(new Version("2.0.0"), c.resolve(SolverSelector.parse("optim.lbfgs@2")).version());
    }

    @Test
    void noMatchNamesInstalledVersions() {
        Catalog c = new Catalog();
        c.addSolver(entry("optim.lbfgs", "1.2.0", 0, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> c.resolve(SolverSelector.parse("optim.lbfgs@[3,4)")));
        assertTrue(e.getMessage().contains("installed versions: 1.2.0"), e.getMessage());
        IllegalArgumentException u = assertThrows(IllegalArgumentException.class,
                () -> c.resolve(SolverSelector.parse("optim.nope")));
        assertTrue(u.getMessage().contains("unknown solver 'optim.nope'") && u.getMessage().contains("optim.lbfgs"),
                u.getMessage());
    }

    @Test
    void removedServiceIsGone() {
        Catalog c = new Catalog();
        c.addSolver(entry("optim.lbfgs", "1.0.0", 0, 7));
        c.removeSolver(7);
        assertThrows(IllegalArgumentException.class, () -> c.resolve(SolverSelector.parse("optim.lbfgs")));
        assertTrue(c.solvers().isEmpty());
    }

    @Test
    void malformedRangeIsExplained() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SolverSelector.parse("optim.lbfgs@[1.0,,2)"));
        assertTrue(e.getMessage().contains("not a version range"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SolverSelector.parse(" "));
    }
}
