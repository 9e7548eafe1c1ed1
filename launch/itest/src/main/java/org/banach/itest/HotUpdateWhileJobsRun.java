package org.banach.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.banach.api.RunSpec;
import org.banach.api.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.Version;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * A bundle update or uninstall while a job runs: the running job finishes on the solver object it
 * started with and its result names that version; later jobs bind what is installed now; every
 * submitted job has exactly one result and its solver ran exactly once.
 *
 * <p>The fixtures bundle (1.0.0) is updated to a copy whose manifest says 2.0.0, made at test time
 * from the installed jar. After each test the fixtures bundle is put back at 1.0.0.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HotUpdateWhileJobsRun {

    private static final Duration RESULT_DEADLINE = Duration.ofSeconds(30);

    @InjectService(timeout = Itest.SERVICE_TIMEOUT_MS)
    Platform platform;

    private Bundle fixtures;
    private Path originalJar;

    @BeforeEach
    void fixturesAtVersion1() {
        fixtures = Itest.bundle(Itest.realContext(), Itest.FIXTURES_BSN);
        originalJar = Itest.jarPath(fixtures);
        assertThat(fixtures.getVersion()).isEqualTo(Version.parseVersion("1.0.0"));
        Itest.awaitListed(platform, Itest.STEADY, "1.0.0");
    }

    @AfterEach
    void restoreFixtures() throws Exception {
        Itest.restoreFixtures(platform, originalJar);
    }

    @Test
    @Order(1)
    void updateMidRunKeepsTheRunningJobOnItsVersionAndBindsTheNextJobToTheNewOne() throws Exception {
        String tagA = Itest.tag();
        Job a = platform.submit(Itest.steady(tagA, 150, 20).build()); // about 3 s
        Itest.await("job A to run test.steady", Itest.DEADLINE,
                () -> a.state() == JobState.RUNNING && Itest.invocations(tagA) == 1);
        assertThat(a.boundSolver()).contains("1.0.0");

        updateFixturesTo("2.0.0");
        assertThat(a.state()).as("job A must still be running when the update is done").isEqualTo(JobState.RUNNING);

        String tagB = Itest.tag();
        Job b = platform.submit(Itest.steady(tagB, 5, 1).build());

        Result ra = Itest.result(a, RESULT_DEADLINE);
        Result rb = Itest.result(b, RESULT_DEADLINE);

        assertThat(ra.status()).as("job A: %s", ra).isEqualTo(Status.CONVERGED);
        assertThat(ra.solverId()).isEqualTo(Itest.STEADY);
        assertThat(ra.solverVersion()).as("job A's result names the version it ran").isEqualTo("1.0.0");
        assertThat(Itest.ranVersion(tagA)).as("version of the code that ran job A").isEqualTo("1.0.0");
        assertThat(ra.message()).contains("test.steady 1.0.0");
        assertThat(ra.verification()).as("verification of job A").isNotNull();

        assertThat(rb.status()).as("job B: %s", rb).isEqualTo(Status.CONVERGED);
        assertThat(rb.solverVersion()).as("job B binds the updated bundle").isEqualTo("2.0.0");
        assertThat(Itest.ranVersion(tagB)).isEqualTo("2.0.0");

        assertThat(Itest.invocations(tagA)).as("job A ran once").isEqualTo(1);
        assertThat(Itest.invocations(tagB)).as("job B ran once").isEqualTo(1);
        assertExactlyOnceInJobs(List.of(a, b));
    }

    @Test
    @Order(2)
    void jobsQueuedAcrossAnUpdateEachGetExactlyOneResult() throws Exception {
        Map<Job, String> tags = new LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            String tag = Itest.tag();
            tags.put(platform.submit(Itest.steady(tag, 10, 20).build()), tag); // about 0.2 s each
        }
        Job first = tags.keySet().iterator().next();
        Itest.await("the first job to run", Itest.DEADLINE, () -> first.state() != JobState.QUEUED);

        updateFixturesTo("2.0.0");

        List<Job> after = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String tag = Itest.tag();
            Job j = platform.submit(Itest.steady(tag, 10, 20).build());
            tags.put(j, tag);
            after.add(j);
        }

        Set<String> ids = new HashSet<>();
        for (Map.Entry<Job, String> e : tags.entrySet()) {
            Job j = e.getKey();
            Result r = Itest.result(j, RESULT_DEADLINE);
            assertThat(ids.add(j.id())).as("job id %s is unique", j.id()).isTrue();
            assertThat(r.status()).as("%s: %s", j.id(), r).isEqualTo(Status.CONVERGED);
            assertThat(Itest.invocations(e.getValue())).as("%s ran exactly once", j.id()).isEqualTo(1);
            assertThat(r.solverVersion()).as("%s: the version in the result is the version that ran", j.id())
                    .isEqualTo(Itest.ranVersion(e.getValue()));
            assertThat(j.state()).isEqualTo(JobState.DONE);
        }
        for (Job j : after) {
            assertThat(Itest.result(j, RESULT_DEADLINE).solverVersion()).as("%s submitted after the update", j.id())
                    .isEqualTo("2.0.0");
        }
        assertExactlyOnceInJobs(new ArrayList<>(tags.keySet()));
    }

    @Test
    @Order(3)
    void uninstallMidRunLetsTheJobFinishThenRefusesTheSolverAndOthersStillWork() throws Exception {
        String tagA = Itest.tag();
        Job a = platform.submit(Itest.steady(tagA, 100, 20).build()); // about 2 s
        Itest.await("job A to run test.steady", Itest.DEADLINE,
                () -> a.state() == JobState.RUNNING && Itest.invocations(tagA) == 1);

        fixtures.uninstall();
        Itest.awaitNotListed(platform, Itest.STEADY);
        assertThat(a.state()).as("job A must still be running after the uninstall").isEqualTo(JobState.RUNNING);

        RunSpec again = RunSpec.builder(Itest.STEADY, Itest.ROSENBROCK).build();
        assertThatThrownBy(() -> platform.submit(again))
                .as("test.steady after its bundle was uninstalled")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Itest.STEADY)
                .satisfies(e -> assertThat(e.getMessage()).containsAnyOf("unknown solver", "no solver"))
                .satisfies(e -> Itest.assertReadable(e.getMessage()));

        Result lbfgs = Itest.result(platform.submit(RunSpec.builder(Itest.LBFGS, Itest.ROSENBROCK).build()),
                RESULT_DEADLINE);
        assertThat(lbfgs.status()).as("optim.lbfgs on %s: %s", Itest.ROSENBROCK, lbfgs).isEqualTo(Status.CONVERGED);

        // Policy: the runtime does not cancel a job whose solver bundle goes away; it finishes on the
        // solver object it started with.
        Result ra = Itest.result(a, RESULT_DEADLINE);
        assertThat(ra.status()).as("job A: %s", ra).isEqualTo(Status.CONVERGED);
        assertThat(ra.solverVersion()).isEqualTo("1.0.0");
        assertThat(Itest.invocations(tagA)).isEqualTo(1);
        assertExactlyOnceInJobs(List.of(a));
    }

    @Test
    @Order(4)
    void resultsOfTheUpdatedBundleCarryTheChecksumOfTheNewContent() throws Exception {
        Result before = Itest.result(platform.submit(Itest.steady(Itest.tag(), 1, 0).build()), RESULT_DEADLINE);
        updateFixturesTo("2.0.0");
        Result after = Itest.result(platform.submit(Itest.steady(Itest.tag(), 1, 0).build()), RESULT_DEADLINE);
        assertThat(after.solverVersion()).isEqualTo("2.0.0");

        String shaBefore = before.provenance().get("solverBundleSha256");
        String shaAfter = after.provenance().get("solverBundleSha256");
        assertThat(shaBefore).as("checksum of the 1.0.0 bundle").isNotNull().isNotEqualTo("unknown");
        assertThat(shaAfter).as("checksum of the 2.0.0 bundle").isNotNull().isNotEqualTo("unknown");
        assertThat(shaAfter).as("the 2.0.0 content differs from 1.0.0 (its manifest), so must its checksum; "
                + "provenance before %s, after %s", before.provenance(), after.provenance()).isNotEqualTo(shaBefore);
    }

    private void updateFixturesTo(String version) throws Exception {
        Path copy = Itest.withVersion(originalJar, Itest.scratch("fixtures").resolve("fixtures-" + version + ".jar"),
                version);
        try (InputStream in = Files.newInputStream(copy)) {
            fixtures.update(in);
        }
        assertThat(fixtures.getVersion()).isEqualTo(Version.parseVersion(version));
        Itest.awaitListed(platform, Itest.STEADY, version);
        Itest.await("only test.steady " + version + " listed", Itest.DEADLINE,
                () -> Itest.versionsOf(platform, Itest.STEADY).equals(List.of(version)));
    }

    private void assertExactlyOnceInJobs(List<Job> submitted) {
        List<String> listed = new ArrayList<>();
        platform.jobs().forEach(j -> listed.add(j.id()));
        for (Job j : submitted) {
            assertThat(listed).as("Platform.jobs() lists %s once", j.id()).containsOnlyOnce(j.id());
            assertThat(platform.job(j.id())).as("Platform.job(%s)", j.id()).isPresent();
        }
    }
}
