package org.banach.launch.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.banach.api.ParameterSpec;
import org.banach.api.ProblemDescriptor;
import org.banach.api.SolverInfo;
import org.banach.api.backend.DeviceInfo;

/** The canonical map forms of the listings (for --json) and their human tables. */
final class Listings {

    private Listings() {
    }

    static Map<String, Object> solver(SolverInfo s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("version", s.version());
        m.put("problem", s.family());
        m.put("reference", s.reference());
        m.put("description", s.description());
        m.put("bundle", s.bundle());
        m.put("parameters", parameters(s.parameters()));
        return m;
    }

    static Map<String, Object> problem(ProblemDescriptor p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("family", p.family());
        m.put("dimension", p.dimension());
        m.put("knownOptimum", p.knownOptimum());
        m.put("reference", p.reference());
        m.put("description", p.description());
        m.put("parameters", parameters(p.parameters()));
        return m;
    }

    static Map<String, Object> backend(DeviceInfo d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("kind", d.kind());
        m.put("name", d.name());
        m.put("memoryBytes", d.memoryBytes());
        m.put("peakGflops", d.peakGflops());
        m.put("peakBandwidthGBs", d.peakBandwidthGBs());
        return m;
    }

    static List<Map<String, Object>> parameters(List<ParameterSpec> specs) {
        List<Map<String, Object>> l = new ArrayList<>();
        for (ParameterSpec p : specs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("type", p.type().name().toLowerCase(Locale.ROOT));
            m.put("default", p.defaultValue());
            m.put("range", p.range().isEmpty() ? null : p.range());
            m.put("help", p.help());
            l.add(m);
        }
        return l;
    }

    /** Indented parameter lines: name, type, default, range, help. */
    static String parameterLines(List<ParameterSpec> specs, String indent) {
        List<List<String>> rows = new ArrayList<>();
        for (ParameterSpec p : specs) {
            rows.add(List.of(indent + p.name(), p.type().name().toLowerCase(Locale.ROOT),
                    "default " + (p.defaultValue() instanceof Double ? Cli.num((Double) p.defaultValue())
                            : String.valueOf(p.defaultValue())),
                    p.range(), p.help()));
        }
        if (rows.isEmpty()) {
            return indent + "(no parameters)" + System.lineSeparator();
        }
        String t = Cli.table(List.of("", "", "", "", ""), rows);
        return t.substring(t.indexOf(System.lineSeparator()) + System.lineSeparator().length());
    }

    /**
     * Prints the lines under an item of a {@code -l} listing: its description and reference (those
     * it has), its parameter lines and a blank line.
     */
    static void printDetails(String description, String reference, List<ParameterSpec> parameters) {
        if (!orDash(description).equals("-")) {
            Cli.out().println("  " + description);
        }
        if (!orDash(reference).equals("-")) {
            Cli.out().println("  reference: " + reference);
        }
        Cli.out().print(parameterLines(parameters, "    "));
        Cli.out().println();
    }

    /** {@code s}, or "-" when it is null or blank. */
    static String orDash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }

    static String bytes(long b) {
        if (b <= 0) {
            return "-";
        }
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double v = b;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, u == 0 ? "%.0f %s" : "%.1f %s", v, units[u]);
    }
}
