package org.banach.launch.bench.optim;

import org.banach.api.Monitor;
import org.banach.api.Status;
import org.banach.api.backend.Backend;

/** What the benchmark gives a solver it calls directly: no trace, never stops (the solver reports its evaluations itself). */
final class DirectMonitor implements Monitor {
    private final Backend backend;

    DirectMonitor(Backend backend) {
        this.backend = backend;
    }

    @Override
    public void iteration(long iteration, double objective, double measure) {
    }

    @Override
    public void count(String oracle, long n) {
    }

    @Override
    public boolean stopRequested() {
        return false;
    }

    @Override
    public Status stopReason() {
        return null;
    }

    @Override
    public Backend backend() {
        return backend;
    }
}
