package org.banach.runtime.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import org.banach.api.Job;
import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.Result;
import org.banach.api.RunSpec;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.Status;
import org.banach.api.optim.SmoothObjective;
import org.banach.runtime.catalog.SolverEntry;
import org.banach.runtime.verify.Quadratic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

class JobEngineTest {

    JobEngine engine = new JobEngine(1, 4, 0.2, (run, r) -> r);

    @AfterEach
    void close() {
        engine.close();
    }

    static BoundRun run(String id, double timeLimit, BiFunction<SmoothObjective, Monitor, Result> body) {
        Solver<SmoothObjective> solver = new Solver<>() {
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
                return body.apply(p, m);
            }
        };
        SolverEntry e = new SolverEntry(id, new Version(1, 2, 3), SmoothObjective.FAMILY, "", "", 0, 1, "b", null, solver);
        return new BoundRun(RunSpec.builder(id, "test/quadratic").seed(7).build(), e, new Quadratic(2),
                Settings.defaults(List.of()), null, timeLimit, Map.of("k", "v"));
    }

    static Result await(Job j) throws Exception {
        return j.result().get(20, TimeUnit.SECONDS);
    }

    @Test
    void stampsIdentityTraceAndCounters() throws Exception {
        Result r = await(engine.submit(run("t.ok", 10, (p, m) -> {
            m.iteration(0, 1.0, 0.5);
            m.iteration(1, 0.5, 0.25);
            m.count("grad", 3);
            return Result.builder(Status.CONVERGED).solution(new double[2]).iterations(1).build();
        })));
        assertEquals(Status.CONVERGED, r.status());
        assertEquals("t.ok", r.solverId());
        assertEquals("1.2.3", r.solverVersion());
        assertEquals(7, r.seed());
        assertEquals(2, r.trace().size());
        assertEquals(3L, r.counters().get("grad"));
        assertEquals("v", r.provenance().get("k"));
        assertTrue(r.elapsedSeconds() >= 0);
    }

    @Test
    void hangingSolverYieldsTimeLimitAndFreesTheSlot() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        Job hang = engine.submit(run("t.hang", 0.2, (p, m) -> {
            while (true) {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    // ignores interruption on purpose
                }
            }
        }));
        Job next = engine.submit(run("t.ok", 10, (p, m) -> Result.builder(Status.CONVERGED).build()));
        Result r = await(hang);
        assertEquals(Status.TIME_LIMIT, r.status());
        assertTrue(r.message().contains("abandoned"), r.message());
        assertEquals(Status.CONVERGED, await(next).status());
    }

    @Test
    void politeSolverReturnsItsIterateOnTimeLimit() throws Exception {
        Result r = await(engine.submit(run("t.polite", 0.1, (p, m) -> {
            while (!m.stopRequested()) {
                Thread.onSpinWait();
            }
            return Result.builder(m.stopReason()).solution(new double[] {1, 2}).build();
        })));
        assertEquals(Status.TIME_LIMIT, r.status());
        assertEquals(2, r.solution().length);
    }

    @Test
    void cancellationReachesTheSolver() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Job j = engine.submit(run("t.polite", 60, (p, m) -> {
            started.countDown();
            while (!m.stopRequested()) {
                Thread.onSpinWait();
            }
            return Result.builder(m.stopReason()).build();
        }));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        assertTrue(engine.cancel(j.id()));
        assertEquals(Status.CANCELLED, await(j).status());
        assertTrue(!engine.cancel(j.id()), "a finished job cannot be cancelled");
    }

    @Test
    void throwingSolverGivesFailedWithItsMessage() throws Exception {
        Result r = await(engine.submit(run("t.throws", 10, (p, m) -> {
            throw new IllegalStateException("boom at iteration 3");
        })));
        assertEquals(Status.FAILED, r.status());
        assertTrue(r.message().contains("boom at iteration 3") && r.message().contains("t.throws"), r.message());
    }

    @Test
    void everyJobHasExactlyOneResult() throws Exception {
        JobEngine wide = new JobEngine(2, 1000, 0.2, (run, r) -> r);
        try {
            List<Job> jobs = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                jobs.add(wide.submit(run("t.ok", 10, (p, m) -> Result.builder(Status.CONVERGED).build())));
            }
            Set<String> ids = new HashSet<>();
            for (Job j : jobs) {
                assertEquals(Status.CONVERGED, await(j).status());
                ids.add(j.id());
            }
            assertEquals(200, ids.size());
        } finally {
            wide.close();
        }
    }

    @Test
    void fullQueueIsRefusedWithAClearMessage() {
        CountDownLatch hold = new CountDownLatch(1);
        BoundRun blocking = run("t.block", 30, (p, m) -> {
            try {
                hold.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Result.builder(Status.CONVERGED).build();
        });
        try {
            for (int i = 0; i < 5; i++) {
                engine.submit(blocking); // one runs, four wait
            }
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> engine.submit(blocking));
            assertTrue(e.getMessage().contains("queue is full"), e.getMessage());
        } finally {
            hold.countDown();
        }
    }
}
