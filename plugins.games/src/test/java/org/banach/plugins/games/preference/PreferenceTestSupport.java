package org.banach.plugins.games.preference;

import org.banach.api.backend.Backend;
import org.banach.api.conformance.TestMonitor;
import org.banach.runtime.cpu.CpuBackend;

/** A test monitor that hands out the CPU backend. */
final class PreferenceTestSupport {

    private static final Backend CPU = new CpuBackend();

    private PreferenceTestSupport() {
    }

    static TestMonitor monitor() {
        return new TestMonitor() {
            @Override
            public Backend backend() {
                return CPU;
            }
        };
    }
}
