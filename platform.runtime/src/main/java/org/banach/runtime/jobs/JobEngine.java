package org.banach.runtime.jobs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.banach.api.Job;
import org.banach.api.Result;
import org.banach.api.Status;

/**
 * Runs jobs: a bounded queue in front of a fixed number of job slots. Each job's solver runs on its
 * own daemon thread; the slot waits for it until the deadline (or a cancellation), then gives the
 * solver a grace period to return its last iterate, then interrupts and finally abandons it. So a
 * solver that ignores cancellation or hangs still yields a TIME_LIMIT or CANCELLED result and never
 * blocks the runtime. Results are never lost: every job's future completes exactly once.
 */
public final class JobEngine implements AutoCloseable {

    /** How many finished jobs are remembered for {@link #jobs()}. */
    static final int FINISHED_KEPT = 1000;

    private final ThreadPoolExecutor slots;
    private final long graceNanos;
    private final ResultFinisher finisher;
    private final AtomicLong ids = new AtomicLong();
    private final Map<String, JobImpl> jobs = new ConcurrentHashMap<>();
    private final AtomicLong solverThreads = new AtomicLong();
    /** Finished jobs in completion order, so the oldest are forgotten first in O(1). */
    private final Queue<String> finished = new ConcurrentLinkedQueue<>();
    /** Threads that run solvers: reused between jobs; a hung solver keeps its thread, never a slot. */
    private final ExecutorService solverThreadPool = Executors.newCachedThreadPool(
            r -> daemon(r, "banach-solver-" + solverThreads.incrementAndGet()));

    /**
     * @param parallelism jobs running at once
     * @param queueCapacity jobs waiting at most; more are refused
     * @param graceSeconds how long a stopped solver may take to return
     */
    public JobEngine(int parallelism, int queueCapacity, double graceSeconds, ResultFinisher finisher) {
        this.slots = new ThreadPoolExecutor(parallelism, parallelism, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(queueCapacity), r -> daemon(r, "banach-job-slot"));
        this.slots.allowCoreThreadTimeOut(true);
        this.graceNanos = (long) (graceSeconds * 1e9);
        this.finisher = finisher;
    }

    /**
     * Queues a bound run.
     *
     * @throws IllegalStateException when the queue is full or the engine is closed
     */
    public Job submit(BoundRun run) {
        JobImpl job = new JobImpl("job-" + ids.incrementAndGet(), run);
        jobs.put(job.id(), job);
        try {
            slots.execute(() -> execute(job));
        } catch (RejectedExecutionException e) {
            jobs.remove(job.id());
            throw new IllegalStateException(slots.isShutdown() ? "the runtime is shutting down; job refused"
                    : "the job queue is full (" + slots.getQueue().size() + " waiting); try again later");
        }
        return job;
    }

    public List<Job> jobs() {
        List<Job> list = new ArrayList<>(jobs.values());
        list.sort(Comparator.comparingLong(j -> Long.parseLong(j.id().substring(4))));
        return list;
    }

    public Optional<Job> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    public boolean cancel(String id) {
        JobImpl j = jobs.get(id);
        return j != null && j.cancel();
    }

    private void execute(JobImpl job) {
        Result stamped;
        try {
            job.markRunning();
            Result raw = job.cancelRequested() ? Result.failure(Status.CANCELLED, "cancelled before it started")
                    : runSolver(job);
            stamped = stamp(job, raw);
            stamped = finisher.finish(job.run(), stamped);
        } catch (RuntimeException | Error e) {
            stamped = stamp(job, Result.failure(Status.FAILED, "the runtime failed while finishing the job: " + describe(e)));
        }
        job.complete(stamped);
        forget(job);
    }

