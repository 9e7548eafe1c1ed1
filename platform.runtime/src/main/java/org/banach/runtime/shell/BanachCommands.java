package org.banach.runtime.shell;

import java.nio.file.Path;
import java.util.Locale;


import org.banach.api.Job;
import org.banach.api.Platform;
import org.banach.api.ProblemDescriptor;
import org.banach.api.Result;
import org.banach.api.RunSpec;
import org.banach.api.SolverInfo;
import org.banach.api.StudyListener;
import org.banach.api.StudyReport;
import org.banach.api.backend.DeviceInfo;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Gogo shell commands in the {@code banach} scope. Errors in what was typed come back as one line
 * starting with {@code error:}, never as a stack trace.
 */
@Component(service = BanachCommands.class, property = {"osgi.command.scope=banach",
        "osgi.command.function=solvers", "osgi.command.function=problems", "osgi.command.function=backends",
        "osgi.command.function=solve", "osgi.command.function=study", "osgi.command.function=jobs",
        "osgi.command.function=cancel", "osgi.command.function=results"})
public final class BanachCommands {

    static final String SOLVE_USAGE = "usage: banach:solve SOLVER PROBLEM [--param k=v]... [--set k=v]... "
            + "[--backend ID] [--time-limit S] [--seed N]";

    @Reference
    private Platform platform;

    @Descriptor("list the installed solvers: id, version, family, reference")
    public String solvers() {
        TextTable t = new TextTable("id", "version", "family", "reference");
        for (SolverInfo s : platform.solvers()) {
            t.row(s.id(), s.version(), s.family(), s.reference());
        }
        return t.toString();
    }

    @Descriptor("list the problem library: id, family, dimension, known optimum")
    public String problems() {
        TextTable t = new TextTable("id", "family", "dimension", "known optimum");
        for (ProblemDescriptor d : platform.problems()) {
            t.row(d.id(), d.family(), d.dimension(), d.knownOptimum() == null ? "-" : d.knownOptimum());
        }
        return t.toString();
    }

    @Descriptor("list the hardware backends")
    public String backends() {
        TextTable t = new TextTable("id", "kind", "name", "memory (MiB)");
        for (DeviceInfo d : platform.backends()) {
            t.row(d.id(), d.kind(), d.name(), d.memoryBytes() >> 20);
        }
        return t.toString();
    }

    /** Runs one job and waits for it; arguments as on the command line. */
    @Descriptor("run one job and wait for it: SOLVER PROBLEM [--param k=v]... [--set k=v]... [--backend ID] [--time-limit S] [--seed N]")
    public String solve(@Descriptor("solver id, optionally @version-range, e.g. optim.lbfgs@[1.0,2)") String solver,
            @Descriptor("problem id, e.g. optim/mgh/rosenbrock") String problem,
            @Descriptor("--param k=v, --set k=v, --backend ID, --time-limit S, --seed N") String... options) {
        try {
            RunSpec spec = parse(solver, problem, options);
            Job job = platform.submit(spec);
            return describe(job.result().join());
        } catch (IllegalArgumentException | IllegalStateException e) {
            return "error: " + e.getMessage();
        }
    }

    static RunSpec parse(String solver, String problem, String... options) {
        RunSpec.Builder b = RunSpec.builder(solver, problem);
        for (int i = 0; i < options.length; i++) {
            String o = options[i];
            if (i + 1 >= options.length) {
                throw new IllegalArgumentException("option " + o + " needs a value; " + SOLVE_USAGE);
            }
            String v = options[++i];
            switch (o) {
                case "--param":
                    b.param(key(v), value(v));
                    break;
                case "--set":
                    b.set(key(v), value(v));
                    break;
                case "--backend":
                    b.backend(v);
                    break;
                case "--time-limit":
                    b.timeLimitSeconds(number(o, v));
                    break;
                case "--seed":
                    b.seed((long) number(o, v));
                    break;
                default:
                    throw new IllegalArgumentException("unknown option " + o + "; " + SOLVE_USAGE);
            }
        }
        return b.build();
    }

    private static String key(String kv) {
        int eq = kv.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("expected k=v, got '" + kv + "'");
        }
        return kv.substring(0, eq);
    }

    private static String value(String kv) {
        return kv.substring(kv.indexOf('=') + 1);
    }

    private static double number(String option, String v) {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " expects a number, got '" + v + "'");
        }
    }

    static String describe(Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s  %s@%s  %s%n", r.status(), r.solverId(), r.solverVersion(),
                r.problemId()));
        if (r.message() != null) {
            sb.append("  ").append(r.message()).append('\n');
        }
        sb.append(String.format(Locale.ROOT, "  objective %.10g, %d iterations, %d evaluations, %.3f s%n",
                r.objective(), r.iterations(), r.evaluations(), r.elapsedSeconds()));
        if (r.certificate() != null) {
            sb.append("  claimed  ").append(r.certificate()).append('\n');
        }
        if (r.verification() != null) {
            sb.append("  verified ").append(r.verification()).append('\n');
        }
        return sb.toString();
    }

    @Descriptor("run a study file into ./results (skips runs already stored)")
    public String study(@Descriptor("study JSON file") String file) {
        return study(file, "results");
    }

    @Descriptor("run a study file into OUTDIR (skips runs already stored)")
    public String study(@Descriptor("study JSON file") String file, @Descriptor("output folder") String outDir) {
        try {
            StudyReport report = platform.runStudy(Path.of(file), Path.of(outDir), new StudyListener() {
                @Override
                public void finished(int index, int runs, String runKey, Result r, boolean skipped) {
                    System.out.printf(Locale.ROOT, "[%d/%d] %-40s %s%s%n", index + 1, runs, runKey, r.status(),
                            skipped ? " (stored)" : "");
                }
            });
            return "study " + report.study() + ": " + report.ran() + " ran, " + report.skipped()
                    + " already stored; results in " + report.directory();
        } catch (IllegalArgumentException | java.util.concurrent.CancellationException | java.io.UncheckedIOException e) {
            return "error: " + e.getMessage();
        }
    }

    @Descriptor("list queued, running and recently finished jobs")
    public String jobs() {
        TextTable t = new TextTable("id", "state", "solver", "problem", "seconds");
        for (Job j : platform.jobs()) {
            t.row(j.id(), j.state(), j.boundSolver(), j.spec().problemId(),
                    String.format(Locale.ROOT, "%.2f", j.elapsedSeconds()));
        }
        return t.toString();
    }

    @Descriptor("cancel a job")
    public String cancel(@Descriptor("job id, e.g. job-3") String id) {
        return platform.cancel(id) ? "cancelling " + id : "error: no running job " + id;
    }

    @Descriptor("show the results stored in a study folder")
    public String results(@Descriptor("study folder, e.g. results/tour") String studyDir) {
        TextTable t = new TextTable("solver", "version", "problem", "status", "objective", "iterations", "verified");
        for (Result r : platform.results(Path.of(studyDir))) {
            t.row(r.solverId(), r.solverVersion(), r.problemId() + (r.problemParameters().isEmpty() ? ""
                    : " " + r.problemParameters()), r.status(), r.objective(), r.iterations(),
                    r.verification() == null ? "-" : r.verification().toString());
        }
        return t.toString();
    }

}
