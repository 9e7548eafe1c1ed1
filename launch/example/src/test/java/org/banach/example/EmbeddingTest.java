package org.banach.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.banach.api.Platform;
import org.banach.api.Result;
import org.banach.api.RunSpec;
import org.banach.api.SolverInfo;
import org.banach.api.Status;
import org.banach.launch.embed.Banach;
import org.banach.launch.embed.BanachStartException;
import org.banach.launch.embed.EmbeddedBanach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/** The embedding API against the real bundles: life cycle, trust boundary, hot deployment, diagnostics. */
class EmbeddingTest {

    @TempDir
    Path tmp;

    private static boolean hasSolver(Platform p, String id) {
        return p.solvers().stream().map(SolverInfo::id).anyMatch(id::equals);
    }

    private static boolean eventually(BooleanSupplier condition, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.getAsBoolean();
    }

    @Test
    void twoStartCloseCyclesInOneJvm() throws Exception {
        Set<Thread> before = TestBundles.threads();
        for (int cycle = 1; cycle <= 2; cycle++) {
            Path storage;
            try (EmbeddedBanach banach = Banach.builder().bundles(TestBundles.folder())
                    .deploy(tmp.resolve("deploy" + cycle)).start()) {
                Platform platform = banach.platform();
                assertTrue(hasSolver(platform, "optim.lbfgs"), "cycle " + cycle + ": " + platform.solvers());
                assertTrue(banach.isReady(), banach.diagnostics());
                storage = Path.of(banach.context().getProperty("org.osgi.framework.storage"));
                assertTrue(Files.isDirectory(storage));
                assertTrue(Files.isDirectory(tmp.resolve("deploy" + cycle)), "the deploy folder is created");
                for (Bundle b : banach.context().getBundles()) {
                    assertFalse("org.banach.platform.api".equals(b.getSymbolicName()),
                            "the API is shared from the host, not installed");
                }
            }
            assertFalse(Files.exists(storage), "the temporary framework storage is deleted on close");
            List<String> left = TestBundles.awaitNoNewThreads(before);
            assertTrue(left.isEmpty(), "cycle " + cycle + ": threads left after close(): " + left);
        }
    }

    @Test
    void closeIsIdempotentAndPlatformAfterCloseIsRefused() {
        EmbeddedBanach banach = Banach.builder().bundles(TestBundles.folder()).deploy(tmp.resolve("deploy")).start();
        banach.close();
        banach.close();
        assertFalse(banach.isRunning());
        assertThrows(IllegalStateException.class, banach::platform);
    }

    @Test
    void worldWritableDeployFolderIsRefused() throws IOException {
        Path deploy = Files.createDirectories(tmp.resolve("open"));
        Files.setPosixFilePermissions(deploy, PosixFilePermissions.fromString("rwxrwxrwx"));
        Set<Thread> before = TestBundles.threads();
        BanachStartException e = assertThrows(BanachStartException.class,
                () -> Banach.builder().bundles(TestBundles.folder()).deploy(deploy).start().close());
        assertTrue(e.getMessage().contains("world-writable"), e.getMessage());
        assertTrue(e.getMessage().contains(deploy.toString()), e.getMessage());
        assertTrue(TestBundles.newThreads(before).isEmpty(), "nothing was started");
    }

    @Test
    void aStorageFolderHoldingOtherFilesIsNotWiped() throws IOException {
        Path storage = Files.createDirectories(tmp.resolve("home"));
        Path precious = Files.writeString(storage.resolve("thesis.tex"), "do not delete");
        BanachStartException e = assertThrows(BanachStartException.class, () -> Banach.builder()
                .bundles(TestBundles.folder()).deploy(tmp.resolve("deploy")).storage(storage).start().close());
        assertTrue(e.getMessage().contains("refusing storage folder"), e.getMessage());
        assertTrue(Files.exists(precious));
    }

    @Test
    void aGivenStorageFolderIsKeptAfterClose() {
        Path storage = tmp.resolve("storage");
        try (EmbeddedBanach banach = Banach.builder().bundles(TestBundles.folder()).deploy(tmp.resolve("deploy"))
                .storage(storage).start()) {
            banach.platform();
        }
        assertTrue(Files.isDirectory(storage.resolve("bundle0")));
        // and it can be used again
        try (EmbeddedBanach banach = Banach.builder().bundles(TestBundles.folder()).deploy(tmp.resolve("deploy"))
                .storage(storage).start()) {
            assertTrue(hasSolver(banach.platform(), "optim.lbfgs"));
        }
    }

