package org.banach.runtime.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.banach.api.TracePoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvergencePlotTest {

    @TempDir
    Path dir;

    /** A geometric decrease from {@code start} by {@code rate} per iteration over {@code n} iterations. */
    static List<TracePoint> geometric(int n, double start, double rate, double secondsPerIteration) {
        List<TracePoint> t = new ArrayList<>();
        double m = start;
        for (int k = 0; k <= n; k++) {
            t.add(new TracePoint(k, k * secondsPerIteration, m * m, m));
            m *= rate;
        }
        return t;
    }

    @Test
    void writesAPngOfTheExpectedSizeAndAnSvg() throws IOException {
        List<ConvergencePlot.Series> runs = List.of(
                new ConvergencePlot.Series("optim.gd · beale", "beale", "optim.gd", geometric(400, 10, 0.95, 1e-4)),
                new ConvergencePlot.Series("optim.lbfgs · beale", "beale", "optim.lbfgs", geometric(20, 10, 0.3, 5e-4)),
                new ConvergencePlot.Series("optim.lbfgs · rosenbrock", "rosenbrock", "optim.lbfgs",
                        geometric(30, 100, 0.4, 5e-4)));

        ConvergencePlot.Output out = ConvergencePlot.write(dir, "tour", runs);

        assertEquals(List.of(dir.resolve("convergence.png"), dir.resolve("convergence.svg")), out.files());
        assertEquals(List.of(), out.notes());
        BufferedImage png = ImageIO.read(dir.resolve("convergence.png").toFile());
        assertEquals(ConvergencePlot.WIDTH, png.getWidth());
        assertEquals(ConvergencePlot.HEIGHT, png.getHeight());
        assertTrue(distinctColours(png) > 5, "the image is not blank");
        String svg = Files.readString(dir.resolve("convergence.svg"));
        assertTrue(svg.contains("<svg"), svg.substring(0, Math.min(200, svg.length())));
        assertTrue(svg.contains("width=\"" + ConvergencePlot.WIDTH + "px\""), "SVG has the image's width");
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary files are left");
        }
    }

    @Test
    void aRunWithoutDrawablePointsIsLeftOutAndNoted() throws IOException {
        List<TracePoint> nan = List.of(new TracePoint(0, 0, Double.NaN, Double.NaN),
                new TracePoint(1, 0.1, 1, 0.0), new TracePoint(2, 0.2, 1, -1.0),
                new TracePoint(3, 0.3, 1, Double.POSITIVE_INFINITY));
        List<ConvergencePlot.Series> runs = List.of(new ConvergencePlot.Series("nan run", nan),
                new ConvergencePlot.Series("good run", geometric(50, 1, 0.8, 1e-3)),
                new ConvergencePlot.Series("empty run", List.of()));

        ConvergencePlot.Output out = ConvergencePlot.write(dir, "with-nan", runs);

        assertEquals(2, out.notes().size(), out.notes().toString());
        assertTrue(out.notes().get(0).contains("nan run"), out.notes().get(0));
        assertTrue(out.notes().get(1).contains("empty run"), out.notes().get(1));
        assertEquals(ConvergencePlot.WIDTH, ImageIO.read(out.files().get(0).toFile()).getWidth());
    }

    @Test
    void aCrowdedStudyGetsTallerPanelsSoEveryLegendEntryFits() throws IOException {
        List<ConvergencePlot.Series> runs = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            runs.add(new ConvergencePlot.Series("run " + i, "p" + i % 8, "s" + i / 8, geometric(30, 1, 0.7, 1e-6)));
        }
        ConvergencePlot.Output out = ConvergencePlot.write(dir, "crowded", runs);
        BufferedImage png = ImageIO.read(out.files().get(0).toFile());
        int panel = ConvergencePlot.panelHeight(40);
        assertTrue(panel >= 40 * ConvergencePlot.LEGEND_ROW, "panel " + panel);
        assertEquals(panel, png.getHeight());
        assertEquals(ConvergencePlot.PANEL_HEIGHT, ConvergencePlot.panelHeight(3), "few runs keep the standard size");
    }

    @Test
    void eachSectionGetsItsOwnRowOfPanels() throws IOException {
        List<ConvergencePlot.Series> runs = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            runs.add(new ConvergencePlot.Series("g " + i, "p" + i % 5, "s" + i / 5, "gradient-norm",
                    geometric(30, 1, 0.7, 1e-6)));
        }
        runs.add(new ConvergencePlot.Series("sinkhorn", "ot", "sinkhorn", "marginal-error", geometric(80, 1, 0.8, 1e-6)));
        runs.add(new ConvergencePlot.Series("cg", "poisson", "cg", "relative-residual", geometric(60, 1, 0.7, 1e-6)));
        ConvergencePlot.Output out = ConvergencePlot.write(dir, "sections", runs);
        BufferedImage png = ImageIO.read(out.files().get(0).toFile());
        assertEquals(ConvergencePlot.panelHeight(30) + 2 * ConvergencePlot.PANEL_HEIGHT, png.getHeight(),
                "one row per criterion, each as tall as its own legend needs");
        assertTrue(distinctColours(png) > 5, "the image is not blank");
    }

    @Test
    void nothingDrawableStillGivesAnEmptyLabelledPlot() throws IOException {
        ConvergencePlot.Output out = ConvergencePlot.write(dir, "empty",
                List.of(new ConvergencePlot.Series("nan", List.of(new TracePoint(0, 0, 1, Double.NaN)))));
        assertTrue(out.notes().stream().anyMatch(n -> n.contains("plot is empty")), out.notes().toString());
        BufferedImage png = ImageIO.read(out.files().get(0).toFile());
        assertEquals(ConvergencePlot.HEIGHT, png.getHeight());
        assertTrue(Files.readString(out.files().get(1)).contains("<svg"));
        assertEquals(2, ConvergencePlot.write(dir, "none", List.of()).files().size());
    }

    @Test
    void longTracesAreThinnedKeepingTheEnds() {
        List<TracePoint> t = geometric(100_000, 1, 0.9999, 1e-6);
        double[][] xy = Panel.points(t, TracePoint::iteration, false);
        assertTrue(xy[0].length <= Panel.MAX_POINTS + 1, "thinned to " + xy[0].length);
        assertTrue(xy[0].length >= Panel.MAX_POINTS / 2, "not thinned too far: " + xy[0].length);
        assertEquals(0.0, xy[0][0], 0.0);
        assertEquals(100_000.0, xy[0][xy[0].length - 1], 0.0);
        for (int i = 1; i < xy[0].length; i++) {
            assertTrue(xy[0][i] > xy[0][i - 1], "x increases");
        }
        double[][] few = Panel.points(geometric(3, 1, 0.5, 1), TracePoint::iteration, false);
        assertArrayEquals(new double[] {0, 1, 2, 3}, few[0], 0.0);
        assertArrayEquals(new double[] {1, 0.5, 0.25, 0.125}, few[1], 0.0);
    }

    @Test
    void aLogXAxisIsUsedWhenRunsDifferByOrdersOfMagnitude() {
        List<ConvergencePlot.Series> similar = List.of(new ConvergencePlot.Series("a", geometric(100, 1, 0.9, 1)),
                new ConvergencePlot.Series("b", geometric(300, 1, 0.9, 1)));
        List<ConvergencePlot.Series> apart = List.of(new ConvergencePlot.Series("a", geometric(10, 1, 0.9, 1)),
                new ConvergencePlot.Series("b", geometric(5000, 1, 0.9, 1)));
        assertFalse(Panel.wantsLogX(similar, Panel.ITERATIONS));
        assertTrue(Panel.wantsLogX(apart, Panel.ITERATIONS));
        // on a log axis iteration 0 is drawn at 1 and seconds of 0 are dropped
        double[][] it = Panel.points(geometric(2, 1, 0.5, 1), Panel.ITERATIONS.log(), true);
        assertArrayEquals(new double[] {1, 2, 3}, it[0], 0.0);
        double[][] sec = Panel.points(geometric(2, 1, 0.5, 1), Panel.SECONDS.log(), true);
        assertArrayEquals(new double[] {1, 2}, sec[0], 0.0);
    }

    private static int distinctColours(BufferedImage img) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 7) {
            for (int x = 0; x < img.getWidth(); x += 7) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertNotEquals(0, colours.size());
        return colours.size();
    }
}
