package org.banach.launch.bench.optim;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Aligned text tables (numbers right-aligned) and CSV cells, in the style of the bench command. */
final class Tables {

    private Tables() {
    }

    static void print(PrintStream out, String[] header, List<String[]> rows) {
        List<String[]> cells = new ArrayList<>();
        cells.add(header);
        cells.addAll(rows);
        int[] w = new int[header.length];
        for (String[] c : cells) {
            for (int i = 0; i < w.length; i++) {
                w[i] = Math.max(w[i], c[i].length());
            }
        }
        for (String[] c : cells) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < w.length; i++) {
                String pad = " ".repeat(w[i] - c[i].length());
                sb.append(i == 0 ? c[i] + pad : pad + c[i]).append("  ");
            }
            out.println(sb.toString().stripTrailing());
        }
    }

    /** "-" for NaN, else 0, 1, 2 or 3 decimals by magnitude. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        double a = Math.abs(v);
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (a >= 1) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }

    static String ratio(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2fx", v);
    }

    static String sci(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2e", v);
    }

    /** Full precision for CSV; empty for NaN. */
    static String csv(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v);
    }

    static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
