package org.banach.plugins.optim.gradient;

/**
 * The interval of uncertainty of the Moré–Thuente line search and its safeguarded step: J. J. Moré and
 * D. J. Thuente, "Line search algorithms with guaranteed sufficient decrease", ACM TOMS 20(3):286–307,
 * 1994, §4 (the MINPACK-2 routine {@code dcstep}, the one L-BFGS-B calls).
 *
 * <p>The end point {@code stx} has the least function value found so far, {@code sty} is the other end,
 * and {@link #step} computes the next trial from the cubic and quadratic (secant) interpolants of the two
 * points nearest the minimiser, in the paper's four cases:
 * <ol>
 * <li>higher value at the trial: a minimiser is bracketed; the cubic step if it is closer to {@code stx}
 *     than the quadratic one, else their average;</li>
 * <li>lower value, derivative of opposite sign: bracketed; the cubic or the secant step, whichever is
 *     farther from the trial;</li>
 * <li>lower value, same sign, smaller derivative magnitude: the cubic step if it lies beyond the trial
 *     (else the far bound), or the secant step, whichever is nearer when bracketed (and then at most 66%
 *     of the way to {@code sty}), whichever is farther otherwise, clamped to [stpmin, stpmax];</li>
 * <li>lower value, same sign, derivative not smaller: the cubic through the trial and {@code sty} when
 *     bracketed, else the bound stpmin or stpmax.</li>
 * </ol>
 * Values may be those of φ or of the auxiliary ψ(α) = φ(α) − φ(0) − c₁αφ'(0) (the search's first stage);
 * the rule is the same.
 */
final class MoreThuenteInterval {

    private static final double P66 = 0.66;

    double stx;
    double fx;
    double dx;
    double sty;
    double fy;
    double dy;
    boolean bracketed;

    MoreThuenteInterval(double f0, double d0) {
        this.fx = f0;
        this.dx = d0;
        this.fy = f0;
        this.dy = d0;
    }

    /**
     * Updates the interval with the trial (stp, fp, dp) and returns the next trial, inside [stpmin, stpmax]
     * when not yet bracketed.
     */
    double step(double stp, double fp, double dp, double stpmin, double stpmax) {
        double sgnd = dp * Math.signum(dx);
        double stpf;
        if (fp > fx) {
            stpf = higherValue(stp, fp, dp);
            bracketed = true;
        } else if (sgnd < 0) {
            stpf = oppositeSlope(stp, fp, dp);
            bracketed = true;
        } else if (Math.abs(dp) < Math.abs(dx)) {
            stpf = smallerSlope(stp, fp, dp, stpmin, stpmax);
        } else if (bracketed) {
            stpf = cubicMinimiser(stp, fp, dp, sty, fy, dy);
        } else {
            stpf = stp > stx ? stpmax : stpmin;
        }
        if (fp > fx) {
            sty = stp;
            fy = fp;
            dy = dp;
        } else {
            if (sgnd < 0) {
                sty = stx;
                fy = fx;
                dy = dx;
            }
            stx = stp;
            fx = fp;
            dx = dp;
        }
        return stpf;
    }

    /** Case 1. */
    private double higherValue(double stp, double fp, double dp) {
        double stpc = cubicMinimiser(stx, fx, dx, stp, fp, dp);
        double stpq = stx + dx / ((fx - fp) / (stp - stx) + dx) / 2 * (stp - stx);
        return Math.abs(stpc - stx) < Math.abs(stpq - stx) ? stpc : stpc + (stpq - stpc) / 2;
    }

    /** Case 2. */
    private double oppositeSlope(double stp, double fp, double dp) {
        double stpc = cubicMinimiser(stp, fp, dp, stx, fx, dx);
        double stpq = stp + dp / (dp - dx) * (stx - stp);
        return Math.abs(stpc - stp) > Math.abs(stpq - stp) ? stpc : stpq;
    }

    /** Case 3: the cubic may have no minimiser beyond the trial, in which case it heads for the bound. */
    private double smallerSlope(double stp, double fp, double dp, double stpmin, double stpmax) {
        double theta = 3 * (fx - fp) / (stp - stx) + dx + dp;
        double s = Math.max(Math.abs(theta), Math.max(Math.abs(dx), Math.abs(dp)));
        double gamma = s * Math.sqrt(Math.max(0, (theta / s) * (theta / s) - (dx / s) * (dp / s)));
        if (stp > stx) {
            gamma = -gamma;
        }
        double p = gamma - dp + theta;
        double q = gamma + (dx - dp) + gamma;
        double r = p / q;
        double stpc;
        if (r < 0 && gamma != 0) {
            stpc = stp + r * (stx - stp);
        } else {
            stpc = stp > stx ? stpmax : stpmin;
        }
        double stpq = stp + dp / (dp - dx) * (stx - stp);
        double stpf;
        if (bracketed) {
            stpf = Math.abs(stpc - stp) < Math.abs(stpq - stp) ? stpc : stpq;
            double limit = stp + P66 * (sty - stp);
            return stp > stx ? Math.min(limit, stpf) : Math.max(limit, stpf);
        }
        stpf = Math.abs(stpc - stp) > Math.abs(stpq - stp) ? stpc : stpq;
        return Math.max(stpmin, Math.min(stpmax, stpf));
    }

    /**
     * The minimiser of the cubic interpolating (a, fa, da) and (b, fb, db), written as in dcstep (the
     * scaling by s avoids overflow): a + r(b − a) with r from θ and γ.
     */
    static double cubicMinimiser(double a, double fa, double da, double b, double fb, double db) {
        double theta = 3 * (fa - fb) / (b - a) + da + db;
        double s = Math.max(Math.abs(theta), Math.max(Math.abs(da), Math.abs(db)));
        double gamma = s * Math.sqrt((theta / s) * (theta / s) - (da / s) * (db / s));
        if (b < a) {
            gamma = -gamma;
        }
        double p = gamma - da + theta;
        double q = gamma - da + gamma + db;
        return a + p / q * (b - a);
    }
}
