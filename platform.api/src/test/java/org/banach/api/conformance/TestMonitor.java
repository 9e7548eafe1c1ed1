package org.banach.api.conformance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.banach.api.Monitor;
import org.banach.api.Status;
import org.banach.api.backend.Backend;

/**
 * A {@link Monitor} for tests: it records every reported iteration and every counter, and can be
 * scripted to request a stop (with a given reason) from the N-th call of {@link #stopRequested()}
 * on, so limits and cancellation are tested by call counts, never by sleeping or timing.
 *
 * <p>{@link #backend()} returns {@code null}: the kit tests solver logic, and a solver of the
 * smooth family must not need a backend for small dense problems. A solver that does need one should
 * exclude the tests it cannot run or override {@link SmoothSolverConformance#monitor()}.
 *
 * <p>Not thread-safe: one monitor per run.
 */
public class TestMonitor implements Monitor {

    /** One reported iteration. */
    public record Point(long iteration, double objective, double measure) {
    }

    private final List<Point> trace = new ArrayList<>();
    private final Map<String, Long> counters = new LinkedHashMap<>();
    private long stopAfterCalls = Long.MAX_VALUE;
    private Status scriptedReason;
    private long stopCalls;
    private int iterationsAfterStop;

    /** A monitor that never asks to stop. */
    public TestMonitor() {
    }

    /**
     * A monitor whose {@link #stopRequested()} returns true from its {@code calls}-th call on (1 means
     * at once), with {@link #stopReason()} then returning {@code reason}.
     */
    public static TestMonitor stoppingAfter(long calls, Status reason) {
        if (calls < 1) {
            throw new IllegalArgumentException("calls must be >= 1");
        }
        TestMonitor m = new TestMonitor();
        m.stopAfterCalls = calls;
        m.scriptedReason = reason;
        return m;
    }

    @Override
    public void iteration(long iteration, double objective, double measure) {
        trace.add(new Point(iteration, objective, measure));
        if (stopping()) {
            iterationsAfterStop++;
        }
    }

    @Override
    public void count(String oracle, long n) {
        counters.merge(oracle, n, Long::sum);
    }

    @Override
    public boolean stopRequested() {
        stopCalls++;
        return stopping();
    }

    private boolean stopping() {
        return stopCalls >= stopAfterCalls;
    }

    @Override
    public Status stopReason() {
        return stopping() ? scriptedReason : null;
    }

    /** Always null; see the class comment. */
    @Override
    public Backend backend() {
        return null;
    }

    /** The reported iterations, in order. */
    public List<Point> trace() {
        return Collections.unmodifiableList(trace);
    }

    /** Counter totals by oracle name. */
    public Map<String, Long> counters() {
        return Collections.unmodifiableMap(counters);
    }

    /** The total counted for {@code oracle}, 0 when never counted. */
    public long counter(String oracle) {
        return counters.getOrDefault(oracle, 0L);
    }

    /** How often {@link #stopRequested()} was called. */
    public long stopPolls() {
        return stopCalls;
    }

    /** Iterations reported after the scripted stop became visible. */
    public int iterationsAfterStop() {
        return iterationsAfterStop;
    }
}
