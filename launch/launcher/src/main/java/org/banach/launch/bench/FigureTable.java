package org.banach.launch.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures of one benchmark run, printed as an aligned table or written as CSV. */
final class FigureTable {

    private static final String[] HEADER = {"", "MEASURE", "VALUE", "UNIT", "RATIO", "AGAINST", "NOTE"};

    private final List<Figure> figures = new ArrayList<>();

    void add(Figure f) {
        figures.add(f);
    }

    /** Prints a blank line, then the table: value and ratio right-aligned, the other columns left-aligned. */
    void print(PrintStream out) {
        List<String[]> cells = new ArrayList<>();
        cells.add(HEADER);
        for (Figure r : figures) {
            cells.add(new String[] {"(" + r.part() + ")", r.measure(), number(r.value()), r.unit(),
                Double.isNaN(r.ratio()) ? "" : String.format(Locale.ROOT, "%.2fx", r.ratio()), r.baseline(), r.note()});
        }
        int[] w = new int[HEADER.length];
        for (String[] c : cells) {
            for (int i = 0; i < w.length; i++) {
                w[i] = Math.max(w[i], c[i].length());
            }
        }
        out.println();
        for (String[] c : cells) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < w.length; i++) {
                boolean right = i == 2 || i == 4;
                String pad = " ".repeat(w[i] - c[i].length());
                sb.append(right ? pad + c[i] : c[i] + pad).append("  ");
            }
            out.println(sb.toString().stripTrailing());
        }
    }

    /** Writes the figures as CSV (creating the parent folder), full precision. */
    void writeCsv(Path file) throws IOException {
        StringBuilder sb = new StringBuilder("part,measure,value,unit,ratio,against,note\n");
        for (Figure r : figures) {
            sb.append(r.part()).append(',').append(csv(r.measure())).append(',')
                    .append(Double.isNaN(r.value()) ? "" : String.format(Locale.ROOT, "%.6g", r.value())).append(',')
                    .append(r.unit()).append(',')
                    .append(Double.isNaN(r.ratio()) ? "" : String.format(Locale.ROOT, "%.4f", r.ratio())).append(',')
                    .append(csv(r.baseline())).append(',').append(csv(r.note())).append('\n');
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** A figure for the table: "-" for NaN, else 0, 1 or 2 decimals by magnitude. */
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
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
