package org.banach.runtime.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.banach.api.Certificate;
import org.banach.api.Job;
import org.banach.api.JobState;
import org.banach.api.Result;
import org.banach.api.RunSpec;
import org.banach.api.Status;
import org.banach.api.TracePoint;
import org.banach.api.Verification;

/**
 * A {@link RunExecutor} whose jobs complete at once with a made-up result. Solver or problem ids
 * starting with {@code bad} fail validation. Records what was validated and submitted.
 */
final class FakeExecutor implements RunExecutor {

    final List<RunSpec> validated = new ArrayList<>();
    final List<RunSpec> submitted = new ArrayList<>();
    final List<FakeJob> jobs = new ArrayList<>();
    /** Makes each job's future; by default a completed one with {@link #resultFor}. */
    Function<RunSpec, CompletableFuture<Result>> futures = spec -> CompletableFuture.completedFuture(resultFor(spec));

    @Override
    public void validate(RunSpec spec) {
        validated.add(spec);
        if (spec.solver().startsWith("bad")) {
            throw new IllegalArgumentException("unknown solver '" + spec.solver() + "'");
        }
        if (spec.problemId().startsWith("bad")) {
            throw new IllegalArgumentException("unknown problem '" + spec.problemId() + "'");
        }
    }

    @Override
    public Job submit(RunSpec spec) {
        submitted.add(spec);
        FakeJob job = new FakeJob("job-" + submitted.size(), spec, futures.apply(spec));
        jobs.add(job);
        return job;
    }

    /** A converged result whose figures derive from the spec (so reruns give equal results). */
    static Result resultFor(RunSpec spec) {
        int n = spec.problemParameters().containsKey("n") ? Integer.parseInt(spec.problemParameters().get("n")) : 2;
        double rate = spec.solver().contains("lbfgs") ? 0.1 : 0.5;
        List<TracePoint> trace = new ArrayList<>();
        double m = 10.0 * n;
        int k = 0;
        for (; m > 1e-6; k++) {
            trace.add(new TracePoint(k, k * 1e-3, m * m, m));
            m *= rate;
        }
        double tol = Double.parseDouble(spec.settings().getOrDefault("tolerance", "1e-6"));
        return Result.builder(Status.CONVERGED)
                .objective(m * m)
                .iterations(k)
                .evaluations(k + 1)
                .elapsedSeconds(k * 1e-3)
                .solution(new double[] {1, 1})
                .trace(trace)
                .certificate(Certificate.of(Certificate.GRADIENT_NORM, m, tol))
                .verification(new Verification(Certificate.GRADIENT_NORM, m * 1.01, tol, m * 1.01 <= tol, true, null))
                .solver(spec.solver().replaceAll("@.*", ""), "1.2.3")
                .backend(spec.backend() == null ? "cpu" : spec.backend())
                .seed(spec.seed())
                .problem(spec.problemId(), spec.problemParameters())
                .provenance(Map.of("jvm", "test"))
                .build();
    }

    static final class FakeJob implements Job {
        private final String id;
        private final RunSpec spec;
        private final CompletableFuture<Result> result;
        boolean cancelled;

        FakeJob(String id, RunSpec spec, CompletableFuture<Result> result) {
            this.id = id;
            this.spec = spec;
            this.result = result;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public RunSpec spec() {
            return spec;
        }

        @Override
        public JobState state() {
            return result.isDone() ? JobState.DONE : JobState.RUNNING;
        }

        @Override
        public String boundSolver() {
            return spec.solver();
        }

        @Override
        public double elapsedSeconds() {
            return 0;
        }

        @Override
        public CompletableFuture<Result> result() {
            return result;
        }

        @Override
        public boolean cancel() {
            cancelled = true;
            return !result.isDone();
        }
    }
}
