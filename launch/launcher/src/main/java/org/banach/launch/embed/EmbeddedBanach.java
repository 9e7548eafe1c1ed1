package org.banach.launch.embed;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.banach.api.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A running Banach runtime inside this JVM, made by {@link Banach#builder()}. Thread-safe.
 * {@link #close()} stops the framework, waits for it and deletes a temporary storage folder.
 */
public final class EmbeddedBanach implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    static final String RUNTIME_BSN = "org.banach.platform.runtime";

    private final Framework framework;
    private final Path bundles;
    private final Path deploy;
    private final Path storage;
    private final boolean deleteStorage;
    private final Path goshHome;
    private final Map<Long, String> startFailures;
    private final Duration timeout;
    private final ServiceTracker<Platform, Platform> tracker;
    private boolean closed;

    EmbeddedBanach(Framework framework, Path bundles, Path deploy, Path storage, boolean deleteStorage, Path goshHome,
            Map<Long, String> startFailures, Duration timeout) {
        this.goshHome = goshHome;
        this.framework = framework;
        this.bundles = bundles;
        this.deploy = deploy;
        this.storage = storage;
        this.deleteStorage = deleteStorage;
        this.startFailures = startFailures;
        this.timeout = timeout;
        this.tracker = new ServiceTracker<>(framework.getBundleContext(), Platform.class, null);
        this.tracker.open();
    }

    /**
     * The Platform service, waiting for it up to the start timeout. Call it again after the runtime
     * bundle was updated: the service object is then a new one.
     *
     * @throws BanachStartException when it does not appear in time, or at once when the runtime bundle
     *         ({@code org.banach.platform.runtime}) is missing or failed to start: the message lists
     *         the bundles that are not active and the components that are not satisfied, with reasons
     */
    public Platform platform() {
        return platform(timeout);
    }

    /** {@link #platform()} with an explicit timeout. */
    public Platform platform(Duration wait) {
        ensureOpen();
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                Platform p = tracker.waitForService(Math.max(1, Math.min(100, left / 1_000_000)));
                if (p != null) {
                    return p;
                }
                String hopeless = runtimeBundleProblem();
                if (hopeless != null) {
                    throw new BanachStartException(hopeless + System.lineSeparator() + diagnostics());
                }
                if (System.nanoTime() - deadline >= 0) {
                    throw new BanachStartException("the runtime did not become ready within " + seconds(wait)
                            + ": no org.banach.api.Platform service" + System.lineSeparator() + diagnostics());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BanachStartException("interrupted while waiting for the Platform service");
        }
    }

    /** Why the Platform service cannot appear (the runtime bundle is missing or did not start); null if it still may. */
    private String runtimeBundleProblem() {
        if (framework.getState() != Bundle.ACTIVE) {
            return "the OSGi framework stopped";
        }
        for (Bundle b : framework.getBundleContext().getBundles()) {
            if (RUNTIME_BSN.equals(b.getSymbolicName())) {
                int s = b.getState();
                return s == Bundle.ACTIVE || s == Bundle.STARTING ? null
                        : "the platform runtime bundle " + RUNTIME_BSN + " did not start";
            }
        }
        return "no platform runtime bundle (" + RUNTIME_BSN + ") in " + bundles;
    }

    /** The system bundle's context, for hosts that want to look at services and bundles themselves. */
    public BundleContext context() {
        ensureOpen();
        return framework.getBundleContext();
    }

    /** True when the Platform service is present and every bundle that is not a fragment is ACTIVE. */
    public boolean isReady() {
        if (framework.getState() != Bundle.ACTIVE || tracker.getService() == null) {
            return false;
        }
        for (Bundle b : framework.getBundleContext().getBundles()) {
            if (b.getState() != Bundle.ACTIVE && b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Bundles that are not ACTIVE (with the reason they failed to start) and Declarative Services
     * components that are not satisfied or failed to activate; "all bundles active" when nothing is wrong.
     */
    public String diagnostics() {
        return Diagnostics.describe(framework, startFailures);
    }

    /** Bundle id to the one-line reason, for the bundles that failed to start when the runtime started. */
    public Map<Long, String> startFailures() {
        synchronized (startFailures) {
            return new LinkedHashMap<>(startFailures);
        }
    }

    /** The folder FileInstall watches. */
    public Path deployFolder() {
        return deploy;
    }

    /** The folder the bundles were installed from. */
    public Path bundlesFolder() {
        return bundles;
    }

    /** True until the framework stopped (by {@link #close()} or by the interactive shell's {@code exit}). */
    public boolean isRunning() {
        int s = framework.getState();
        return s == Bundle.ACTIVE || s == Bundle.STARTING;
    }

    /** Blocks until the framework stops (e.g. the interactive shell read {@code exit} or end of input). */
    public void awaitStop() throws InterruptedException {
        while (true) {
            FrameworkEvent e = framework.waitForStop(0);
            if (e.getType() != FrameworkEvent.STOPPED_UPDATE) {
                return;
            }
        }
    }

    /** Stops the framework, waits for it (at most 30 s) and deletes the temporary storage folder. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            tracker.close();
        } catch (IllegalStateException e) {
            // the framework has already stopped
        }
        stopQuietly(framework);
        if (deleteStorage) {
            deleteTree(storage);
        }
        deleteTree(goshHome);
    }

    private synchronized void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("this embedded runtime is closed");
        }
    }

    static void stopQuietly(Framework framework) {
        try {
            framework.stop();
            FrameworkEvent e = framework.waitForStop(STOP_TIMEOUT.toMillis());
            if (e.getType() == FrameworkEvent.WAIT_TIMEDOUT) {
                System.err.println("banach: the OSGi framework did not stop within " + seconds(STOP_TIMEOUT));
            }
        } catch (BundleException e) {
            System.err.println("banach: stopping the OSGi framework failed: " + FailureReason.of(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            System.err.println("banach: could not delete framework storage " + root + ": " + e.getMessage());
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
    }
}
