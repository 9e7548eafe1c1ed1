package org.banach.plugins.optim.transport;

import java.util.HashMap;
import java.util.Map;

import org.banach.api.Monitor;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.Status;
import org.banach.api.backend.Backend;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.optim.OptimalTransport;
import org.banach.runtime.cpu.CpuBackend;
import org.banach.runtime.verify.MarginalErrorVerifier;

/** Helpers for the transport tests: a monitor with the CPU backend, settings from "k=v", the runtime's verification. */
final class TransportTestSupport {

    static final Backend CPU = new CpuBackend();

    private TransportTestSupport() {
    }

    /** The conformance kit's monitor with the CPU backend and an optional scripted stop. */
    static final class BackendMonitor extends TestMonitor {
        private final long stopAt;
        private long polls;

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
        public boolean stopRequested() {
            super.stopRequested();
            return ++polls >= stopAt;
        }

        @Override
        public Status stopReason() {
            return polls >= stopAt ? Status.CANCELLED : null;
        }
    }

    /** Solves and returns the result with the run's settings attached, as the runtime records them. */
    static Result solve(Solver<OptimalTransport> solver, OptimalTransport p, Monitor m, String... settings) {
        Map<String, String> given = new HashMap<>();
        for (String s : settings) {
            int eq = s.indexOf('=');
            given.put(s.substring(0, eq), s.substring(eq + 1));
        }
        Settings st = Settings.validate(solver.parameters(), given, 7L);
        return solver.solve(p, st, m).toBuilder().settings(st.asMap()).build();
    }

    static Result solve(Solver<OptimalTransport> solver, OptimalTransport p, String... settings) {
        return solve(solver, p, new BackendMonitor(), settings);
    }

    /** The runtime verifier's certificate value for the result. */
    static double verified(OptimalTransport p, Result r) {
        return new MarginalErrorVerifier().verify(p, r, 1e-9).value();
    }
}
