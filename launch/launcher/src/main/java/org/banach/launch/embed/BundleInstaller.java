package org.banach.launch.embed;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;

/**
 * Installs the jars of the bundles folder into a started framework and starts the non-fragments.
 * Skipped: jars that are not bundles, the platform.api jar (its packages come from the host class
 * path) and the Gogo bundles that were not asked for. A bundle that fails to install or start is
 * logged (one line with the reason) and the others keep going.
 */
final class BundleInstaller {

    static final String GOGO_RUNTIME = "org.apache.felix.gogo.runtime";
    static final String GOGO_COMMAND = "org.apache.felix.gogo.command";
    static final String GOGO_SHELL = "org.apache.felix.gogo.shell";

    private final boolean gogo;
    private final boolean interactiveShell;
    private final Consumer<String> log;

    BundleInstaller(StartOptions options) {
        this.gogo = options.gogo();
        this.interactiveShell = options.interactiveShell();
        this.log = options.log();
    }

    /** Installs {@code jars}, then starts them; bundle id to reason for each that failed to start. */
    void installAndStart(Framework framework, List<Path> jars, Map<Long, String> failures) {
        for (Bundle b : install(framework, jars)) {
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
                continue;
            }
            try {
                b.start();
            } catch (BundleException | RuntimeException e) {
                String reason = FailureReason.of(e);
                failures.put(b.getBundleId(), reason);
                log.accept("bundle " + b.getSymbolicName() + " " + b.getVersion() + " failed to start: " + reason);
            }
        }
    }

    private List<Bundle> install(Framework framework, List<Path> jars) {
        List<Bundle> installed = new ArrayList<>();
        for (Path jar : jars) {
            String bsn = symbolicName(jar);
            if (bsn == null) {
                log.accept("skipping " + jar.getFileName() + ": not an OSGi bundle (no Bundle-SymbolicName)");
                continue;
            }
            if (ApiExports.API_BSN.equals(bsn)) {
                log.accept("skipping " + jar.getFileName() + ": the API packages are shared from the host class path");
                continue;
            }
            if (!wanted(bsn)) {
                continue;
            }
            try {
                installed.add(framework.getBundleContext().installBundle("reference:" + jar.toUri()));
            } catch (BundleException e) {
                log.accept("bundle " + jar.getFileName() + " could not be installed: " + FailureReason.of(e));
            }
        }
        return installed;
    }

    /** False for the Gogo bundles that were not asked for. */
    private boolean wanted(String bsn) {
        boolean shell = GOGO_SHELL.equals(bsn);
        boolean gogoPart = GOGO_RUNTIME.equals(bsn) || GOGO_COMMAND.equals(bsn);
        return !((shell && !interactiveShell) || (gogoPart && !(gogo || interactiveShell)));
    }

    /** The Bundle-SymbolicName of a jar (without directives), or null when it has none or is unreadable. */
    static String symbolicName(Path jar) {
        try (JarFile jf = new JarFile(jar.toFile())) {
            Manifest mf = jf.getManifest();
            String bsn = mf == null ? null : mf.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
            return bsn == null ? null : bsn.split(";")[0].trim();
        } catch (IOException e) {
            return null;
        }
    }
}
