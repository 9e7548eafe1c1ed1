package org.banach.launch.bench;

import java.io.PrintStream;

import org.banach.api.Monitor;
import org.banach.api.Platform;
import org.banach.api.Result;

/**
 * (b) The per-job overhead: the trivial job through {@link Platform#submit} (submit and await)
 * against calling the same Solver service object directly with a {@link MinimalMonitor}, after
 * warm-up; median per call and the ratio.
 */
final class OverheadMeasurement {

    /** Calls of one path in a row before switching to the other. */
    private static final int BLOCK = 100;

    private final PlatformBenchmark.Config config;
    private final PrintStream out;

    OverheadMeasurement(PlatformBenchmark.Config config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    void measure(Platform platform, TrivialJob t, FigureTable figures) throws Exception {
        out.println("(b) " + config.warmup + " warm-up + " + config.calls + " measured calls per path ...");
        Monitor monitor = new MinimalMonitor(t.backend);
        double sink = 0;
        for (int i = 0; i < config.warmup; i++) {
            sink += t.solver.solve(t.problem, t.settings, monitor).iterations();
            sink += platform.submit(t.spec).result().get().iterations();
        }
        double[] direct = new double[config.calls];
        double[] through = new double[config.calls];
        // Interleaved in blocks, so drift (JIT, GC, frequency) hits both paths alike.
        for (int start = 0; start < config.calls; start += BLOCK) {
            int end = Math.min(config.calls, start + BLOCK);
            for (int i = start; i < end; i++) {
                long t0 = System.nanoTime();
                Result r = t.solver.solve(t.problem, t.settings, monitor);
                direct[i] = (System.nanoTime() - t0) / 1e3;
                sink += r.iterations();
            }
            for (int i = start; i < end; i++) {
                long t0 = System.nanoTime();
                Result r = platform.submit(t.spec).result().get();
                through[i] = (System.nanoTime() - t0) / 1e3;
                sink += r.iterations();
            }
        }
        if (sink == 42.4242) { // keeps the results alive, so the calls cannot be optimised away
            out.println();
        }
        double d = Samples.median(direct);
        double p = Samples.median(through);
        figures.add(Figure.alone("b", "direct Solver.solve from the host, median per call", d, "us",
                "p90 " + FigureTable.number(Samples.percentile(direct, 0.9)) + " us"));
        figures.add(new Figure("b", "Platform.submit + await, median per call", p, "us", "direct call", p / d,
                "p90 " + FigureTable.number(Samples.percentile(through, 0.9)) + " us; overhead "
                        + FigureTable.number(p - d) + " us per job"));
    }
}
