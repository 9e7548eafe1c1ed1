package org.banach.example;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The real bundles (launch/launcher/target/bundles) and a check for leftover framework threads. */
final class TestBundles {

    static final String OPTIM = "org.banach.plugins.optim";

    private TestBundles() {
    }

    /** The bundles folder the build gives the tests (system property banach.bundles). */
    static Path folder() {
        String p = System.getProperty("banach.bundles");
        if (p == null) {
            throw new IllegalStateException("system property banach.bundles is not set (the pom sets it)");
        }
        Path dir = Path.of(p).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException(dir + " does not exist: build launch/launcher first");
        }
        return dir;
    }

    /** The jar of the bundle {@code bsn} in the bundles folder. */
    static Path jar(String bsn) throws IOException {
        try (Stream<Path> s = Files.list(folder())) {
            for (Path p : s.filter(f -> f.toString().endsWith(".jar")).collect(Collectors.toList())) {
                try (JarFile jf = new JarFile(p.toFile())) {
                    String name = jf.getManifest().getMainAttributes().getValue("Bundle-SymbolicName");
                    if (name != null && name.split(";")[0].trim().equals(bsn)) {
                        return p;
                    }
                }
            }
        }
        throw new IllegalStateException("no bundle " + bsn + " in " + folder());
    }

    /** A copy of the bundles folder without the bundle {@code bsn}. */
    static Path copyWithout(String bsn, Path target) throws IOException {
        Path skip = jar(bsn);
        Files.createDirectories(target);
        try (Stream<Path> s = Files.list(folder())) {
            for (Path p : s.filter(f -> f.toString().endsWith(".jar")).collect(Collectors.toList())) {
                if (!p.equals(skip)) {
                    Files.copy(p, target.resolve(p.getFileName()));
                }
            }
        }
        return target;
    }

    private static final Set<String> JVM_THREADS = Set.of("main", "Reference Handler", "Finalizer", "Signal Dispatcher",
            "Common-Cleaner", "Attach Listener", "Notification Thread", "process reaper", "DestroyJavaVM");

    /** Live threads that did not exist in {@code before} and are not the JVM's own. */
    static List<String> newThreads(Set<Thread> before) {
        List<String> l = new ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (!t.isAlive() || before.contains(t) || JVM_THREADS.contains(t.getName())
                    || t.getName().startsWith("ForkJoinPool.commonPool") || t.getName().startsWith("surefire")) {
                continue;
            }
            l.add(t.getName() + (t.isDaemon() ? " (daemon)" : ""));
        }
        return l;
    }

    /** Waits up to 10 s for the threads the runtime started to end; returns those still alive. */
    static List<String> awaitNoNewThreads(Set<Thread> before) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        List<String> left = newThreads(before);
        while (!left.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            left = newThreads(before);
        }
        return left;
    }

    static Set<Thread> threads() {
        return Set.copyOf(Thread.getAllStackTraces().keySet());
    }
}
