package org.banach.runtime.jobs;

import java.util.concurrent.CompletableFuture;

import org.banach.api.Job;
import org.banach.api.JobState;
import org.banach.api.Result;
import org.banach.api.RunSpec;

/** A job of the engine: its bound run, its state and a result future that always completes. */
final class JobImpl implements Job {

    private final String id;
    private final BoundRun run;
    private final CompletableFuture<Result> result = new CompletableFuture<>();
    private final RunMonitor monitor;
    private volatile JobState state = JobState.QUEUED;
    private volatile long startNanos;
    private volatile long endNanos;
    private volatile boolean cancelRequested;

    JobImpl(String id, BoundRun run) {
        this.id = id;
        this.run = run;
        this.monitor = new RunMonitor(run.backend(), run.timeLimitSeconds());
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public RunSpec spec() {
        return run.spec();
    }

    BoundRun run() {
        return run;
    }

    RunMonitor monitor() {
        return monitor;
    }

    @Override
    public JobState state() {
        return state;
    }

    @Override
    public String boundSolver() {
        return run.solver().label();
    }

    @Override
    public double elapsedSeconds() {
        long s = startNanos;
        if (s == 0) {
            return 0;
        }
        long e = endNanos == 0 ? System.nanoTime() : endNanos;
        return (e - s) / 1e9;
    }

    @Override
    public CompletableFuture<Result> result() {
        return result.copy();
    }

    @Override
    public boolean cancel() {
        if (state == JobState.DONE) {
            return false;
        }
        cancelRequested = true;
        monitor.cancel();
        return true;
    }

    boolean cancelRequested() {
        return cancelRequested;
    }

    void markRunning() {
        monitor.start();
        startNanos = System.nanoTime();
        state = JobState.RUNNING;
    }

    void complete(Result r) {
        endNanos = System.nanoTime();
        state = JobState.DONE;
        result.complete(r);
    }

    @Override
    public String toString() {
        return id + " " + state + " " + boundSolver() + " on " + run.spec().problemId();
    }
}
