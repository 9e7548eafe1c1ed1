package org.banach.runtime.jobs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.banach.api.Monitor;
import org.banach.api.Status;
import org.banach.api.TracePoint;
import org.banach.api.backend.Backend;

/**
 * The monitor a job hands its solver: collects the trace and the oracle counters, and turns
 * cancellation and the deadline into {@link #stopRequested()}. Thread-safe: the solver writes from
 * its thread while the job engine reads.
 */
public final class RunMonitor implements Monitor {

    /** Trace rows kept at most; beyond that every other row is dropped so memory stays bounded. */
    static final int MAX_TRACE = 100_000;

    private final Backend backend;
    private final double timeLimitSeconds;
    private volatile long startNanos;
    private volatile long deadlineNanos = Long.MAX_VALUE;
    private final List<TracePoint> trace = new ArrayList<>();
    private final Map<String, Long> counters = new LinkedHashMap<>();
    private volatile boolean cancelled;
    private long stride = 1;
    private long reported;

    /**
     * The clock and the deadline start with {@link #start()}, when the job leaves the queue.
     *
     * @param timeLimitSeconds non-finite or non-positive for none
     */
    public RunMonitor(Backend backend, double timeLimitSeconds) {
        this.backend = backend;
        this.timeLimitSeconds = timeLimitSeconds;
        this.startNanos = System.nanoTime();
    }

    /** Starts the clock and the deadline: time spent waiting in the queue does not count. */
    void start() {
        long now = System.nanoTime();
        startNanos = now;
        deadlineNanos = Double.isFinite(timeLimitSeconds) && timeLimitSeconds > 0
                ? now + (long) (timeLimitSeconds * 1e9) : Long.MAX_VALUE;
    }

    @Override
    public synchronized void iteration(long iteration, double objective, double measure) {
        if (reported++ % stride != 0) {
            return;
        }
        trace.add(new TracePoint(iteration, seconds(), objective, measure));
        if (trace.size() >= MAX_TRACE) {
            List<TracePoint> kept = new ArrayList<>(MAX_TRACE / 2 + 1);
            for (int i = 0; i < trace.size(); i += 2) {
                kept.add(trace.get(i));
            }
            trace.clear();
            trace.addAll(kept);
            stride *= 2;
        }
    }

    @Override
    public synchronized void count(String oracle, long n) {
        counters.merge(oracle, n, Long::sum);
    }

    @Override
    public boolean stopRequested() {
        return stopReason() != null;
    }

    @Override
    public Status stopReason() {
        if (cancelled) {
            return Status.CANCELLED;
        }
        return timedOut() ? Status.TIME_LIMIT : null;
    }

    @Override
    public Backend backend() {
        return backend;
    }

    void cancel() {
        cancelled = true;
    }

    boolean timedOut() {
        return deadlineNanos != Long.MAX_VALUE && System.nanoTime() - deadlineNanos >= 0;
    }

    /** Nanoseconds until the deadline (Long.MAX_VALUE when there is none; negative once past). */
    long nanosToDeadline() {
        return deadlineNanos == Long.MAX_VALUE ? Long.MAX_VALUE : deadlineNanos - System.nanoTime();
    }

    double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    synchronized List<TracePoint> trace() {
        return List.copyOf(trace);
    }

    synchronized Map<String, Long> counters() {
        return new LinkedHashMap<>(counters);
    }
}
