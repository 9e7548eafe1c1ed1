package org.banach.runtime.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.banach.api.Result;
import org.banach.api.ResultMaps;
import org.banach.api.Status;
import org.banach.api.StudyListener;
import org.banach.api.StudyReport;
import org.banach.runtime.plot.ConvergencePlot;
import org.banach.runtime.store.ResultStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyRunnerTest {

    @TempDir
    Path tmp;

    private final ResultStore store = new ResultStore();
    private final StudyRunner runner = new StudyRunner(store);

    private static final String STUDY = "{'name': 'mini', 'defaults': {'settings': {'tolerance': 1e-6}},"
            + " 'runs': ["
            + "  {'problems': ['optim/mgh/beale', 'optim/mgh/rosenbrock'], 'solvers': ['optim.gd', 'optim.lbfgs']},"
            + "  {'problem': 'optim/rosenbrock', 'params': {'n': 100}, 'solver': 'optim.lbfgs', 'seeds': [1, 2]}"
            + " ]}";

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    private Path studyFile(String json) throws IOException {
        Path f = tmp.resolve("mini.json");
        Files.writeString(f, json.replace('\'', '"'));
        return f;
    }

    private Path out() {
        return tmp.resolve("out");
    }

    /** Records what the runner tells its listener. */
    static final class Recorder implements StudyListener {
        final List<String> events = new ArrayList<>();

        @Override
        public void started(String study, int runs, int alreadyStored) {
            events.add("started " + study + " " + runs + " " + alreadyStored);
        }

        @Override
        public void finished(int index, int runs, String runKey, Result result, boolean skipped) {
            events.add(index + "/" + runs + " " + (skipped ? "skipped" : "ran") + " " + runKey);
        }
    }

    @Test
    void runsEveryPlannedRunOnceInOrderAndStoresIt() throws IOException {
        StudySpec spec = StudyFile.parse(studyFile(STUDY));
        FakeExecutor exec = new FakeExecutor();
        Recorder rec = new Recorder();

        StudyReport report = runner.run(spec, out(), exec, rec);

        assertEquals(6, spec.runs().size());
        assertEquals(6, exec.submitted.size());
        assertEquals(spec.runs().stream().map(PlannedRun::spec).collect(Collectors.toList()), exec.submitted);
        assertEquals(6, report.ran());
        assertEquals(0, report.skipped());
        assertEquals("mini", report.study());
        assertEquals(out().resolve("mini"), report.directory());
        assertEquals(6, report.results().size());
        assertEquals("started mini 6 0", rec.events.get(0));
        assertEquals("0/6 ran " + spec.runs().get(0).runKey(), rec.events.get(1));
        assertEquals("5/6 ran " + spec.runs().get(5).runKey(), rec.events.get(6));
        for (PlannedRun p : spec.runs()) {
            assertTrue(store.has(report.directory(), p.runKey()), p.runKey());
        }
        assertEquals(List.of(report.directory().resolve("summary.csv"), report.directory().resolve("convergence.png"),
                report.directory().resolve("convergence.svg")), report.files());
        for (Path f : report.files()) {
            assertTrue(Files.size(f) > 0, f.toString());
        }
        assertEquals(ConvergencePlot.WIDTH, ImageIO.read(report.files().get(1).toFile()).getWidth());
        assertEquals(Files.readString(spec.file()), Files.readString(report.directory().resolve("study.json")));
    }

    @Test
    void storedResultsCarryTheStudysProvenance() throws IOException {
        StudySpec spec = StudyFile.parse(studyFile(STUDY));
        StudyReport report = runner.run(spec, out(), new FakeExecutor(), null);
        for (int i = 0; i < spec.runs().size(); i++) {
            PlannedRun p = spec.runs().get(i);
            Map<String, String> prov = store.read(report.directory(), p.runKey()).orElseThrow().provenance();
            assertEquals(p.runKey(), prov.get("runKey"));
            assertEquals(spec.sha256(), prov.get("studySha256"));
            assertEquals("mini", prov.get("study"));
            assertEquals("test", prov.get("jvm"), "the platform's own provenance is kept");
            assertEquals(prov, report.results().get(i).provenance());
        }
    }

    @Test
    void anInvalidRunStopsTheStudyBeforeAnythingRuns() throws IOException {
        String json = "{'name': 'mini', 'runs': [{'problem': 'p', 'solver': 'optim.gd'}, {'problem': 'p', 'solver': 'optim.lbfgs'},"
                + " {'problem': 'p', 'solvers': ['optim.gd', 'bad.solver'], 'seeds': [1, 2, 3]}]}";
        Path file = studyFile(json);
        StudySpec spec = StudyFile.parse(file);
        FakeExecutor exec = new FakeExecutor();

        StudyFormatException e = assertThrows(StudyFormatException.class, () -> runner.run(spec, out(), exec, null));

        assertEquals(List.of(), exec.submitted);
        assertEquals(spec.runs().size(), exec.validated.size(), "every run is validated");
        assertEquals("$.runs[2]", e.jsonPath());
        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith(file + ": $.runs[2]: cannot run bad.solver on p: unknown solver 'bad.solver'"),
                e.getMessage());
        assertFalse(Files.exists(out()), "nothing is written");
    }

    @Test
    void severalFaultsAreListedTogether() throws IOException {
        String json = "{'name': 'mini', 'runs': [{'problem': 'bad/one', 'solver': 'optim.gd'},"
                + " {'problem': 'p', 'solver': 'optim.gd'}, {'problem': 'bad/two', 'solver': 'optim.gd', 'seeds': [1, 2]}]}";
        StudySpec spec = StudyFile.parse(studyFile(json));
        StudyFormatException e = assertThrows(StudyFormatException.class,
                () -> runner.run(spec, out(), new FakeExecutor(), null));
        assertEquals("$.runs[0]", e.jsonPath());
        assertTrue(e.getMessage().contains("2 runs cannot run; nothing was run"), e.getMessage());
        assertTrue(e.getMessage().contains("\n  $.runs[0]: cannot run optim.gd on bad/one: unknown problem 'bad/one'"),
                e.getMessage());
        assertTrue(e.getMessage().contains("\n  $.runs[2]: cannot run optim.gd on bad/two"), e.getMessage());
    }

    @Test
    void aSecondInvocationResumesAndRunsNothing() throws IOException {
        StudySpec spec = StudyFile.parse(studyFile(STUDY));
        StudyReport first = runner.run(spec, out(), new FakeExecutor(), null);
        FakeExecutor again = new FakeExecutor();
        Recorder rec = new Recorder();

        StudyReport second = runner.run(StudyFile.parse(spec.file()), out(), again, rec);

        assertEquals(List.of(), again.submitted);
        assertEquals(0, second.ran());
        assertEquals(6, second.skipped());
        assertEquals("started mini 6 6", rec.events.get(0));
        assertTrue(rec.events.get(1).startsWith("0/6 skipped "), rec.events.get(1));
        assertEquals(maps(first.results()), maps(second.results()));
        for (int i = 0; i < 6; i++) {
            assertEquals(first.results().get(i).trace().size(), second.results().get(i).trace().size());
        }
        assertEquals(Files.readString(first.files().get(0)), Files.readString(second.files().get(0)));
    }

    @Test
    void aDeletedResultIsRunAgainAndNothingElse() throws IOException {
        StudySpec spec = StudyFile.parse(studyFile(STUDY));
        StudyReport first = runner.run(spec, out(), new FakeExecutor(), null);
        PlannedRun gone = spec.runs().get(3);
        Files.delete(ResultStore.jsonFile(first.directory(), gone.runKey()));
        FakeExecutor again = new FakeExecutor();

        StudyReport second = runner.run(spec, out(), again, null);

        assertEquals(List.of(gone.spec()), again.submitted);
        assertEquals(1, second.ran());
        assertEquals(5, second.skipped());
        assertTrue(store.has(first.directory(), gone.runKey()));
        assertEquals(maps(first.results()), maps(second.results()));
    }

    @Test
    void anEditedStudyRunsOnlyWhatChangedAndKeepsTheOldFile() throws IOException {
        StudySpec spec = StudyFile.parse(studyFile(STUDY));
        runner.run(spec, out(), new FakeExecutor(), null);
        String oldText = Files.readString(spec.file());
        StudySpec edited = StudyFile.parse(studyFile(STUDY.replace("'seeds': [1, 2]", "'seeds': [1, 2, 3]")));
        FakeExecutor again = new FakeExecutor();

        StudyReport report = runner.run(edited, out(), again, null);

        assertEquals(1, again.submitted.size());
        assertEquals(3L, again.submitted.get(0).seed());
        assertEquals(6, report.skipped());
        Path dir = report.directory();
        assertEquals(Files.readString(edited.file()), Files.readString(dir.resolve("study.json")));
        assertEquals(oldText, Files.readString(dir.resolve("study-" + spec.sha256().substring(0, 10) + ".json")));
        assertEquals(7, store.readAll(dir, new ArrayList<>()).size(), "the old copy is not taken for a result");
    }

    @Test
    void theSummaryHasOneRowPerRun() throws IOException {
        StudySpec spec = StudyFile.parse(studyFile(STUDY));
        StudyReport report = runner.run(spec, out(), new FakeExecutor(), null);
        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(report.directory().resolve("summary.csv"));
                CSVParser p = CSVParser.parse(in, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals(SummaryCsv.HEADER, p.getHeaderNames());
            rows = p.getRecords();
        }
        assertEquals(6, rows.size());
        CSVRecord last = rows.get(5);
        Result r = report.results().get(5);
        assertEquals(spec.runs().get(5).runKey(), last.get("runKey"));
        assertEquals("optim/rosenbrock", last.get("problem"));
        assertEquals("n=100", last.get("params"));
        assertEquals("optim.lbfgs", last.get("solver"));
        assertEquals("1.2.3", last.get("version"));
        assertEquals("cpu", last.get("backend"));
        assertEquals("2", last.get("seed"));
        assertEquals("1", last.get("repetition"));
        assertEquals("CONVERGED", last.get("status"));
        assertEquals(r.objective(), Double.parseDouble(last.get("objective")), 0.0);
        assertEquals(Long.toString(r.iterations()), last.get("iterations"));
        assertEquals(Long.toString(r.evaluations()), last.get("evaluations"));
        assertEquals(r.elapsedSeconds(), Double.parseDouble(last.get("seconds")), 0.0);
        assertEquals("gradient-norm", last.get("criterion"));
        assertEquals(r.certificate().value(), Double.parseDouble(last.get("claimedValue")), 0.0);
        assertEquals(r.verification().value(), Double.parseDouble(last.get("verifiedValue")), 0.0);
        assertEquals(Boolean.toString(r.verification().satisfied()), last.get("satisfied"));
        assertEquals("true", last.get("agrees"));
        assertEquals("", last.get("message"));
        assertEquals("", rows.get(0).get("params"));
        assertEquals("optim/mgh/beale", rows.get(0).get("problem"));
        assertEquals("optim.gd", rows.get(0).get("solver"));
    }

    @Test
    void anInterruptCancelsTheCurrentJobAndStoresNothingOfIt() throws IOException {
        StudySpec spec = StudyFile.parse(studyFile(STUDY));
        FakeExecutor exec = new FakeExecutor();
        exec.futures = s -> {
            if (exec.submitted.size() == 3) {
                // the interrupt arrives while the third run is in flight: its future never completes
                Thread.currentThread().interrupt();
                return new CompletableFuture<>();
            }
            return CompletableFuture.completedFuture(FakeExecutor.resultFor(s));
        };

        CancellationException e = assertThrows(CancellationException.class, () -> runner.run(spec, out(), exec, null));

        assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is kept for the caller");
        Thread.interrupted();
        assertTrue(e.getMessage().contains("interrupted at run 3 of 6"), e.getMessage());
        assertEquals(3, exec.submitted.size());
        assertTrue(exec.jobs.get(2).cancelled);
        Path dir = out().resolve("mini");
        assertTrue(store.has(dir, spec.runs().get(0).runKey()));
        assertTrue(store.has(dir, spec.runs().get(1).runKey()));
        assertFalse(store.has(dir, spec.runs().get(2).runKey()));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".tmp"))
                    .collect(Collectors.toList()));
        }
        assertFalse(Files.exists(dir.resolve("summary.csv")));

        FakeExecutor resume = new FakeExecutor();
        StudyReport report = runner.run(spec, out(), resume, null);
        assertEquals(4, resume.submitted.size());
        assertEquals(2, report.skipped());
    }

    @Test
    void aCancelledRunIsReportedButNotStored() throws IOException {
        StudySpec spec = StudyFile.parse(studyFile(STUDY));
        FakeExecutor exec = new FakeExecutor();
        exec.futures = s -> CompletableFuture.completedFuture(exec.submitted.size() == 2
                ? Result.failure(Status.CANCELLED, "cancelled by the user") : FakeExecutor.resultFor(s));

        StudyReport report = runner.run(spec, out(), exec, null);

        assertEquals(Status.CANCELLED, report.results().get(1).status());
        assertFalse(store.has(report.directory(), spec.runs().get(1).runKey()));
        assertTrue(store.has(report.directory(), spec.runs().get(2).runKey()));
        assertTrue(Files.readString(report.directory().resolve("summary.csv")).contains("CANCELLED"));
    }

    @Test
    void storedResultsReadBackInRunOrder() throws IOException {
        StudySpec spec = StudyFile.parse(studyFile(STUDY));
        StudyReport report = runner.run(spec, out(), new FakeExecutor(), null);
        Result foreign = Result.failure(Status.FAILED, "written by someone else");
        store.write(report.directory(), "a-foreign-run", foreign);

        List<Result> back = runner.results(report.directory());

        assertEquals(7, back.size());
        assertEquals(maps(report.results()), maps(back.subList(0, 6)));
        assertEquals("written by someone else", back.get(6).message());
        List<String> sortedKeys = store.storedKeys(report.directory());
        assertEquals("a-foreign-run", sortedKeys.get(0), "sorted by key it would come first");
        assertEquals(List.of(), runner.results(tmp.resolve("no-such-study")));
    }

    @Test
    void aRunThatCannotBeSubmittedIsReportedNotStoredAndTheStudyGoesOn() throws IOException {
        StudySpec spec = StudyFile.parse(studyFile(STUDY));
        FakeExecutor exec = new FakeExecutor();
        exec.futures = s -> {
            if (exec.submitted.size() == 2) {
                throw new IllegalArgumentException("solver optim.lbfgs was uninstalled");
            }
            return CompletableFuture.completedFuture(FakeExecutor.resultFor(s));
        };

        StudyReport report = runner.run(spec, out(), exec, null);

        assertEquals(6, exec.submitted.size());
        Result failed = report.results().get(1);
        assertEquals(Status.FAILED, failed.status());
        assertTrue(failed.message().contains("solver optim.lbfgs was uninstalled"), failed.message());
        assertEquals(spec.runs().get(1).runKey(), failed.provenance().get("runKey"));
        assertFalse(store.has(report.directory(), spec.runs().get(1).runKey()));
        assertEquals(5, store.storedKeys(report.directory()).size());

        FakeExecutor retry = new FakeExecutor();
        runner.run(spec, out(), retry, null);
        assertEquals(List.of(spec.runs().get(1).spec()), retry.submitted);
    }

    @Test
    void aFailingListenerDoesNotStopTheStudy() throws IOException {
        StudySpec spec = StudyFile.parse(studyFile(STUDY));
        StudyListener broken = new StudyListener() {
            @Override
            public void finished(int index, int runs, String runKey, Result result, boolean skipped) {
                throw new IllegalStateException("listener bug");
            }
        };
        assertEquals(6, runner.run(spec, out(), new FakeExecutor(), broken).ran());
    }

    private static List<Map<String, Object>> maps(List<Result> results) {
        return results.stream().map(ResultMaps::toMap).collect(Collectors.toList());
    }
}
