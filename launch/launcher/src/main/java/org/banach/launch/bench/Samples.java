package org.banach.launch.bench;

import java.util.Arrays;

/** Order statistics of measured samples. */
public final class Samples {

    private Samples() {
    }

    public static double median(double[] v) {
        return percentile(v, 0.5);
    }

    /** The {@code q}-quantile with linear interpolation between order statistics; NaN when empty. */
    static double percentile(double[] v, double q) {
        double[] s = v.clone();
        Arrays.sort(s);
        if (s.length == 0) {
            return Double.NaN;
        }
        double pos = q * (s.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return s[lo] + (s[hi] - s[lo]) * (pos - lo);
    }

    /** "min A, max B unit, n=N" with the samples multiplied by {@code scale}. */
    static String range(double[] v, double scale, String unit) {
        double[] s = v.clone();
        Arrays.sort(s);
        return "min " + FigureTable.number(s[0] * scale) + ", max " + FigureTable.number(s[s.length - 1] * scale)
                + " " + unit + ", n=" + s.length;
    }
}