    private Result runSolver(JobImpl job) {
        BoundRun run = job.run();
        RunMonitor monitor = job.monitor();
        CompletableFuture<Result> out = new CompletableFuture<>();
        Future<?> t = solverThreadPool.submit(() -> {
            try {
                out.complete(invoke(run, monitor));
            } catch (Throwable e) {
                out.complete(Result.failure(Status.FAILED, "solver " + run.solver().label() + " threw " + describe(e)));
            } finally {
                Thread.interrupted(); // a pooled thread must not carry an interrupt into the next job
            }
        });
        while (true) {
            long wait = Math.min(monitor.nanosToDeadline(), TimeUnit.MILLISECONDS.toNanos(50));
            try {
                Result r = out.get(Math.max(wait, 0), TimeUnit.NANOSECONDS);
                return r == null ? Result.failure(Status.FAILED, "solver " + run.solver().label() + " returned no result") : r;
            } catch (TimeoutException e) {
                Status reason = monitor.stopReason();
                if (reason != null) {
                    return awaitStopped(run, out, t, reason);
                }
            } catch (InterruptedException e) {
                monitor.cancel();
                Thread.currentThread().interrupt();
                return awaitStopped(run, out, t, Status.CANCELLED);
            } catch (ExecutionException e) {
                return Result.failure(Status.FAILED, describe(e.getCause()));
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Result invoke(BoundRun run, RunMonitor monitor) {
        return ((org.banach.api.Solver) run.solver().solver()).solve(run.problem(), run.settings(), monitor);
    }

    /**
     * The solver was told to stop: give it the grace period, then interrupt, then abandon it. A
     * solver that fails or throws while being stopped ends with the stop reason, not FAILED: the
     * failure is a consequence of the stop.
     */
    private Result awaitStopped(BoundRun run, CompletableFuture<Result> out, Future<?> t, Status reason) {
        Result r = awaitOrAbandon(run, out, t, reason);
        if (r.status() == Status.FAILED) {
            String why = reason == Status.TIME_LIMIT ? "time limit of " + run.timeLimitSeconds() + " s reached"
                    : "cancelled";
            return r.toBuilder().status(reason).message(why + "; while stopping, " + r.message()).build();
        }
        return r;
    }

    private Result awaitOrAbandon(BoundRun run, CompletableFuture<Result> out, Future<?> t, Status reason) {
        try {
            Result r = out.get(graceNanos, TimeUnit.NANOSECONDS);
            if (r != null) {
                return r;
            }
        } catch (TimeoutException e) {
            t.cancel(true);
            try {
                Result r = out.get(Math.max(graceNanos / 4, TimeUnit.MILLISECONDS.toNanos(100)), TimeUnit.NANOSECONDS);
                if (r != null) {
                    return r;
                }
            } catch (TimeoutException | ExecutionException e2) {
                // abandoned below
            } catch (InterruptedException e2) {
                Thread.currentThread().interrupt();
            }
        } catch (ExecutionException e) {
            // fall through
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String why = reason == Status.TIME_LIMIT ? "time limit of " + run.timeLimitSeconds() + " s reached" : "cancelled";
        return Result.failure(reason, why + "; solver " + run.solver().label()
                + " did not return within the grace period, so its thread was abandoned and no iterate is available");
    }

    private static Result stamp(JobImpl job, Result raw) {
        BoundRun run = job.run();
        RunMonitor m = job.monitor();
        Map<String, Long> counters = new LinkedHashMap<>(raw.counters());
        m.counters().forEach((k, v) -> counters.merge(k, v, Long::sum));
        Result.Builder b = raw.toBuilder()
                .solver(run.solver().id(), run.solver().version().toString())
                .backend(run.backend() == null ? null : run.backend().id())
                .seed(run.spec().seed())
                .settings(run.settings() == null ? Map.of() : run.settings().asMap())
                .problem(run.spec().problemId(), run.spec().problemParameters())
                .counters(counters)
                .elapsedSeconds(m.seconds())
                .provenance(run.provenance());
        if (raw.trace().isEmpty()) {
            b.trace(m.trace());
        }
        return b.build();
    }

    static String describe(Throwable e) {
        String msg = e.getMessage();
        return e.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
    }

    private void forget(JobImpl job) {
        finished.add(job.id());
        while (finished.size() > FINISHED_KEPT) {
            String oldest = finished.poll();
            if (oldest != null) {
                jobs.remove(oldest);
            }
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Cancels every job and stops taking new ones; waits briefly for running ones. */
    @Override
    public void close() {
        slots.shutdown();
        jobs.values().forEach(JobImpl::cancel);
        try {
            slots.awaitTermination(graceNanos * 2 + TimeUnit.SECONDS.toNanos(1), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        slots.shutdownNow();
        solverThreadPool.shutdownNow();
        // Jobs still queued never ran: complete them so no caller waits forever.
        for (JobImpl j : jobs.values()) {
            if (j.state() != org.banach.api.JobState.DONE) {
                j.complete(stamp(j, Result.failure(Status.CANCELLED, "the runtime shut down before the job finished")));
            }
        }
    }
}
