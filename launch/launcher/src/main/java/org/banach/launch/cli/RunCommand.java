package org.banach.launch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.banach.api.Job;
import org.banach.api.JobState;
import org.banach.api.Platform;
import org.banach.api.ProblemDescriptor;
import org.banach.api.Result;
import org.banach.api.SolverInfo;
import org.banach.api.Status;
import org.banach.api.StudyListener;
import org.banach.api.StudyReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** banach run STUDY.json. */
@Command(name = "run", 
        description = {"Run a study file and store its results; one table row per run.",
            "Results are stored as JSON (+ trace CSV) in one folder per study under --out; runs already "
                + "stored there are not run again. Ctrl-C cancels the running jobs.",
            "A study is a measurement: a run that does not converge is a finding, so the exit code is 0 when "
                + "the study completed; with --strict it is 3 when some run did not converge. 2 for a "
                + "malformed study file."})
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "STUDY.json", description = "The study file.")
    Path study;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results",
            description = "Where the study's result folder goes (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--strict", description = "Exit with 3 when some run did not converge (for scripts and CI).")
    boolean strict;

    @Mixin
    RuntimeOptions runtime;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(study)) {
            throw new IllegalArgumentException("study file " + study + " does not exist or is not a file");
        }
        try (Session s = Session.open(runtime, false)) {
            Platform platform = s.platform();
            s.onInterrupt(() -> {
                for (Job j : platform.jobs()) {
                    if (j.state() != JobState.DONE) {
                        j.cancel();
                    }
                }
            });
            Table table = new Table(Cli.out(), platform);
            StudyReport report = platform.runStudy(study, out.toAbsolutePath().normalize(), table);
            PrintStream o = Cli.out();
            long converged = report.results().stream().filter(r -> r.status() == Status.CONVERGED).count();
            o.println();
            o.println(report.results().size() + " runs: " + converged + " converged, "
                    + (report.results().size() - converged) + " not; " + report.ran() + " ran now, " + report.skipped()
                    + " already stored");
            o.println("results in " + report.directory());
            for (String f : filesWritten(report)) {
                o.println("  " + f);
            }
            if (s.interrupted()) {
                return 130;
            }
            return !strict || converged == report.results().size() ? Main.OK : Main.NOT_ALL_CONVERGED;
        }
    }

    /**
     * The study's own files (summary, plots, the copy of the study file) by name, then the per-run
     * files as counts, e.g. {@code 12 run results (.json) and 12 traces (.trace.csv)}.
     */
    private static List<String> filesWritten(StudyReport report) {
        Path dir = report.directory();
        List<Path> all;
        try (Stream<Path> s = dir == null ? Stream.empty() : Files.walk(dir)) {
            all = s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            all = List.of();
        }
        List<String> lines = new ArrayList<>();
        long runJson = 0;
        long traces = 0;
        long other = 0;
        for (Path f : all) {
            String name = f.getFileName().toString();
            boolean studyFile = report.files().stream().anyMatch(g -> g.toAbsolutePath().equals(f.toAbsolutePath()))
                    || name.equals("study.json") || name.startsWith("summary.") || name.startsWith("convergence.");
            if (studyFile) {
                lines.add(dir.relativize(f).toString());
            } else if (name.endsWith(".trace.csv")) {
                traces++;
            } else if (name.endsWith(".json")) {
                runJson++;
            } else {
                other++;
            }
        }
        for (Path f : report.files()) {
            if (!all.contains(f) && (dir == null || !f.startsWith(dir))) {
                lines.add(f.toString());
            }
        }
        lines.add(runJson + " run results (.json), " + traces + " traces (.trace.csv)"
                + (other > 0 ? ", " + other + " other files" : ""));
        return lines;
    }

    /** Prints the header once and one aligned row per finished run, as runs finish. */
    static final class Table implements StudyListener {
        private final PrintStream out;
        private final String format;
        private final String header;
        private int done;

        Table(PrintStream out, Platform platform) {
            this.out = out;
            int sw = Math.max(6, platform.solvers().stream().map(SolverInfo::id).mapToInt(String::length).max().orElse(0));
            int vw = Math.max(7, platform.solvers().stream().map(SolverInfo::version).mapToInt(String::length).max().orElse(0));
            int pw = Math.min(48, Math.max(7,
                    platform.problems().stream().map(ProblemDescriptor::id).mapToInt(String::length).max().orElse(0) + 8));
            format = "%-9s %-" + sw + "s  %-" + vw + "s  %-" + pw + "s  %-15s  %12s  %10s  %9s  %7s  %8s  %6s";
            header = String.format(Locale.ROOT, format, "", "SOLVER", "VERSION", "PROBLEM", "STATUS", "OBJECTIVE",
                    "ITERATIONS", "SECONDS", "CLAIMED", "VERIFIED", "AGREES");
        }

        @Override
        public synchronized void started(String name, int runs, int alreadyStored) {
            out.println("study " + name + ": " + runs + " runs" + (alreadyStored > 0 ? " (" + alreadyStored
                    + " already stored, not run again)" : ""));
            out.println(header.stripTrailing());
        }

        @Override
        public synchronized void finished(int index, int runs, String runKey, Result r, boolean skipped) {
            done++;
            String progress = "[" + done + "/" + runs + "]";
            String problem = r.problemId() == null ? runKey : r.problemId() + (r.problemParameters().isEmpty() ? ""
                    : " " + r.problemParameters().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining(",")));
            String status = r.status().name();
            out.println(String.format(Locale.ROOT, format, progress, nz(r.solverId()), nz(r.solverVersion()), problem,
                    status, sci(r.objective()), r.iterations(), seconds(r.elapsedSeconds()),
                    Cli.yesNo(r.certificate() == null ? null : r.certificate().satisfied()),
                    Cli.yesNo(r.verification() == null ? null : r.verification().satisfied()),
                    Cli.yesNo(r.verification() == null ? null : r.verification().agrees())).stripTrailing()
                    + (skipped ? "  (stored)" : ""));
            out.flush();
        }

        private static String nz(String s) {
            return s == null ? "-" : s;
        }

        private static String sci(double v) {
            return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4e", v);
        }

        private static String seconds(double v) {
            return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4f", v);
        }
    }
}
