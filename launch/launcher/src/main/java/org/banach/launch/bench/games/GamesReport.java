package org.banach.launch.bench.games;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The lp section's table, summary line and CSV. */
final class GamesReport {

    private final GamesBenchmark.Config config;
    private final List<GamesRow> rows;
    private final PrintStream out;

    GamesReport(GamesBenchmark.Config config, List<GamesRow> rows, PrintStream out) {
        this.config = config;
        this.rows = rows;
        this.out = out;
    }

    void printTable() {
        out.println();
        out.printf(Locale.ROOT, "%6s %-10s %9s %10s %10s %10s %11s %10s %9s %10s %8s %7s%n", "N", "BANACH", "ITERS",
                "BANACH_S", "PLATFORM_S", "EXPLOIT", "SCIPY_S", "SCIPY_IT", "SCIPY_EXP", "VALUE_DIFF", "AGREE", "RATIO");
        for (GamesRow r : rows) {
            out.printf(Locale.ROOT, "%6d %-10s %9d %10.3f %10.3f %10.2e %11.3f %10d %9.1e %10.1e %8s %7.3f%n", r.n(),
                    r.status(), r.iterations(), r.seconds(), r.platformSeconds(), r.exploitability(), r.scipySeconds(),
                    r.scipyIterations(), r.scipyExploitability(), Math.abs(r.value() - r.scipyValue()),
                    r.valuesAgree() ? "yes" : "NO", r.ratio());
        }
        out.println("RATIO = Banach seconds / SciPy seconds (target < 1 at n >= 1000); Banach: " + GamesBenchmark.SOLVER
                + " restart=adaptive, one direct Solver.solve after warm-up (PLATFORM_S: the same run through"
                + " Platform.submit); SciPy: linprog(method=\"highs\") only; AGREE: |value difference| <= "
                + config.tolerance);
        for (GamesRow r : rows) {
            if (r.n() >= 1000) {
                out.printf(Locale.ROOT, "target n = %d: ratio %.3f %s%s%n", r.n(), r.ratio(),
                        r.ratio() < 1 ? "(met)" : "(NOT met)", r.reached() ? "" : "; Banach did not reach the tolerance");
            }
        }
    }

    void writeCsv(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("n,banach_status,banach_iterations,banach_seconds,platform_seconds,banach_exploitability,banach_value,"
                + "scipy_status,scipy_seconds,scipy_iterations,scipy_exploitability,scipy_value,values_agree,ratio");
        for (GamesRow r : rows) {
            lines.add(String.format(Locale.ROOT, "%d,%s,%d,%.6f,%.6f,%.6e,%.12f,%s,%.6f,%d,%.6e,%.12f,%s,%.6f", r.n(),
                    r.status(), r.iterations(), r.seconds(), r.platformSeconds(), r.exploitability(), r.value(),
                    r.scipyStatus(), r.scipySeconds(), r.scipyIterations(), r.scipyExploitability(), r.scipyValue(),
                    r.valuesAgree(), r.ratio()));
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
