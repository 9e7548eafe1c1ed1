package org.banach.launch.embed;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;

/**
 * FileInstall installs the jars already in the deploy folder on its own thread; this waits (at most
 * {@value #DEPLOY_WAIT_SECONDS} s) until each bundle among them is active, so that the first job
 * after start sees the deployed solvers. One that does not start in time is logged.
 */
final class DeployFolderWait {

    /** Longest wait at start for the bundles already in the deploy folder to be started by FileInstall. */
    static final int DEPLOY_WAIT_SECONDS = 10;

    private DeployFolderWait() {
    }

    static void awaitDeployed(Framework framework, Path deployDir, Consumer<String> log) {
        if (!fileInstallActive(framework)) {
            return;
        }
        List<Path> waiting;
        try {
            waiting = FolderChecks.jars(deployDir).stream().filter(p -> BundleInstaller.symbolicName(p) != null)
                    .collect(Collectors.toList());
        } catch (IOException e) {
            return;
        }
        long deadline = System.nanoTime() + DEPLOY_WAIT_SECONDS * 1_000_000_000L;
        while (!waiting.isEmpty()) {
            waiting = waiting.stream().filter(p -> !deployedAndStarted(framework, p)).collect(Collectors.toList());
            if (waiting.isEmpty()) {
                return;
            }
            if (System.nanoTime() - deadline > 0) {
                for (Path p : waiting) {
                    log.accept("deploy folder: " + p.getFileName() + " was not started within " + DEPLOY_WAIT_SECONDS
                            + " s of the start");
                }
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static boolean fileInstallActive(Framework framework) {
        for (Bundle b : framework.getBundleContext().getBundles()) {
            if ("org.apache.felix.fileinstall".equals(b.getSymbolicName()) && b.getState() == Bundle.ACTIVE) {
                return true;
            }
        }
        return false;
    }

    /** True when FileInstall has started the bundle of {@code jar}, or reported why it could not. */
    private static boolean deployedAndStarted(Framework framework, Path jar) {
        for (Bundle b : framework.getBundleContext().getBundles()) {
            String loc = b.getLocation();
            if (loc == null || !loc.startsWith("file:") || !loc.endsWith("/" + jar.getFileName())) {
                continue;
            }
            try {
                if (Files.isSameFile(Path.of(URI.create(loc)), jar)) {
                    return b.getState() == Bundle.ACTIVE
                            || (b.getState() == Bundle.RESOLVED && b.getHeaders().get(Constants.FRAGMENT_HOST) != null)
                            || FileInstallLog.failed(loc); // FileInstall logged why; no point waiting
                }
            } catch (IOException | IllegalArgumentException e) {
                // not this one
            }
        }
        return false;
    }
}
