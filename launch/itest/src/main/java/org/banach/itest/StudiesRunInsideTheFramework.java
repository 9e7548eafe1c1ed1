package org.banach.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.banach.api.Platform;
import org.banach.api.Result;
import org.banach.api.Status;
import org.banach.api.StudyListener;
import org.banach.api.StudyReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * A study file runs inside the framework: the runtime's JSON (Jackson bundles), CSV and plotting
 * (embedded libraries) work under OSGi class loading; a second invocation skips stored runs; stored
 * results read back; a malformed file is refused naming the file and the JSON path.
 */
@ExtendWith(ServiceExtension.class)
class StudiesRunInsideTheFramework {

    @InjectService(timeout = Itest.SERVICE_TIMEOUT_MS)
    Platform platform;

    @Test
    void aStudyRunsStoresResultsAndResumesWithoutRunningAgain() throws Exception {
        Path dir = Itest.scratch("study");
        Path file = dir.resolve("itest-study.json");
        Files.writeString(file, "{\n"
                + "  \"name\": \"itest\",\n"
                + "  \"description\": \"integration test study\",\n"
                + "  \"defaults\": {\"timeLimitSeconds\": 60, \"seeds\": [0]},\n"
                + "  \"runs\": [\n"
                + "    {\"problems\": [\"" + Itest.ROSENBROCK + "\", \"" + Itest.QUADRATIC + "\"],\n"
                + "     \"solvers\": [\"" + Itest.LBFGS + "\", \"" + Itest.GD + "\"]}\n"
                + "  ]\n"
                + "}\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        List<String> heard = new ArrayList<>();
        StudyReport first = platform.runStudy(file, out, new StudyListener() {
            @Override
            public void finished(int index, int runs, String runKey, Result result, boolean skipped) {
                heard.add(runKey + " " + result.status() + (skipped ? " skipped" : ""));
            }
        });
        assertThat(first.ran()).isEqualTo(4);
        assertThat(first.skipped()).isZero();
        assertThat(first.results()).hasSize(4).allSatisfy(r -> {
            assertThat(r.status()).as("%s %s on %s", r.solverId(), r.status(), r.problemId())
                    .isIn(Status.CONVERGED, Status.ITERATION_LIMIT);
            assertThat(r.verification()).isNotNull();
        });
        assertThat(heard).hasSize(4);
        assertThat(first.directory()).isDirectory();
        assertThat(first.files()).isNotEmpty().allSatisfy(f -> assertThat(f).isRegularFile());

        StudyReport second = platform.runStudy(file, out, null);
        assertThat(second.ran()).as("runs executed again").isZero();
        assertThat(second.skipped()).isEqualTo(4);

        List<Result> stored = platform.results(first.directory());
        assertThat(stored).hasSize(4);
        assertThat(stored).extracting(Result::solverId).containsExactly(
                first.results().stream().map(Result::solverId).toArray(String[]::new));
    }

    @Test
    void aMalformedStudyIsRefusedNamingTheFileAndThePath() throws Exception {
        Path file = Itest.scratch("study").resolve("bad.json");
        Files.writeString(file, "{\"name\": \"bad\", \"runs\": [{\"problem\": \"" + Itest.ROSENBROCK
                + "\", \"solver\": \"" + Itest.LBFGS + "\", \"repetitionz\": 2}]}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> platform.runStudy(file, file.getParent().resolve("out"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.json")
                .hasMessageContaining("repetitionz")
                .satisfies(e -> Itest.assertReadable(e.getMessage()));
    }

    @Test
    void aStudyNamingAnUnknownSolverRunsNothing() throws Exception {
        Path file = Itest.scratch("study").resolve("unknown-solver.json");
        Files.writeString(file, "{\"name\": \"unknown\", \"runs\": [{\"problem\": \"" + Itest.ROSENBROCK
                + "\", \"solvers\": [\"" + Itest.LBFGS + "\", \"no.such.solver\"]}]}", StandardCharsets.UTF_8);
        Path out = file.getParent().resolve("out");
        assertThatThrownBy(() -> platform.runStudy(file, out, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no.such.solver")
                .satisfies(e -> Itest.assertReadable(e.getMessage()));
        assertThat(out.resolve("unknown")).as("nothing written for a refused study").doesNotExist();
    }
}
