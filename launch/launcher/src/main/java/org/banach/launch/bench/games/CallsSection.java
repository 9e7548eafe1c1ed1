package org.banach.launch.bench.games;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.banach.api.Platform;
import org.banach.api.Result;
import org.banach.api.RunSpec;

/**
 * Section {@value GamesBenchmark#CALLS} of {@code banach bench-games}: on the finite-sum linear VI
 * {@value #PROBLEM} (F = (1/n)Σ F_i, {@code --param n}) at n = 100 and 1000, the component-operator calls
 * that {@value #HALPERN} (counter {@code operator}, each a full F = n component calls) and the
 * variance-reduced {@value #VR} (counter {@value #VR_COUNTER}) need to reach the tolerance, run through
 * Platform.submit, and their ratio VR / Halpern (below 1 favours variance reduction). When the solver or
 * the problem is not installed the section says so and is skipped.
 */
final class CallsSection {

    static final String PROBLEM = "games/finite-sum-linear";
    static final String HALPERN = "games.halpern";
    static final String VR = "games.vr-halpern";
    static final String VR_COUNTER = "component-calls";
    static final String OPERATOR = "operator";

    private final GamesBenchmark.Config config;
    private final PrintStream out;

    CallsSection(GamesBenchmark.Config config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    /** A row: n, then per solver status, iterations and component calls. */
    record Row(int n, String halpernStatus, long halpernIterations, long halpernCalls, String vrStatus,
            long vrIterations, long vrCalls) {
    }

    boolean run(Platform platform) throws Exception {
        List<String> missing = new ArrayList<>();
        List<String> solvers = platform.solvers().stream().map(s -> s.id()).toList();
        for (String s : List.of(HALPERN, VR)) {
            if (!solvers.contains(s)) {
                missing.add("solver " + s);
            }
        }
        if (platform.problems().stream().noneMatch(d -> d.id().equals(PROBLEM))) {
            missing.add("problem " + PROBLEM);
        }
        if (!missing.isEmpty()) {
            out.println("bench-games calls: skipped: " + String.join(" and ", missing) + " not installed (the "
                    + "variance-reduced Halpern solver and its finite-sum problem come with plugins.games' games.vr-halpern"
                    + " work; install a plugins.games bundle that has them)");
            return true;
        }
        out.println("bench-games calls: " + HALPERN + " vs " + VR + " on " + PROBLEM + ", n = " + config.callSizes
                + ", to tolerance " + config.tolerance + " (component calls: Halpern operator x n, VR "
                + VR_COUNTER + ")");
        List<Row> rows = new ArrayList<>();
        for (int n : config.callSizes) {
            out.printf("  n = %d: %s ...%n", n, HALPERN);
            Result h = run(platform, HALPERN, n);
            long hCalls = h.counters().getOrDefault(OPERATOR, 0L) * n;
            out.printf("  n = %d: %s %s, %d component calls; %s ...%n", n, HALPERN, h.status(), hCalls, VR);
            Result v = run(platform, VR, n);
            long vCalls = v.counters().getOrDefault(VR_COUNTER, 0L);
            rows.add(new Row(n, h.status().toString(), h.iterations(), hCalls, v.status().toString(), v.iterations(),
                    vCalls));
        }
        out.println();
        out.printf(Locale.ROOT, "%6s %-16s %14s %-16s %14s %9s%n", "N", "HALPERN", "HALPERN_CALLS", "VR_HALPERN",
                "VR_CALLS", "VR/HALP");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "%6d %-16s %14d %-16s %14d %9.3f%n", r.n(), r.halpernStatus(), r.halpernCalls(),
                    r.vrStatus(), r.vrCalls(), r.halpernCalls() == 0 ? Double.NaN : (double) r.vrCalls() / r.halpernCalls());
        }
        return true;
    }

    private Result run(Platform platform, String solver, int n) throws Exception {
        RunSpec spec = RunSpec.builder(solver, PROBLEM).params(Map.of("n", String.valueOf(n)))
                .settings(Map.of("tolerance", String.valueOf(config.tolerance), "maxIterations", "10000000")).build();
        return platform.submit(spec).result().get();
    }
}
