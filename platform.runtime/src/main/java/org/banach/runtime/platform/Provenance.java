package org.banach.runtime.platform;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.banach.api.backend.Backend;
import org.banach.runtime.catalog.SolverEntry;

/**
 * What every stored result names about where it came from: the solver's bundle, version and
 * checksum, the backend's device, the JVM and the host.
 */
final class Provenance {

    private final Map<String, String> checksums = new ConcurrentHashMap<>();
    private final String runtimeVersion;

    Provenance(String runtimeVersion) {
        this.runtimeVersion = runtimeVersion;
    }

    Map<String, String> of(SolverEntry solver, Backend backend) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("solverBundle", solver.bundle());
        p.put("solverBundleVersion", solver.version().toString());
        p.put("solverBundleSha256", checksum(solver.bundleLocation()));
        p.put("device", backend == null ? "none" : backend.device().name());
        p.put("runtimeVersion", runtimeVersion);
        p.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        p.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return p;
    }

    /** SHA-256 of the bundle file behind a location such as {@code reference:file:/x.jar}, or "unknown". */
    String checksum(String location) {
        if (location == null) {
            return "unknown";
        }
        return checksums.computeIfAbsent(location, Provenance::hashLocation);
    }

    private static String hashLocation(String location) {
        String l = location.startsWith("reference:") ? location.substring("reference:".length()) : location;
        try {
            Path file = l.startsWith("file:") ? Path.of(URI.create(l)) : Path.of(l);
            if (!Files.isRegularFile(file)) {
                return "unknown";
            }
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0;) {
                    md.update(buf, 0, n);
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException | IllegalArgumentException | NoSuchAlgorithmException e) {
            return "unknown";
        }
    }
}
