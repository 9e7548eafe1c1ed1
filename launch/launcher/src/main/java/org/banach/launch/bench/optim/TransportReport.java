package org.banach.launch.bench.optim;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The transport section's output: tables (d) and (e), the summary lines with the targets, the CSV. */
final class TransportReport {

    private final List<TransportBenchmark.Speed> speed;
    private final List<TransportBenchmark.Newton> newton;
    private final PrintStream out;

    TransportReport(List<TransportBenchmark.Speed> speed, List<TransportBenchmark.Newton> newton, PrintStream out) {
        this.speed = speed;
        this.newton = newton;
        this.out = out;
    }

    /** FILE.csv → FILE-transport.csv (the transport CSV beside the main one when all sections run). */
    static Path sibling(Path csv) {
        String name = csv.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return csv.resolveSibling(stem + "-transport" + (dot > 0 ? name.substring(dot) : ".csv"));
    }

    void print() {
        List<String[]> cells = new ArrayList<>();
        for (TransportBenchmark.Speed s : speed) {
            cells.add(new String[] {String.valueOf(s.n()), String.valueOf(s.iterations()), ms(s.banachMs()), ms(s.numpyMs()),
                Tables.ratio(s.ratio()), s.banachStatus()});
        }
        out.println();
        out.println(String.format(Locale.ROOT, "(d) Sinkhorn time per iteration, eps = %s, n uniform points of [0,1]^2 each side, "
                + "squared distances; ratio Banach / numpy (target <= 0.5)", TransportBenchmark.SPEED_EPS));
        Tables.print(out, new String[] {"N", "ITERATIONS", "BANACH_MS_PER_IT", "NUMPY_MS_PER_IT", "RATIO", "BANACH_STATUS"},
                cells);
        cells = new ArrayList<>();
        TransportBenchmark.Newton sk = sinkhorn();
        for (TransportBenchmark.Newton r : newton) {
            cells.add(new String[] {r.solver(), String.valueOf(r.n()), String.valueOf(r.iterations()), Tables.number(r.ms()),
                Tables.sci(r.marginalError()), r.status(), sk == null ? "-" : Tables.ratio((double) r.iterations() / sk.iterations()),
                sk == null ? "-" : Tables.ratio(r.ms() / sk.ms()), notes(r)});
        }
        out.println();
        out.println(String.format(Locale.ROOT, "(e) sparse-Newton Sinkhorn and Sinkhorn at eps = %s to marginal error %s; "
                + "ratios against Sinkhorn", TransportBenchmark.NEWTON_EPS, TransportBenchmark.NEWTON_TOL));
        Tables.print(out, new String[] {"SOLVER", "N", "ITERATIONS", "MS", "MARGINAL_ERROR", "STATUS", "IT_RATIO", "TIME_RATIO",
            "NOTES"}, cells);
    }

    private static String ms(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private TransportBenchmark.Newton sinkhorn() {
        return newton.stream().filter(r -> r.solver().equals(TransportBenchmark.SINKHORN)).findFirst().orElse(null);
    }

    private static String notes(TransportBenchmark.Newton r) {
        List<String> notes = new ArrayList<>();
        for (String k : List.of("newton-step", "cg-iteration", "line-search-plan", "sinkhorn-fallback", "log-domain-switch")) {
            Long v = r.counters().get(k);
            if (v != null) {
                notes.add(k + " " + v);
            }
        }
        return notes.isEmpty() ? "-" : String.join("; ", notes);
    }

    /** The summary lines (printed), with the targets. */
    List<String> summarise() {
        List<String> summary = new ArrayList<>();
        for (TransportBenchmark.Speed s : speed) {
            summary.add(String.format(Locale.ROOT, "Sinkhorn n = %d: Banach %.3f ms / numpy %.3f ms per iteration = %.2f; "
                    + "target <= 0.5: %s", s.n(), s.banachMs(), s.numpyMs(), s.ratio(), s.ratio() <= 0.5 ? "MET" : "NOT MET"));
        }
        TransportBenchmark.Newton sk = sinkhorn();
        for (TransportBenchmark.Newton r : newton) {
            if (sk != null && r != sk) {
                double it = (double) sk.iterations() / r.iterations();
                summary.add(String.format(Locale.ROOT, "%s n = %d: %d iterations vs Sinkhorn's %d (%.0fx fewer), %.0f ms vs %.0f ms "
                        + "(%.2f); target >= 10x fewer iterations: %s", r.solver(), r.n(), r.iterations(), sk.iterations(), it,
                        r.ms(), sk.ms(), r.ms() / sk.ms(), it >= 10 && "CONVERGED".equals(r.status()) ? "MET" : "NOT MET"));
            }
        }
        summary.add("host after the run: " + OptimReport.host() + " (a loaded or shared host makes these timings noisy)");
        out.println();
        out.println("(f) transport summary");
        summary.forEach(l -> out.println("  " + l));
        return summary;
    }

    void writeCsv(Path file, List<String> summary) throws IOException {
        StringBuilder sb = new StringBuilder("part,solver,n,iterations,banach_ms,numpy_ms,ratio,marginal_error,status\n");
        for (TransportBenchmark.Speed s : speed) {
            sb.append("d,").append(TransportBenchmark.SINKHORN).append(',').append(s.n()).append(',').append(s.iterations())
                    .append(',').append(Tables.csv(s.banachMs())).append(',').append(Tables.csv(s.numpyMs())).append(',')
                    .append(Tables.csv(s.ratio())).append(',').append(Tables.csv(s.numpyError())).append(',')
                    .append(s.banachStatus()).append('\n');
        }
        TransportBenchmark.Newton sk = sinkhorn();
        for (TransportBenchmark.Newton r : newton) {
            sb.append("e,").append(r.solver()).append(',').append(r.n()).append(',').append(r.iterations()).append(',')
                    .append(Tables.csv(r.ms())).append(",,").append(sk == null ? "" : Tables.csv(r.ms() / sk.ms())).append(',')
                    .append(Tables.csv(r.marginalError())).append(',').append(r.status()).append('\n');
        }
        for (String l : summary) {
            sb.append("f,").append(Tables.csv(l.strip())).append(",,,,,,,\n");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }
}
