package org.banach.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.banach.api.Job;
import org.banach.api.JobState;
import org.banach.api.Platform;
import org.banach.api.Result;
import org.banach.api.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * More jobs than the runtime runs at once: they queue, each runs exactly once and gets exactly one
 * result; a queued job can be cancelled without its solver ever running; a queued job's time limit
 * is the limit of its run, so waiting in the queue does not use it up.
 *
 * <p>The runtime runs as many jobs at once as there are processors; this JVM is the framework's, so
 * {@code Runtime.availableProcessors()} here is that number.
 */
@ExtendWith(ServiceExtension.class)
class QueuedJobsWaitTheirTurn {

    private static final Duration RESULT_DEADLINE = Duration.ofSeconds(60);

    @InjectService(timeout = Itest.SERVICE_TIMEOUT_MS)
    Platform platform;

    private final List<Job> blockers = new ArrayList<>();

    @AfterEach
    void cancelBlockers() {
        blockers.forEach(Job::cancel);
        blockers.forEach(j -> Itest.result(j, RESULT_DEADLINE));
    }

    private static int slots() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** Fills every job slot with a test.steady job of about {@code seconds}, and waits until they all run. */
    private void fillSlots(double seconds) {
        for (int i = 0; i < slots(); i++) {
            String tag = Itest.tag();
            blockers.add(platform.submit(Itest.steady(tag, (int) (seconds * 50), 20).build()));
        }
        Itest.await("every slot to run a blocker", Itest.DEADLINE,
                () -> blockers.stream().allMatch(j -> j.state() == JobState.RUNNING));
    }

    @Test
    void manyMoreJobsThanSlotsEachRunOnceAndGetOneResult() {
        Map<Job, String> tags = new LinkedHashMap<>();
        for (int i = 0; i < 8 * slots(); i++) {
            String tag = Itest.tag();
            tags.put(platform.submit(Itest.steady(tag, 3, 10).build()), tag);
        }
        Set<String> ids = new HashSet<>();
        for (Map.Entry<Job, String> e : tags.entrySet()) {
            Result r = Itest.result(e.getKey(), RESULT_DEADLINE);
            assertThat(ids.add(e.getKey().id())).isTrue();
            assertThat(r.status()).as("%s: %s", e.getKey().id(), r).isEqualTo(Status.CONVERGED);
            assertThat(Itest.invocations(e.getValue())).as("%s ran once", e.getKey().id()).isEqualTo(1);
        }
    }

    @Test
    void aQueuedJobCancelledBeforeItStartsNeverRunsItsSolver() {
        fillSlots(2);
        String tag = Itest.tag();
        Job queued = platform.submit(Itest.steady(tag, 1, 0).build());
        assertThat(queued.state()).isEqualTo(JobState.QUEUED);
        assertThat(queued.elapsedSeconds()).as("elapsed while queued").isZero();
        assertThat(platform.cancel(queued.id())).isTrue();
        Result r = Itest.result(queued, RESULT_DEADLINE);
        assertThat(r.status()).as("%s", r).isEqualTo(Status.CANCELLED);
        Itest.assertReadable(r.message());
        assertThat(Itest.invocations(tag)).as("the solver of a job cancelled in the queue ran").isZero();
    }

    @Test
    void waitingInTheQueueDoesNotUseUpTheTimeLimit() {
        fillSlots(2);
        String tag = Itest.tag();
        // About 0.2 s of work with a 1 s limit, queued behind about 2 s of blockers.
        Job queued = platform.submit(Itest.steady(tag, 10, 20).timeLimitSeconds(1).build());
        assertThat(queued.state()).isEqualTo(JobState.QUEUED);
        Result r = Itest.result(queued, RESULT_DEADLINE);
        assertThat(r.status()).as("a 0.2 s run with a 1 s limit that waited about 2 s in the queue: %s", r)
                .isEqualTo(Status.CONVERGED);
        assertThat(r.elapsedSeconds()).as("elapsed seconds of the run (not of the wait)").isLessThan(1);
    }
}
