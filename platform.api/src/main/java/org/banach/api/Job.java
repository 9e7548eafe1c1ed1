package org.banach.api;

import java.util.concurrent.CompletableFuture;

/** A submitted run. Its result future always completes, whatever the solver does. */
public interface Job {

    String id();

    RunSpec spec();

    JobState state();

    /** Solver id and version bound when the job started (null while queued). */
    String boundSolver();

    /** Seconds since the job started running (0 while queued). */
    double elapsedSeconds();

    /** Completes with the verified result; never completes exceptionally. */
    CompletableFuture<Result> result();

    /** Requests cancellation; returns false when the job had already finished. */
    boolean cancel();
}
