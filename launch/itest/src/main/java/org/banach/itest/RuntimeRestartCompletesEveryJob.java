package org.banach.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.banach.api.Job;
import org.banach.api.JobState;
import org.banach.api.Platform;
import org.banach.api.Result;
import org.banach.api.RunSpec;
import org.banach.api.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * Stopping the runtime bundle while jobs run and wait: every job's result future still completes
 * (CANCELLED), promptly, exactly once, and the old service refuses new work with a message; starting
 * the bundle again brings a working Platform service back.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class RuntimeRestartCompletesEveryJob {

    @InjectService(cardinality = 0)
    ServiceAware<Platform> platforms;

    @AfterEach
    void runtimeActive() throws Exception {
        Bundle runtime = Itest.bundle(Itest.realContext(), Itest.RUNTIME_BSN);
        if (runtime.getState() != Bundle.ACTIVE) {
            runtime.start();
        }
        assertThat(platforms.waitForService(Itest.SERVICE_TIMEOUT_MS)).isNotNull();
    }

    @Test
    void stoppingTheRuntimeCancelsRunningAndQueuedJobsAndStartingItServesAgain() throws Exception {
        Platform platform = platforms.waitForService(Itest.SERVICE_TIMEOUT_MS);
        assertThat(platform).isNotNull();
        Map<Job, String> jobs = new LinkedHashMap<>();
        int slots = Math.max(1, Runtime.getRuntime().availableProcessors());
        for (int i = 0; i < slots + 3; i++) {
            String tag = Itest.tag();
            jobs.put(platform.submit(Itest.steady(tag, 1000, 20).build()), tag); // 20 s each unless stopped
        }
        List<Job> all = new ArrayList<>(jobs.keySet());
        Itest.await("the first jobs to run", Itest.DEADLINE,
                () -> all.stream().filter(j -> j.state() == JobState.RUNNING).count() == slots);

        Bundle runtime = Itest.bundle(Itest.realContext(), Itest.RUNTIME_BSN);
        long t0 = System.nanoTime();
        runtime.stop();
        double stopSeconds = (System.nanoTime() - t0) / 1e9;
        assertThat(stopSeconds).as("seconds to stop the runtime").isLessThan(10);
        assertThat(platforms.isEmpty()).isTrue();

        for (Map.Entry<Job, String> e : jobs.entrySet()) {
            Result r = Itest.result(e.getKey(), Duration.ofSeconds(10));
            assertThat(r.status()).as("%s after the runtime stopped: %s", e.getKey().id(), r).isEqualTo(Status.CANCELLED);
            Itest.assertReadable(r.message());
            assertThat(Itest.invocations(e.getValue())).as("%s ran at most once", e.getKey().id()).isLessThanOrEqualTo(1);
        }
        assertThatThrownBy(() -> platform.submit(Itest.steady(Itest.tag(), 1, 0).build()))
                .as("submit to the stopped runtime's old service object")
                .isInstanceOf(RuntimeException.class)
                .satisfies(ex -> Itest.assertReadable(ex.getMessage()));

        runtime.start();
        Platform again = platforms.waitForService(Itest.SERVICE_TIMEOUT_MS);
        assertThat(again).isNotNull();
        Itest.awaitListed(again, Itest.LBFGS, "1.0.0");
        Itest.awaitListed(again, Itest.STEADY, "1.0.0");
        Result r = Itest.result(again.submit(RunSpec.builder(Itest.LBFGS, Itest.ROSENBROCK).build()),
                Duration.ofSeconds(30));
        assertThat(r.status()).as("%s", r).isEqualTo(Status.CONVERGED);
    }
}
