package org.banach.runtime.platform;

import java.util.LinkedHashMap;
import java.util.Map;

import org.banach.api.backend.Backend;
import org.banach.runtime.catalog.SolverEntry;

/**
 * What every stored result names about where it came from: the solver's bundle, version and
 * content checksum, the backend's device, the runtime, the JVM and the OS.
 */
final class Provenance {

    private final String runtimeVersion;

    Provenance(String runtimeVersion) {
        this.runtimeVersion = runtimeVersion;
    }

    Map<String, String> of(SolverEntry solver, Backend backend) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("solverBundle", solver.bundle());
        p.put("solverBundleVersion", solver.version().toString());
        p.put("solverBundleSha256", solver.bundleChecksum());
        p.put("device", backend == null ? "none" : backend.device().name());
        p.put("runtimeVersion", runtimeVersion);
        p.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        p.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return p;
    }
}
