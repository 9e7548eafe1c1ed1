package org.banach.launch.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;

import org.banach.launch.embed.EmbeddedBanach;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * (a) Runtime start to ready: framework start until the Platform service is present and every bundle
 * is ACTIVE, median of fresh starts after one cold start, against a bare Felix start with no bundles;
 * also the cold start and the time to close.
 */
final class StartupMeasurement {

    private final PlatformBenchmark.Config config;
    private final BenchRuntimes runtimes;
    private final PrintStream out;

    StartupMeasurement(PlatformBenchmark.Config config, BenchRuntimes runtimes, PrintStream out) {
        this.config = config;
        this.runtimes = runtimes;
        this.out = out;
    }

    /** Measures in temporary folders under {@code work}; the runtimes watch {@code deploy}. */
    void measure(Path deploy, Path work, FigureTable figures) throws Exception {
        out.println("(a) " + config.starts + " fresh starts in this JVM, after one cold start of each ...");
        double bareCold = bareFramework(work.resolve("bare-cold"));
        double[] bare = new double[config.starts];
        for (int i = 0; i < config.starts; i++) {
            bare[i] = bareFramework(work.resolve("bare-" + i));
        }
        double[] ready = new double[config.starts + 1];
        double[] close = new double[config.starts + 1];
        int bundles = 0;
        for (int i = 0; i <= config.starts; i++) { // i == 0: the cold start, reported on its own
            long t0 = System.nanoTime();
            EmbeddedBanach b = runtimes.start(deploy);
            try {
                awaitReady(b);
                ready[i] = (System.nanoTime() - t0) / 1e9;
                bundles = b.context().getBundles().length - 1;
            } finally {
                long c0 = System.nanoTime();
                b.close();
                close[i] = (System.nanoTime() - c0) / 1e9;
            }
        }
        double readyCold = ready[0];
        ready = Arrays.copyOfRange(ready, 1, ready.length);
        close = Arrays.copyOfRange(close, 1, close.length);
        double bareMed = Samples.median(bare);
        double readyMed = Samples.median(ready);
        figures.add(Figure.alone("a", "bare Felix start (no bundles), median", bareMed * 1e3, "ms",
                Samples.range(bare, 1e3, "ms")));
        figures.add(new Figure("a", "runtime start to ready (" + bundles + " bundles), median", readyMed * 1e3, "ms",
                "bare Felix start", readyMed / bareMed, Samples.range(ready, 1e3, "ms")));
        figures.add(Figure.alone("a", "runtime start to ready, first in this JVM (cold)", readyCold * 1e3, "ms",
                "after a cold bare Felix start of " + FigureTable.number(bareCold * 1e3) + " ms"));
        figures.add(Figure.alone("a", "runtime close (stop + wait + delete storage), median",
                Samples.median(close) * 1e3, "ms", Samples.range(close, 1e3, "ms")));
    }

    /** Waits for the Platform service, then spins until every bundle is ACTIVE. */
    private void awaitReady(EmbeddedBanach b) {
        b.platform();
        long deadline = System.nanoTime() + (long) (config.startTimeoutSeconds * 1e9);
        while (!b.isReady()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the runtime did not become ready (every bundle ACTIVE): "
                        + System.lineSeparator() + b.diagnostics());
            }
            Thread.onSpinWait();
        }
    }

    /** Seconds from creating a bare framework (no bundles) until it is started; then stops and deletes it. */
    private static double bareFramework(Path storage) throws Exception {
        Map<String, String> props = new LinkedHashMap<>();
        props.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        props.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        Iterator<FrameworkFactory> it = ServiceLoader.load(FrameworkFactory.class,
                StartupMeasurement.class.getClassLoader()).iterator();
        long t0 = System.nanoTime();
        Framework f = it.next().newFramework(props);
        f.init();
        f.start();
        double s = (System.nanoTime() - t0) / 1e9;
        f.stop();
        f.waitForStop(30_000);
        TempFolders.delete(storage);
        return s;
    }
}
