package org.banach.api;

import java.util.ArrayList;
import java.util.List;

/**
 * A least-squares line through a convergence trace: slope, intercept and R². {@link #logLog} fits
 * log y against log x (an algebraic rate y ≈ C·x^slope, e.g. slope −1 for O(1/k)); {@link #semiLog}
 * fits log y against x (a linear rate y ≈ C·q^x with q = exp(slope), e.g. q = 1 − 1/κ). Points with
 * non-finite or non-positive values (where a log is taken) are left out. Used by tests, studies and plots.
 */
public final class RateFit {

    private final double slope;
    private final double intercept;
    private final double rSquared;
    private final int points;

    private RateFit(double slope, double intercept, double rSquared, int points) {
        this.slope = slope;
        this.intercept = intercept;
        this.rSquared = rSquared;
        this.points = points;
    }

    /** Fit of log y = intercept + slope·log x. */
    public static RateFit logLog(double[] x, double[] y) {
        return fit(x, y, true);
    }

    /** Fit of log y = intercept + slope·x. */
    public static RateFit semiLog(double[] x, double[] y) {
        return fit(x, y, false);
    }

    /** Semi-log fit of a trace's measure against iteration, over iterations [from, to] inclusive. */
    public static RateFit semiLog(List<TracePoint> trace, long from, long to) {
        List<double[]> xy = window(trace, from, to);
        return semiLog(xy.get(0), xy.get(1));
    }

    /** Log-log fit of a trace's measure against iteration, over iterations [from, to] inclusive (from ≥ 1). */
    public static RateFit logLog(List<TracePoint> trace, long from, long to) {
        List<double[]> xy = window(trace, from, to);
        return logLog(xy.get(0), xy.get(1));
    }

    /**
     * The measured linear rate of a residual sequence r₀, r₁, … (one value per iterate), as a solver's
     * claim and the runtime's verifier both compute it (since 1.3): keep the prefix r₀ … r_K up to the
     * last k before r_k first drops below {@code floor}·r₀ (below that, rounding dominates) or is not
     * finite; then exp(slope) of the least-squares fit of log r_k against k over the second half
     * [⌊K/2⌋, K] of that prefix. NaN when {@code r} is null or empty, r₀ is not positive and finite, or
     * that window has fewer than {@code minPoints} points.
     *
     * @param r the residuals, r[k] at iterate k
     * @param floor the relative cut-off, positive, e.g. 1e-12
     * @param minPoints the fewest points of the fit window (fewer than 2 counts as 2)
     * @return the contraction factor per iterate, or NaN as above
     * @throws IllegalArgumentException if {@code floor} is not positive
     */
    public static double tailRate(double[] r, double floor, int minPoints) {
        if (!(floor > 0)) {
            throw new IllegalArgumentException("the floor of a tail rate must be positive, got " + floor);
        }
        if (r == null || r.length == 0 || !(r[0] > 0) || !Double.isFinite(r[0])) {
            return Double.NaN;
        }
        int last = r.length - 1;
        for (int k = 0; k < r.length; k++) {
            if (!(r[k] >= floor * r[0]) || !Double.isFinite(r[k])) {
                last = k - 1;
                break;
            }
        }
        int from = last / 2;
        int n = last - from + 1;
        if (n < Math.max(2, minPoints)) {
            return Double.NaN;
        }
        double[] x = new double[n];
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = from + k;
            y[k] = r[from + k];
        }
        return semiLog(x, y).factor();
    }

    private static List<double[]> window(List<TracePoint> trace, long from, long to) {
        List<TracePoint> w = new ArrayList<>();
        for (TracePoint p : trace) {
            if (p.iteration() >= from && p.iteration() <= to) {
                w.add(p);
            }
        }
        double[] x = new double[w.size()];
        double[] y = new double[w.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = w.get(i).iteration();
            y[i] = w.get(i).measure();
        }
        return List.of(x, y);
    }

    private static RateFit fit(double[] x, double[] y, boolean logX) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " points but y has " + y.length);
        }
        double sx = 0;
        double sy = 0;
        int n = 0;
        double[] u = new double[x.length];
        double[] v = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            if (!(y[i] > 0) || !Double.isFinite(y[i]) || !Double.isFinite(x[i]) || (logX && !(x[i] > 0))) {
                continue;
            }
            u[n] = logX ? Math.log(x[i]) : x[i];
            v[n] = Math.log(y[i]);
            sx += u[n];
            sy += v[n];
            n++;
        }
        if (n < 2) {
            throw new IllegalArgumentException("a rate fit needs at least 2 usable points, got " + n);
        }
        double mx = sx / n;
        double my = sy / n;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double du = u[i] - mx;
            double dv = v[i] - my;
            sxx += du * du;
            sxy += du * dv;
            syy += dv * dv;
        }
        if (sxx == 0) {
            throw new IllegalArgumentException("a rate fit needs at least 2 distinct x values");
        }
        double slope = sxy / sxx;
        double r2 = syy == 0 ? 1.0 : (sxy * sxy) / (sxx * syy);
        return new RateFit(slope, my - slope * mx, r2, n);
    }

    public double slope() {
        return slope;
    }

    public double intercept() {
        return intercept;
    }

    /** Coefficient of determination of the fit, in [0, 1]. */
    public double rSquared() {
        return rSquared;
    }

    /** Points used. */
    public int points() {
        return points;
    }

    /** For a semi-log fit: the contraction factor per unit of x, exp(slope). */
    public double factor() {
        return Math.exp(slope);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "slope %.4g (R² %.4f, %d points)", slope, rSquared, points);
    }
}
