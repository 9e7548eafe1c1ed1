package org.banach.plugins.optim.linear;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.banach.api.Monitor;
import org.banach.api.Problem;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.Status;
import org.banach.api.backend.Backend;
import org.banach.api.conformance.TestMonitor;
import org.banach.runtime.cpu.CpuBackend;

/** Helpers for the linear-solver tests: a monitor with the CPU backend, settings from "k=v" pairs, slopes. */
final class LinearTestSupport {

    static final Backend CPU = new CpuBackend();

    private LinearTestSupport() {
    }

    /**
     * The conformance kit's {@link TestMonitor} (whose backend is null) with the CPU backend, an
     * optional scripted stop from the N-th poll on, and the {@code sweep} counter at each reported iteration.
     */
    static final class BackendMonitor extends TestMonitor {
        private final long stopAt;
        private long polls;
        final List<Long> sweepsAtIteration = new ArrayList<>();

        BackendMonitor() {
            this(Long.MAX_VALUE);
        }

        BackendMonitor(long stopAt) {
            this.stopAt = stopAt;
        }

        @Override
        public Backend backend() {
            return CPU;
        }

        @Override
        public void iteration(long iteration, double objective, double measure) {
            super.iteration(iteration, objective, measure);
            sweepsAtIteration.add(counter("sweep"));
        }

        @Override
        public boolean stopRequested() {
            super.stopRequested();
            return ++polls >= stopAt;
        }

        @Override
        public Status stopReason() {
            return polls >= stopAt ? Status.CANCELLED : null;
        }
    }

    @SuppressWarnings("unchecked")
    static <P extends Problem> Result solve(Solver<P> solver, Problem p, Monitor m, String... settings) {
        Map<String, String> given = new HashMap<>();
        for (String s : settings) {
            int eq = s.indexOf('=');
            given.put(s.substring(0, eq), s.substring(eq + 1));
        }
        return solver.solve((P) p, Settings.validate(solver.parameters(), given, 7L), m);
    }

    static <P extends Problem> Result solve(Solver<P> solver, Problem p, String... settings) {
        return solve(solver, p, new BackendMonitor(), settings);
    }

    /** max_i |x_i − 1|. */
    static double distanceToOnes(double[] x) {
        double d = 0;
        for (double v : x) {
            d = Math.max(d, Math.abs(v - 1));
        }
        return d;
    }
}
