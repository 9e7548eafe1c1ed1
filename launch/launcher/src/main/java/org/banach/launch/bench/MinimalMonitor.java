package org.banach.launch.bench;

import org.banach.api.Monitor;
import org.banach.api.Status;
import org.banach.api.backend.Backend;

/** The least a host must give a solver: no trace, no counters, never stops (subclasses may keep more). */
public class MinimalMonitor implements Monitor {
    private final Backend backend;

    public MinimalMonitor(Backend backend) {
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
