package org.banach.runtime.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.imageio.ImageIO;

import org.banach.api.TracePoint;
import org.banach.runtime.store.AtomicFiles;
import org.knowm.xchart.XYChart;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;

/**
 * Convergence plots of a study: the solvers' own convergence measure ({@link TracePoint#measure()})
 * on a logarithmic axis, against iterations (left panel) and against seconds (right panel, with the
 * legend), one line per run, written as {@code convergence.png} and {@code convergence.svg}. Runs are
 * drawn in sections, one row of panels per {@link Series#section() section} (e.g. the certificate's
 * criterion: a gradient norm and a marginal error are different quantities and do not share an
 * axis), in the order the sections first appear. Runs of one group (e.g.
 * one problem) share a colour and runs of one variant (e.g. one solver) share a shade of it
 * (full, light, dark), which the legend shows too.
 * Non-positive and non-finite measures cannot be drawn on a log axis and are skipped; a run with no
 * drawable point is left out and named in {@link Output#notes()}. When the runs' extents differ by
 * more than a factor {@value Panel#LOG_X_SPREAD} (a fast and a slow method), a panel's x axis is
 * logarithmic too (iterations then count from 1: {@code iteration + 1}). Long traces are thinned to
 * about {@value Panel#MAX_POINTS} points per line, evenly spread along the x axis.
 */
public final class ConvergencePlot {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    public static final String PNG = "convergence.png";
    public static final String SVG = "convergence.svg";
    /** Width of the image in pixels: the by-iteration panel, then the by-time panel with the legend. */
    public static final int WIDTH = 1600;
    static final int ITERATION_PANEL_WIDTH = 640;
    /** Height of a section's row of panels when its legend is short; the image's height with one section. */
    public static final int PANEL_HEIGHT = 440;
    public static final int HEIGHT = PANEL_HEIGHT;
    /** Pixels per legend row: panels grow beyond {@link #PANEL_HEIGHT} so that every run's legend entry shows. */
    static final int LEGEND_ROW = 21;

    /** Height of one row of panels for {@code runs} series: {@link #PANEL_HEIGHT}, or taller when the legend needs it. */
    static int panelHeight(int runs) {
        return Math.max(PANEL_HEIGHT, 60 + LEGEND_ROW * runs);
    }

    /**
     * One run to draw.
     *
     * @param label legend text
     * @param group runs with the same group get the same colour (e.g. the problem)
     * @param variant runs with the same variant get the same shade and width (e.g. the solver)
     * @param section runs with the same section share a row of panels, and its name labels the y axis
     *        (e.g. the certificate criterion); empty for "convergence measure"
     */
    public record Series(String label, String group, String variant, String section, List<TracePoint> trace) {
        public Series {
            Objects.requireNonNull(label, "label");
            group = group == null ? label : group;
            variant = variant == null ? "" : variant;
            section = section == null ? "" : section;
            trace = List.copyOf(trace);
        }

        /** A series in the one unnamed section. */
        public Series(String label, String group, String variant, List<TracePoint> trace) {
            this(label, group, variant, "", trace);
        }

        /** A series with its own colour and a solid line. */
        public Series(String label, List<TracePoint> trace) {
            this(label, label, "", trace);
        }
    }

    /** The files written and a line for each run left out. */
    public record Output(List<Path> files, List<String> notes) {
        public Output {
            files = List.copyOf(files);
            notes = List.copyOf(notes);
        }
    }

    private ConvergencePlot() {
    }

    /**
     * Writes {@code convergence.png} and {@code convergence.svg} into {@code dir} (atomically).
     *
     * @param title the chart title, e.g. the study name
     */
    public static Output write(Path dir, String title, List<Series> runs) throws IOException {
        List<String> notes = new ArrayList<>();
        List<Series> drawable = new ArrayList<>();
        for (Series s : runs) {
            if (s.trace().stream().anyMatch(p -> drawable(p.measure()))) {
                drawable.add(s);
            } else {
                notes.add("left out of the plot: " + s.label() + " (no positive finite measure in its "
                        + s.trace().size() + "-point trace)");
            }
        }
        if (drawable.isEmpty() && !runs.isEmpty()) {
            notes.add("no run has a drawable convergence measure; the plot is empty");
        }
        List<Row> rows = rows(title, drawable);
        int height = rows.stream().mapToInt(Row::height).sum();
        Files.createDirectories(dir);
        Path png = dir.resolve(PNG);
        Path svg = dir.resolve(SVG);
        AtomicFiles.write(png, out -> ImageIO.write(render(rows, height), "png", out));
        AtomicFiles.write(svg, out -> {
            VectorGraphics2D g = new VectorGraphics2D();
            paint(g, rows, height);
            new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, WIDTH, height)).writeTo(out);
        });
        return new Output(List.of(png, svg), notes);
    }

    /** One section's row: the measure by iteration (no legend) beside the measure by time (legend). */
    private record Row(XYChart byIteration, XYChart bySeconds, int height) {
    }

    private static List<Row> rows(String title, List<Series> drawable) {
        Map<String, List<Series>> sections = new LinkedHashMap<>();
        for (Series s : drawable) {
            sections.computeIfAbsent(s.section(), k -> new ArrayList<>()).add(s);
        }
        if (sections.isEmpty()) {
            sections.put("", List.of());
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<Series>> e : sections.entrySet()) {
            String section = e.getKey();
            String heading = section.isEmpty() ? title : title + " \u00b7 " + section;
            String measure = section.isEmpty() ? "convergence measure" : section;
            int height = panelHeight(e.getValue().size());
            rows.add(new Row(
                    Panel.chart(heading + ": by iteration", Panel.ITERATIONS, e.getValue(), ITERATION_PANEL_WIDTH,
                            height, measure, false),
                    Panel.chart(heading + ": by time", Panel.SECONDS, e.getValue(), WIDTH - ITERATION_PANEL_WIDTH,
                            height, measure, true),
                    height));
        }
        return rows;
    }

    private static BufferedImage render(List<Row> rows, int height) {
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            paint(g, rows, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void paint(Graphics2D g, List<Row> rows, int height) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height);
        int y = 0;
        for (Row row : rows) {
            Graphics2D left = (Graphics2D) g.create();
            left.translate(0, y);
            row.byIteration().paint(left, ITERATION_PANEL_WIDTH, row.height());
            left.dispose();
            Graphics2D right = (Graphics2D) g.create();
            right.translate(ITERATION_PANEL_WIDTH, y);
            row.bySeconds().paint(right, WIDTH - ITERATION_PANEL_WIDTH, row.height());
            right.dispose();
            y += row.height();
        }
    }

    static boolean drawable(double v) {
        return v > 0 && Double.isFinite(v);
    }
}
