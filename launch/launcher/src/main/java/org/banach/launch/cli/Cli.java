package org.banach.launch.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The process's streams (taken before any bundle can redirect them) and small output helpers. */
final class Cli {

    private static volatile PrintStream out = System.out;
    private static volatile PrintStream err = System.err;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .setDefaultPrettyPrinter(new DefaultPrettyPrinter().withSeparators(
                    Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

    private Cli() {
    }

    static void streams(PrintStream o, PrintStream e) {
        out = o;
        err = e;
    }

    static PrintStream out() {
        return out;
    }

    static PrintStream err() {
        return err;
    }

    /** Pretty JSON of plain maps, lists, strings, numbers and booleans; non-finite numbers become null. */
    static String json(Object value) {
        try {
            return JSON.writeValueAsString(sanitize(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Object sanitize(Object v) {
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return Double.isFinite(d) ? v : null;
        }
        if (v instanceof Map) {
            Map<Object, Object> m = new LinkedHashMap<>();
            ((Map<?, ?>) v).forEach((k, x) -> m.put(String.valueOf(k), sanitize(x)));
            return m;
        }
        if (v instanceof Iterable) {
            List<Object> l = new ArrayList<>();
            for (Object x : (Iterable<?>) v) {
                l.add(sanitize(x));
            }
            return l;
        }
        if (v instanceof double[]) {
            List<Object> l = new ArrayList<>();
            for (double x : (double[]) v) {
                l.add(sanitize(x));
            }
            return l;
        }
        return v;
    }

    /** A number in a short human form: 6 significant digits, scientific when very small or large. */
    static String num(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e6)) {
            return String.format(Locale.ROOT, "%.4e", v);
        }
        String s = String.format(Locale.ROOT, "%.6g", v);
        if (s.contains(".") && !s.contains("e")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }

    /** At most {@code max} characters, with "..." when cut (for table cells; --json and -l show all). */
    static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 3).stripTrailing() + "...";
    }

    static String yesNo(Boolean b) {
        return b == null ? "-" : b ? "yes" : "no";
    }

    /** Left-aligned columns, two spaces apart; the last column is not padded. */
    static String table(List<String> header, List<List<String>> rows) {
        int n = header.size();
        int[] w = new int[n];
        for (int i = 0; i < n; i++) {
            w[i] = header.get(i).length();
        }
        for (List<String> r : rows) {
            for (int i = 0; i < n; i++) {
                w[i] = Math.max(w[i], r.get(i) == null ? 1 : r.get(i).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, header, w);
        for (List<String> r : rows) {
            line(sb, r, w);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] w) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i) == null ? "-" : cells.get(i);
            l.append(c);
            if (i < cells.size() - 1) {
                l.append(" ".repeat(w[i] - c.length() + 2));
            }
        }
        sb.append(l.toString().stripTrailing()).append(System.lineSeparator());
    }
}
