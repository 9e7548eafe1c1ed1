package org.banach.launch.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;

import org.banach.api.Job;
import org.banach.api.Platform;
import org.banach.api.Result;
import org.banach.api.RunSpec;
import org.banach.api.StudyReport;

/**
 * (c) Jobs per second through {@link Platform#submit} (no result store), one at a time and with a
 * window of jobs in flight, against the same runs as a study ({@link Platform#runStudy}, which
 * stores every result as JSON and its trace as CSV).
 */
final class ThroughputMeasurement {

    /** Most jobs of the one-at-a-time pass. */
    private static final int MAX_SEQUENTIAL_JOBS = 500;

    private final PlatformBenchmark.Config config;
    private final PrintStream out;

    ThroughputMeasurement(PlatformBenchmark.Config config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    /**
     * Measures, with the study in temporary folders under {@code work}.
     *
     * @return false when the study failed (its figure says FAILED and why)
     */
    boolean measure(Platform platform, TrivialJob t, Path work, FigureTable figures) throws Exception {
        int window = Math.max(4, 4 * Runtime.getRuntime().availableProcessors());
        out.println("(c) " + config.jobs + " jobs through submit (" + window + " in flight), " + config.studyRuns
                + " runs as a stored study ...");
        int seqJobs = Math.min(config.jobs, MAX_SEQUENTIAL_JOBS);
        double seqRate = sequentialRate(platform, t, seqJobs);

        int[] notOk = {0};
        double rate = inFlightRate(platform, t, window, notOk);
        figures.add(Figure.alone("c", "submit, one job at a time", seqRate, "jobs/s", seqJobs + " jobs"));
        figures.add(new Figure("c", "submit, " + window + " jobs in flight (no result store)", rate, "jobs/s",
                "one at a time", rate / seqRate,
                config.jobs + " jobs" + (notOk[0] > 0 ? ", " + notOk[0] + " ended otherwise" : "")));
        return study(platform, t, work, rate, figures);
    }

    /** Jobs per second submitting one job at a time and waiting for it. */
    private static double sequentialRate(Platform platform, TrivialJob t, int jobs) throws Exception {
        long s0 = System.nanoTime();
        for (int i = 0; i < jobs; i++) {
            platform.submit(t.spec).result().get();
        }
        return jobs / ((System.nanoTime() - s0) / 1e9);
    }

    /** Jobs per second keeping {@code window} jobs in flight; counts in {@code notOk[0]} those that ended otherwise than the probe. */
    private double inFlightRate(Platform platform, TrivialJob t, int window, int[] notOk) throws Exception {
        Deque<CompletableFuture<Result>> inFlight = new ArrayDeque<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < config.jobs; i++) {
            if (inFlight.size() >= window) {
                notOk[0] += inFlight.removeFirst().get().status() == t.probe.status() ? 0 : 1;
            }
            Job j = platform.submit(RunSpec.builder(t.spec.solver(), t.spec.problemId())
                    .params(t.spec.problemParameters()).settings(t.spec.settings()).seed(i).build());
            inFlight.addLast(j.result());
        }
        while (!inFlight.isEmpty()) {
            notOk[0] += inFlight.removeFirst().get().status() == t.probe.status() ? 0 : 1;
        }
        return config.jobs / ((System.nanoTime() - t0) / 1e9);
    }

    /** The same job as a stored study, against {@code inFlightRate}; false when the study failed. */
    private boolean study(Platform platform, TrivialJob t, Path work, double inFlightRate, FigureTable figures)
            throws Exception {
        Path study = work.resolve("bench-study.json");
        Files.writeString(study, BenchStudy.json(t.spec, config.studyRuns), StandardCharsets.UTF_8);
        Path outDir = Files.createDirectories(work.resolve("results"));
        try {
            long st0 = System.nanoTime();
            StudyReport report = platform.runStudy(study, outDir, null);
            double studyRate = config.studyRuns / ((System.nanoTime() - st0) / 1e9);
            long files;
            try (var s = Files.walk(report.directory())) {
                files = s.filter(Files::isRegularFile).count();
            }
            figures.add(new Figure("c", "runStudy (result store: JSON + trace CSV per run)", studyRate, "jobs/s",
                    "submit, in flight", studyRate / inFlightRate, report.results().size() + " runs, " + files + " files"));
            return true;
        } catch (RuntimeException e) {
            figures.add(Figure.alone("c", "runStudy (result store)", Double.NaN, "jobs/s", "FAILED: " + e.getMessage()));
            return false;
        }
    }
}
