package org.banach.runtime.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * on a logarithmic axis, against iterations (top panel) and against seconds (bottom panel), one line
 * per run, written as {@code convergence.png} and {@code convergence.svg}. Runs of one group (e.g.
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
    /** Size of the whole image in pixels (two panels stacked). */
    public static final int WIDTH = 1200;
    public static final int PANEL_HEIGHT = 520;
    public static final int HEIGHT = 2 * PANEL_HEIGHT;
    /** Pixels per legend row: panels grow beyond {@link #PANEL_HEIGHT} so that every run's legend entry shows. */
    static final int LEGEND_ROW = 21;

    /** Height of one panel for {@code runs} series: {@link #PANEL_HEIGHT}, or taller when the legend needs it. */
    static int panelHeight(int runs) {
        return Math.max(PANEL_HEIGHT, 60 + LEGEND_ROW * runs);
    }

    /**
     * One run to draw.
     *
     * @param label legend text
     * @param group runs with the same group get the same colour (e.g. the problem)
     * @param variant runs with the same variant get the same shade and width (e.g. the solver)
     */
    public record Series(String label, String group, String variant, List<TracePoint> trace) {
        public Series {
            Objects.requireNonNull(label, "label");
            group = group == null ? label : group;
            variant = variant == null ? "" : variant;
            trace = List.copyOf(trace);
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
        int panel = panelHeight(drawable.size());
        XYChart byIteration = Panel.chart(title + ": measure by iteration", Panel.ITERATIONS, drawable, WIDTH, panel);
        XYChart bySeconds = Panel.chart(title + ": measure by time", Panel.SECONDS, drawable, WIDTH, panel);
        Files.createDirectories(dir);
        Path png = dir.resolve(PNG);
        Path svg = dir.resolve(SVG);
        AtomicFiles.write(png, out -> ImageIO.write(render(byIteration, bySeconds, panel), "png", out));
        AtomicFiles.write(svg, out -> {
            VectorGraphics2D g = new VectorGraphics2D();
            paint(g, byIteration, bySeconds, panel);
            new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, WIDTH, 2 * panel)).writeTo(out);
        });
        return new Output(List.of(png, svg), notes);
    }

    static BufferedImage render(XYChart top, XYChart bottom, int panel) {
        BufferedImage image = new BufferedImage(WIDTH, 2 * panel, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            paint(g, top, bottom, panel);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void paint(Graphics2D g, XYChart top, XYChart bottom, int panel) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, 2 * panel);
        Graphics2D upper = (Graphics2D) g.create();
        top.paint(upper, WIDTH, panel);
        upper.dispose();
        Graphics2D lower = (Graphics2D) g.create();
        lower.translate(0, panel);
        bottom.paint(lower, WIDTH, panel);
        lower.dispose();
    }

    static boolean drawable(double v) {
        return v > 0 && Double.isFinite(v);
    }
}