    @Test
    void missingBundlesFolderIsAClearError() {
        BanachStartException e = assertThrows(BanachStartException.class,
                () -> Banach.builder().bundles(tmp.resolve("nope")).deploy(tmp.resolve("deploy")).start().close());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void aBundleDroppedIntoTheDeployFolderIsPickedUpAndRemovingItRetiresIt() throws Exception {
        Path bundles = TestBundles.copyWithout(TestBundles.OPTIM, tmp.resolve("bundles"));
        Path deploy = Files.createDirectories(tmp.resolve("deploy"));
        try (EmbeddedBanach banach = Banach.builder().bundles(bundles).deploy(deploy).start()) {
            Platform platform = banach.platform();
            assertFalse(hasSolver(platform, "optim.lbfgs"), "started without the optim plugin");

            // copy under a name FileInstall ignores, then rename: it never sees a half-written jar
            Path part = deploy.resolve("optim.jar.part");
            Files.copy(TestBundles.jar(TestBundles.OPTIM), part);
            Path jar = Files.move(part, deploy.resolve("optim.jar"), StandardCopyOption.ATOMIC_MOVE);
            // the bundle registers its solver and problem services one by one: wait for both
            assertTrue(eventually(() -> hasSolver(platform, "optim.lbfgs") && platform.problems().stream()
                    .anyMatch(d -> d.id().equals("optim/mgh/rosenbrock")), Duration.ofSeconds(20)),
                    "optim.lbfgs and optim/mgh/rosenbrock appear after the jar is dropped into " + deploy);

            Result r = platform.submit(RunSpec.builder("optim.lbfgs", "optim/mgh/rosenbrock").build()).result().join();
            assertEquals(Status.CONVERGED, r.status(), String.valueOf(r));

            Files.delete(jar);
            assertTrue(eventually(() -> !hasSolver(platform, "optim.lbfgs"), Duration.ofSeconds(20)),
                    "optim.lbfgs is retired after the jar is removed");
            assertThrows(IllegalArgumentException.class,
                    () -> platform.submit(RunSpec.builder("optim.lbfgs", "optim/mgh/rosenbrock").build()));
        }
    }

    @Test
    void bundlesAlreadyInTheDeployFolderAreStartedBeforeStartReturns() throws Exception {
        Path bundles = TestBundles.copyWithout(TestBundles.OPTIM, tmp.resolve("bundles"));
        Path deploy = Files.createDirectories(tmp.resolve("deploy"));
        Files.copy(TestBundles.jar(TestBundles.OPTIM), deploy.resolve("optim.jar"));
        try (EmbeddedBanach banach = Banach.builder().bundles(bundles).deploy(deploy).start()) {
            // no waiting: the first job after start sees the deployed solver
            Result r = banach.platform().submit(RunSpec.builder("optim.lbfgs", "optim/mgh/rosenbrock").build())
                    .result().join();
            assertEquals(Status.CONVERGED, r.status(), String.valueOf(r));
        }
    }

    @Test
    void aBundleThatFailsToStartIsLoggedAndTheRuntimeKeepsGoing() throws Exception {
        Path bundles = Files.createDirectories(tmp.resolve("bundles"));
        for (Path p : Files.list(TestBundles.folder()).toArray(Path[]::new)) {
            Files.copy(p, bundles.resolve(p.getFileName()));
        }
        brokenBundle(bundles.resolve("broken.jar"));
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        try (EmbeddedBanach banach = Banach.builder().bundles(bundles).deploy(tmp.resolve("deploy")).log(log::add)
                .start()) {
            assertTrue(hasSolver(banach.platform(), "optim.lbfgs"));
            assertEquals(1, log.size(), "one line for the broken bundle: " + log);
            String line = log.get(0);
            assertTrue(line.contains("test.broken") && line.contains("failed to start")
                    && line.contains("does.not.exist"), line);
            assertFalse(line.contains("\n"), line);
            assertFalse(banach.isReady(), "a bundle is not active");
            assertTrue(banach.diagnostics().contains("test.broken"), banach.diagnostics());
        }
    }

    @Test
    void withoutTheRuntimeBundlePlatformNamesWhatIsMissing() throws Exception {
        Path bundles = TestBundles.copyWithout("org.banach.platform.runtime", tmp.resolve("bundles"));
        try (EmbeddedBanach banach = Banach.builder().bundles(bundles).deploy(tmp.resolve("deploy")).start()) {
            // the message of the early failure, not of the 30 s timeout
            BanachStartException e = assertThrows(BanachStartException.class, banach::platform);
            assertTrue(e.getMessage().contains("no platform runtime bundle (org.banach.platform.runtime)"),
                    e.getMessage());
        }
    }

    /** A bundle that cannot resolve: it imports a package nobody exports. */
    private static void brokenBundle(Path jar) throws IOException {
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", "test.broken");
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Import-Package", "does.not.exist");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), mf)) {
            out.flush();
        }
    }
}
