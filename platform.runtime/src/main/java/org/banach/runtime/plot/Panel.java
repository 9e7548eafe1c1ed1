package org.banach.runtime.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.banach.api.TracePoint;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** One panel of a {@link ConvergencePlot}: the measure (log) against one x quantity. */
final class Panel {

    /** Runs whose x extents differ by more than this factor get a logarithmic x axis. */
    static final int LOG_X_SPREAD = 30;
    /** About this many points are drawn per line (one per x bucket, plus the last). */
    static final int MAX_POINTS = 250;

    /** What a panel puts on its x axis, linearly and on a log axis (where x must be positive). */
    record XAxis(String title, String logTitle, ToDoubleFunction<TracePoint> linear,
            ToDoubleFunction<TracePoint> log) {
    }

    static final XAxis ITERATIONS = new XAxis("iteration", "iteration + 1 (log scale)", p -> p.iteration(),
            p -> p.iteration() + 1.0);
    static final XAxis SECONDS = new XAxis("seconds", "seconds (log scale)", TracePoint::seconds, TracePoint::seconds);

    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf),
        new Color(0xbcbd22), new Color(0x7f7f7f)};
    /** Per variant: mix of the group colour with white (positive) or black (negative), and line width. */
    private static final double[] SHADES = {0.0, 0.42, -0.45, 0.25, -0.25};
    private static final float[] WIDTHS = {2.2f, 1.4f, 1.4f, 1.1f, 1.1f};

    private Panel() {
    }

    /**
     * A chart of {@code runs}' measure (named {@code measure} on the y axis) against {@code axis};
     * with {@code legend} false the legend is hidden (a neighbouring panel shows it).
     */
    static XYChart chart(String title, XAxis axis, List<ConvergencePlot.Series> runs, int width, int height,
            String measure, boolean legend) {
        boolean logX = wantsLogX(runs, axis);
        ToDoubleFunction<TracePoint> x = logX ? axis.log() : axis.linear();
        XYChart chart = new XYChartBuilder().width(width).height(height).title(title)
                .xAxisTitle(logX ? axis.logTitle() : axis.title()).yAxisTitle(measure + " (log scale)").build();
        style(chart.getStyler(), logX);
        chart.getStyler().setLegendVisible(legend);
        Map<String, Color> colours = new LinkedHashMap<>();
        Map<String, Integer> variants = new LinkedHashMap<>();
        List<String> labels = new ArrayList<>();
        for (ConvergencePlot.Series run : runs) {
            double[][] xy = points(run.trace(), x, logX);
            if (xy[0].length == 0) {
                continue;
            }
            Color base = colours.computeIfAbsent(run.group(), k -> PALETTE[colours.size() % PALETTE.length]);
            int v = variants.computeIfAbsent(run.variant(), k -> variants.size()) % SHADES.length;
            Color c = shade(base, SHADES[v]);
            XYSeries s = chart.addSeries(unique(run.label(), labels), xy[0], xy[1]);
            s.setMarker(xy[0].length == 1 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
            s.setMarkerColor(c);
            s.setLineColor(c);
            s.setLineStyle(new BasicStroke(WIDTHS[v], BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        if (labels.isEmpty()) {
            // XChart cannot scale empty axes: an invisible series keeps an empty, labelled frame
            XYSeries s = chart.addSeries(" ", new double[] {1, 10}, new double[] {1, 10});
            s.setShowInLegend(false);
            s.setLineColor(new Color(0, 0, 0, 0));
            s.setMarker(SeriesMarkers.NONE);
            chart.getStyler().setLegendVisible(false);
        }
        return chart;
    }

    private static void style(XYStyler st, boolean logX) {
        st.setYAxisLogarithmic(true);
        st.setXAxisLogarithmic(logX);
        st.setLegendPosition(LegendPosition.OutsideE);
        st.setChartBackgroundColor(Color.WHITE);
        st.setPlotBackgroundColor(Color.WHITE);
        st.setPlotGridLinesColor(new Color(0xe4e4e4));
        st.setChartTitleBoxVisible(false);
        st.setLegendBorderColor(new Color(0xcccccc));
        st.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        st.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        st.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        st.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        st.setXAxisDecimalPattern(logX ? "0.#E0" : "#,##0.###");
        st.setYAxisDecimalPattern("0.#E0");
    }

    /** True when the drawable runs' largest x values differ by more than {@link #LOG_X_SPREAD}. */
    static boolean wantsLogX(List<ConvergencePlot.Series> runs, XAxis axis) {
        double smallest = Double.POSITIVE_INFINITY;
        double largest = 0;
        for (ConvergencePlot.Series run : runs) {
            double extent = 0;
            for (TracePoint p : run.trace()) {
                double x = axis.log().applyAsDouble(p);
                if (ConvergencePlot.drawable(p.measure()) && x > 0 && Double.isFinite(x)) {
                    extent = Math.max(extent, x);
                }
            }
            if (extent > 0) {
                smallest = Math.min(smallest, extent);
                largest = Math.max(largest, extent);
            }
        }
        return largest > 0 && largest / smallest > LOG_X_SPREAD;
    }

    /**
     * Drawable (x, measure) pairs, thinned to the first point of each of {@link #MAX_POINTS} equal x
     * buckets (equal in log x on a log axis) plus the last point.
     */
    static double[][] points(List<TracePoint> trace, ToDoubleFunction<TracePoint> x, boolean logX) {
        List<double[]> ok = new ArrayList<>();
        for (TracePoint p : trace) {
            double px = x.applyAsDouble(p);
            if (ConvergencePlot.drawable(p.measure()) && Double.isFinite(px) && (!logX || px > 0)) {
                ok.add(new double[] {px, p.measure()});
            }
        }
        List<double[]> kept = new ArrayList<>();
        if (!ok.isEmpty()) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double[] p : ok) {
                double t = logX ? Math.log(p[0]) : p[0];
                lo = Math.min(lo, t);
                hi = Math.max(hi, t);
            }
            long lastBucket = Long.MIN_VALUE;
            for (int i = 0; i < ok.size(); i++) {
                double t = logX ? Math.log(ok.get(i)[0]) : ok.get(i)[0];
                long bucket = hi > lo ? (long) Math.floor((t - lo) / (hi - lo) * MAX_POINTS) : 0;
                if (bucket != lastBucket || i == ok.size() - 1) {
                    kept.add(ok.get(i));
                    lastBucket = bucket;
                }
            }
        }
        double[][] xy = new double[2][kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            xy[0][i] = kept.get(i)[0];
            xy[1][i] = kept.get(i)[1];
        }
        return xy;
    }

    private static Color shade(Color c, double amount) {
        int target = amount >= 0 ? 255 : 0;
        double a = Math.abs(amount);
        return new Color(mix(c.getRed(), target, a), mix(c.getGreen(), target, a), mix(c.getBlue(), target, a));
    }

    private static int mix(int from, int to, double a) {
        return (int) Math.round(from + (to - from) * a);
    }

    private static String unique(String label, List<String> used) {
        String l = label;
        for (int i = 2; used.contains(l); i++) {
            l = label + " (" + i + ")";
        }
        used.add(l);
        return l;
    }
}
