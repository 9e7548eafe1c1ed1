package org.banach.runtime.study;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;

import org.banach.api.Job;
import org.banach.api.Result;
import org.banach.api.Status;
import org.banach.api.StudyListener;
import org.banach.api.StudyReport;
import org.banach.runtime.store.AtomicFiles;
import org.banach.runtime.store.ResultStore;

/**
 * Runs a study into {@code outDir/<name>/}, one run at a time (a study is a measurement: no parallel
 * interference), skipping runs whose result is already stored there, so an interrupted or edited study
 * resumes. Before anything runs, every planned run is validated; one bad run stops the whole study
 * with a {@link StudyFormatException} naming the file, the run entry's JSON path and the reason.
 * Each stored result gets the provenance entries {@code runKey}, {@code studySha256} and {@code study}.
 * A run whose job ends {@link Status#CANCELLED}, or that cannot be submitted (say its solver was
 * uninstalled after validation; reported as {@link Status#FAILED}), is reported but not stored, so the
 * next invocation runs it again. At the end it writes {@code summary.csv} and the convergence plots.
 * If the calling thread is interrupted, the current job is cancelled, nothing of it is stored, and
 * {@link CancellationException} is thrown with the interrupt flag kept.
 */
public final class StudyRunner {

    /** The study file as copied beside the results. */
    public static final String STUDY_COPY = ResultStore.STUDY_FILE;
    public static final String SUMMARY = "summary.csv";

    private static final System.Logger LOG = System.getLogger(StudyRunner.class.getName());
    private static final int MAX_LISTED_FAULTS = 10;

    private final ResultStore store;

    public StudyRunner() {
        this(new ResultStore());
    }

