package org.banach.launch.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.banach.api.Certificate;
import org.banach.api.Job;
import org.banach.api.Result;
import org.banach.api.ResultMaps;
import org.banach.api.RunSpec;
import org.banach.api.Verification;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** banach solve. */
@Command(name = "solve", sortOptions = false,
        description = {"Solve one problem with one solver; print the verified result.",
            "The exit code is the run's status: 0 CONVERGED, 10 ITERATION_LIMIT, 11 TIME_LIMIT, 12 CANCELLED, "
                    + "13 DIVERGED, 14 INFEASIBLE, 15 NUMERICAL_ERROR, 16 INVALID_INPUT, 17 FAILED; 2 for bad usage."},
        footer = {"%nExamples:", "  banach solve optim.lbfgs optim/mgh/rosenbrock",
            "  banach solve optim.gd optim/rosenbrock --param n=10 --set maxIterations=500 --json",
            "%nExit codes:%n" + Main.EXIT_CODES})
final class SolveCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SOLVER",
            description = "Solver id, optionally pinned to a version range: optim.lbfgs or 'optim.lbfgs@[1.0,2)'.")
    String solver;

    @Parameters(index = "1", paramLabel = "PROBLEM", description = "Problem id, e.g. optim/mgh/rosenbrock (see 'banach problems').")
    String problem;

    @Option(names = "--param", paramLabel = "K=V", description = "A problem parameter (repeatable), e.g. --param n=100.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--set", paramLabel = "K=V", description = "A solver setting (repeatable); see 'banach solvers -l'.")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--backend", paramLabel = "ID", description = "Backend id (default: the platform's choice, cpu).")
    String backend;

    @Option(names = "--time-limit", paramLabel = "S", description = "Wall-clock limit in seconds (default: the platform's).")
    Double timeLimit;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0", description = "Seed for any randomness (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print the result as ONE JSON object (status, objective, iterations, "
            + "evaluations, elapsedSeconds, solution, solver{id,version}, backend, certificate, verified, ...).")
    boolean json;

    @Mixin
    RuntimeOptions runtime;

    @Override
    public Integer call() throws InterruptedException {
        if (timeLimit != null && !(timeLimit > 0)) {
            throw new IllegalArgumentException("--time-limit must be a positive number of seconds, got " + timeLimit);
        }
        RunSpec.Builder b = RunSpec.builder(solver, problem).params(params).settings(settings).seed(seed);
        if (backend != null) {
            b.backend(backend);
        }
        if (timeLimit != null) {
            b.timeLimitSeconds(timeLimit);
        }
        RunSpec spec = b.build();
        try (Session s = Session.open(runtime, false)) {
            Job job = s.platform().submit(spec);
            s.onInterrupt(job::cancel);
            Result r;
            try {
                r = job.result().get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("the job failed without a result: " + e.getCause(), e.getCause());
            }
            if (json) {
                Cli.out().println(Cli.json(ResultMaps.toMap(r)));
            } else {
                summary(Cli.out(), r);
            }
            return r.status().exitCode();
        }
    }

    static void summary(PrintStream out, Result r) {
        String params = r.problemParameters().isEmpty() ? ""
                : r.problemParameters().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(", ", " (", ")"));
        out.println(r.solverId() + " " + r.solverVersion() + " on " + r.problemId() + params
                + (r.backend() == null ? "" : " [" + r.backend() + "]"));
        out.println("  status       " + r.status() + (r.message() == null ? "" : ": " + r.message()));
        out.println("  objective    " + Cli.num(r.objective()));
        out.println("  iterations   " + r.iterations() + "   evaluations " + r.evaluations()
                + (Double.isNaN(r.elapsedSeconds()) ? "" : String.format(Locale.ROOT, "   time %.3g s", r.elapsedSeconds())));
        double[] x = r.solution();
        if (x.length > 0) {
            String shown = Arrays.stream(x, 0, Math.min(x.length, 6)).mapToObj(Cli::num)
                    .collect(Collectors.joining(", ", "[", x.length > 6 ? ", ... (" + x.length + " entries)]" : "]"));
            out.println("  solution     " + shown);
        }
        double[] payoffs = r.series().get("payoffs");
        if (payoffs != null) {
            double[] value = r.series().get("game-value");
            out.println("  payoffs      " + Arrays.stream(payoffs).mapToObj(Cli::num).collect(Collectors.joining(", ", "[", "]"))
                    + (value == null ? "" : "   game value " + Cli.num(value[0])) + " (recomputed by the runtime)");
        }
        Certificate c = r.certificate();
        out.println("  certificate  " + (c == null ? "none claimed"
                : c.criterion() + " = " + Cli.num(c.value()) + (c.satisfied() ? " <= " : " > ") + Cli.num(c.tolerance())
                        + " (claimed by the solver)"));
        Verification v = r.verification();
        out.println("  verified     " + (v == null ? "not verified"
                : v.criterion() + " = " + Cli.num(v.value()) + (v.satisfied() ? " <= " : " > ") + Cli.num(v.tolerance())
                        + (v.satisfied() ? ", holds" : ", FAILS") + (v.agrees() ? ", agrees with the claim" : ", DISAGREES with the claim")
                        + (v.message() == null ? "" : " (" + v.message() + ")")));
    }
}