    public StudyRunner(ResultStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Parses {@code studyFile} and runs it; see {@link #run(StudySpec, Path, RunExecutor, StudyListener)}. */
    public StudyReport run(Path studyFile, Path outDir, RunExecutor executor, StudyListener listener) {
        return run(StudyFile.parse(studyFile), outDir, executor, listener);
    }

    /**
     * Validates every planned run, then runs those not yet stored, in order.
     *
     * @return the results in run order, how many ran and were skipped, and the summary and plot files
     * @throws StudyFormatException when a planned run is invalid (then nothing ran and nothing was written)
     * @throws CancellationException when the thread was interrupted (results stored so far are kept)
     * @throws UncheckedIOException when the study folder or a result cannot be written
     */
    public StudyReport run(StudySpec spec, Path outDir, RunExecutor executor, StudyListener listener) {
        Objects.requireNonNull(executor, "executor");
        StudyListener hear = listener == null ? new StudyListener() { } : listener;
        validate(spec, executor);
        Path dir = outDir.resolve(spec.name());
        try {
            Files.createDirectories(dir);
            store.removeLeftovers(dir);
            copyStudyFile(spec, dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the study folder " + dir + ": " + e, e);
        }
        List<PlannedRun> runs = spec.runs();
        int alreadyStored = (int) runs.stream().filter(p -> store.has(dir, p.runKey())).count();
        safely(() -> hear.started(spec.name(), runs.size(), alreadyStored));
        List<Result> results = new ArrayList<>();
        int ran = 0;
        int skipped = 0;
        for (int i = 0; i < runs.size(); i++) {
            PlannedRun p = runs.get(i);
            if (Thread.currentThread().isInterrupted()) {
                throw interrupted(spec, i, runs.size());
            }
            Optional<Result> stored = readStored(dir, p);
            boolean skip = stored.isPresent();
            Result r = skip ? stored.get() : execute(spec, p, executor, dir, i, runs.size());
            if (skip) {
                skipped++;
            } else {
                ran++;
            }
            results.add(r);
            int index = i;
            safely(() -> hear.finished(index, runs.size(), p.runKey(), r, skip));
        }
        List<Path> files = new ArrayList<>();
        try {
            Path summary = dir.resolve(SUMMARY);
            SummaryCsv.write(summary, runs, results);
            files.add(summary);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(SUMMARY) + ": " + e, e);
        }
        files.addAll(StudyPlots.write(dir, spec, results));
        return new StudyReport(spec.name(), dir, results, ran, skipped, files);
    }

    /**
     * The results stored in a study folder, in the run order of its {@code study.json} copy; results
     * of runs the current study file no longer plans (e.g. from an earlier version of it) follow,
     * sorted by run key. Without a readable {@code study.json}, all results sorted by run key.
     * Unreadable files are skipped and logged.
     */
    public List<Result> results(Path studyDir) {
        store.removeLeftovers(studyDir);
        Map<String, Result> byKey = new LinkedHashMap<>();
        for (String key : store.storedKeys(studyDir)) {
            try {
                store.read(studyDir, key).ifPresent(r -> byKey.put(key, r));
            } catch (UncheckedIOException e) {
                LOG.log(Level.WARNING, "skipped " + key + ": " + e.getMessage());
            }
        }
        List<Result> ordered = new ArrayList<>();
        Path copy = studyDir.resolve(STUDY_COPY);
        if (Files.isRegularFile(copy)) {
            try {
                for (PlannedRun p : StudyFile.parse(copy).runs()) {
                    Result r = byKey.remove(p.runKey());
                    if (r != null) {
                        ordered.add(r);
                    }
                }
            } catch (StudyFormatException e) {
                LOG.log(Level.WARNING, "cannot order the results by " + copy + ": " + e.getMessage());
            }
        }
        ordered.addAll(byKey.values());
        return ordered;
    }

    /**
     * Validates every planned run with {@code executor} and reports every fault at once.
     *
     * @throws StudyFormatException naming the file, each faulty run entry's JSON path and the reason
     */
    public void validate(StudySpec spec, RunExecutor executor) {
        Set<String> faults = new LinkedHashSet<>();
        String firstPath = null;
        String firstReason = null;
        for (PlannedRun p : spec.runs()) {
            try {
                executor.validate(p.spec());
            } catch (IllegalArgumentException e) {
                String reason = "cannot run " + p.spec().solver() + " on " + p.spec().problemId()
                        + (p.spec().problemParameters().isEmpty() ? "" : " " + SummaryCsv.params(p.spec().problemParameters()))
                        + ": " + e.getMessage();
                if (faults.add(p.jsonPath() + ": " + reason) && firstPath == null) {
                    firstPath = p.jsonPath();
                    firstReason = reason;
                }
            }
        }
        if (faults.isEmpty()) {
            return;
        }
        if (faults.size() == 1) {
            throw new StudyFormatException(spec.file(), firstPath, firstReason);
        }
        StringBuilder msg = new StringBuilder(spec.file() + ": " + faults.size() + " runs cannot run; nothing was run:");
        faults.stream().limit(MAX_LISTED_FAULTS).forEach(f -> msg.append("\n  ").append(f));
        if (faults.size() > MAX_LISTED_FAULTS) {
            msg.append("\n  ... and ").append(faults.size() - MAX_LISTED_FAULTS).append(" more");
        }
        throw new StudyFormatException(spec.file(), firstPath, firstReason, msg.toString());
    }

    private Result execute(StudySpec spec, PlannedRun p, RunExecutor executor, Path dir, int index, int total) {
        Job job;
        try {
            job = executor.submit(p.spec());
        } catch (RuntimeException e) {
            // e.g. its solver's bundle went away after validation: report it, store nothing, go on
            LOG.log(Level.WARNING, "run " + p.runKey() + " could not be submitted: " + e.getMessage());
            return withProvenance(Result.failure(Status.FAILED, "could not submit the run: " + e.getMessage()),
                    spec, p);
        }
        Result r;
        try {
            r = job.result().get();
        } catch (InterruptedException e) {
            job.cancel();
            Thread.currentThread().interrupt();
            throw interrupted(spec, index, total);
        } catch (ExecutionException | CancellationException e) {
            // the platform promises a result; should a job break that promise, record it as a failure
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            r = Result.failure(Status.FAILED, "the job ended without a result: " + cause);
        }
        r = withProvenance(r, spec, p);
        if (r.status() == Status.CANCELLED) {
            LOG.log(Level.INFO, "run " + p.runKey() + " was cancelled; not storing it, so a rerun runs it again");
            return r;
        }
        try {
            store.write(dir, p.runKey(), r);
        } catch (UncheckedIOException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw interrupted(spec, index, total);
            }
            throw e;
        }
        return r;
    }

    private static Result withProvenance(Result r, StudySpec spec, PlannedRun p) {
        Map<String, String> provenance = new LinkedHashMap<>(r.provenance());
        provenance.put("runKey", p.runKey());
        provenance.put("studySha256", spec.sha256());
        provenance.put("study", spec.name());
        return r.toBuilder().provenance(provenance).build();
    }

    private Optional<Result> readStored(Path dir, PlannedRun p) {
        try {
            return store.read(dir, p.runKey());
        } catch (UncheckedIOException e) {
            LOG.log(Level.WARNING, "stored result " + p.runKey() + " is unreadable and will be run again: "
                    + e.getMessage());
            return Optional.empty();
        }
    }

    /** Writes {@code study.json}; an earlier, different copy is kept as {@code study-<sha10>.json}. */
    private static void copyStudyFile(StudySpec spec, Path dir) throws IOException {
        Path copy = dir.resolve(STUDY_COPY);
        byte[] content = spec.content();
        if (Files.isRegularFile(copy)) {
            byte[] old = Files.readAllBytes(copy);
            if (Arrays.equals(old, content)) {
                return;
            }
            AtomicFiles.write(dir.resolve("study-" + RunKeys.sha256(old).substring(0, 10) + ".json"), old);
        }
        AtomicFiles.write(copy, content);
    }

    private static CancellationException interrupted(StudySpec spec, int index, int total) {
        return new CancellationException("study '" + spec.name() + "' was interrupted at run " + (index + 1) + " of "
                + total + "; the results stored so far are kept and running it again resumes there");
    }

    private static void safely(Runnable listenerCall) {
        try {
            listenerCall.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a study listener failed (" + e + "); the study goes on");
        }
    }
}
