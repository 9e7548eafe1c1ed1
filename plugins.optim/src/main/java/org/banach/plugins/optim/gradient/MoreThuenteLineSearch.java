package org.banach.plugins.optim.gradient;

import org.banach.plugins.optim.gradient.StrongWolfeLineSearch.Outcome;
import org.banach.plugins.optim.gradient.StrongWolfeLineSearch.Step;

/**
 * The Moré–Thuente line search for the strong Wolfe conditions
 * <pre>
 *   φ(α) ≤ φ(0) + c₁ α φ'(0)          (sufficient decrease)
 *   |φ'(α)| ≤ c₂ |φ'(0)|              (curvature)
 * </pre>
 * J. J. Moré and D. J. Thuente, "Line search algorithms with guaranteed sufficient decrease", ACM TOMS
 * 20(3):286–307, 1994 — the algorithm of the MINPACK-2 routine {@code dcsrch} that L-BFGS-B (and so
 * SciPy) uses. Each trial step comes from {@link MoreThuenteInterval#step}: safeguarded cubic and
 * quadratic interpolation, applied to the auxiliary function ψ(α) = φ(α) − φ(0) − c₁αφ'(0) until a
 * step with ψ ≤ 0 and φ' ≥ 0 is found (stage 1), to φ itself after that (stage 2). Before a minimiser
 * is bracketed the trial stays in [α + 1.1(α − α_x), α + 4(α − α_x)] (extrapolation); once it is
 * bracketed the step bisects the interval whenever two steps have not shrunk it to 66% of its width.
 *
 * <p>Every trial is one f+∇f evaluation, counted once; no point is evaluated twice: a trial x + αp that
 * equals x or the previous trial in every component ends the search ({@link Outcome#ROUNDING}) unevaluated. The search ends
 * with {@link Outcome#SATISFIED} when both conditions hold at the last trial and f is lower there than at
 * α = 0, with {@link Outcome#NO_DECREASE} (α = 0) when they hold but f is not lower (the sufficient-decrease
 * bound f(0) + c₁αφ'(0) rounded to f(0)), and otherwise with the lowest point it met that satisfies
 * sufficient decrease and lowers f (α = 0 when none): {@link Outcome#INTERVAL} when the interval
 * of uncertainty is narrower than {@code xtol} relative to its upper end (the paper's xtol test; 0.1 as
 * in L-BFGS-B), {@link Outcome#ROUNDING} when rounding errors prevent progress, and
 * {@link Outcome#MAX_EVALUATIONS} when the budget is spent or the step reaches alphaMax. A trial point
 * where f or ∇f is not finite is not interpolated: the interval is cut back to the midpoint between it
 * and the best point so far.
 */
public final class MoreThuenteLineSearch implements LineSearch {

    /** Extrapolation bounds and the interval reduction that forces bisection (dcsrch's xtrapl, xtrapu, 0.66). */
    private static final double XTRAPL = 1.1;
    private static final double XTRAPU = 4.0;
    private static final double P66 = 0.66;

    private final double c1;
    private final double c2;
    private final double xtol;
    private final int maxEvaluations;
    private final double alphaMax;

    /**
     * @param c1 sufficient-decrease constant, 0 &lt; c1 &lt; c2
     * @param c2 curvature constant, c1 &lt; c2 &lt; 1
     * @param xtol relative width of the interval of uncertainty at which the search gives up (0 &lt; xtol)
     * @param maxEvaluations most f/∇f evaluations per search
     * @param alphaMax largest step tried
     */
    public MoreThuenteLineSearch(double c1, double c2, double xtol, int maxEvaluations, double alphaMax) {
        if (!(0 < c1 && c1 < c2 && c2 < 1)) {
            throw new IllegalArgumentException("need 0 < c1 < c2 < 1, got c1=" + c1 + ", c2=" + c2);
        }
        if (maxEvaluations < 1 || !(alphaMax > 0) || !(xtol > 0)) {
            throw new IllegalArgumentException("need maxEvaluations >= 1, alphaMax > 0 and xtol > 0");
        }
        this.c1 = c1;
        this.c2 = c2;
        this.xtol = xtol;
        this.maxEvaluations = maxEvaluations;
        this.alphaMax = alphaMax;
    }

    @Override
    public Step search(CountingOracle oracle, double[] x, double f0, double[] g0, double[] p, double alpha1,
            double[] xOut, double[] gOut) {
        double d0 = Vectors.dot(g0, p);
        if (!(d0 < 0) || !Double.isFinite(d0)) {
            return new Step(Outcome.NOT_DESCENT, 0, f0, 0, false);
        }
        LineSearchTrials s = new LineSearchTrials(oracle, x, f0, d0, p, xOut, gOut);
        MoreThuenteInterval iv = new MoreThuenteInterval(f0, d0);
        double gtest = c1 * d0;
        double width = alphaMax;
        double width1 = 2 * width;
        boolean stage1 = true;
        double stp = Math.min(alpha1, alphaMax);
        double stmin = 0;
        double stmax = stp + XTRAPU * stp;
        while (true) {
            if (s.evaluations >= maxEvaluations) {
                return s.fail(Outcome.MAX_EVALUATIONS);
            }
            if (!s.place(stp)) {
                return s.fail(Outcome.ROUNDING);
            }
            s.evaluatePlaced();
            if (!s.finite) {
                // Not interpolated: the trial becomes the far end and the next one halves the way back.
                iv.sty = stp;
                iv.fy = Double.POSITIVE_INFINITY;
                iv.dy = Double.NaN;
                iv.bracketed = true;
                stmin = Math.min(iv.stx, stp);
                stmax = Math.max(iv.stx, stp);
                width1 = width;
                width = stmax - stmin;
                stp = iv.stx + 0.5 * (stp - iv.stx);
                if (stp == iv.stx || stp == iv.sty) {
                    return s.fail(Outcome.ROUNDING);
                }
                continue;
            }
            double f = s.f;
            double d = s.d;
            double ftest = f0 + stp * gtest;
            boolean decrease = f <= ftest;
            if (decrease) {
                s.recordSufficientDecrease(stp);
            }
            if (stage1 && decrease && d >= 0) {
                stage1 = false;
            }
            if (decrease && Math.abs(d) <= -c2 * d0) {
                // f(0) + c₁αφ'(0) may round to f(0): a step that meets both conditions without lowering f
                // at all says that f cannot be lowered at this precision.
                return f < f0 ? s.accept(stp) : s.fail(Outcome.NO_DECREASE);
            }
            if (iv.bracketed && (stp <= stmin || stp >= stmax)) {
                return s.fail(Outcome.ROUNDING);
            }
            if (iv.bracketed && stmax - stmin <= xtol * stmax) {
                return s.fail(Outcome.INTERVAL);
            }
            if (stp >= alphaMax && decrease && d <= gtest) {
                return s.fail(Outcome.MAX_EVALUATIONS);
            }
            if (stage1 && f <= iv.fx && !decrease) {
                // ψ-values: the modified function of stage 1.
                double fxm = iv.fx - iv.stx * gtest;
                double fym = iv.fy - iv.sty * gtest;
                iv.fx = fxm;
                iv.fy = fym;
                iv.dx -= gtest;
                iv.dy -= gtest;
                stp = iv.step(stp, f - stp * gtest, d - gtest, stmin, stmax);
                iv.fx += iv.stx * gtest;
                iv.fy += iv.sty * gtest;
                iv.dx += gtest;
                iv.dy += gtest;
            } else {
                stp = iv.step(stp, f, d, stmin, stmax);
            }
            if (iv.bracketed) {
                if (Math.abs(iv.sty - iv.stx) >= P66 * width1) {
                    stp = iv.stx + 0.5 * (iv.sty - iv.stx);
                }
                width1 = width;
                width = Math.abs(iv.sty - iv.stx);
                stmin = Math.min(iv.stx, iv.sty);
                stmax = Math.max(iv.stx, iv.sty);
            } else {
                stmin = stp + XTRAPL * (stp - iv.stx);
                stmax = stp + XTRAPU * (stp - iv.stx);
            }
            if (!Double.isFinite(stp)) {
                // Only after a non-finite trial (its far end has no derivative to interpolate): bisect.
                stp = iv.stx + 0.5 * (iv.sty - iv.stx);
            }
            stp = Math.max(0, Math.min(alphaMax, stp));
            // dcsrch would now re-evaluate the best point α_x and stop; it is already known, so stop here.
            if (iv.bracketed && (stp <= stmin || stp >= stmax)) {
                return s.fail(Outcome.ROUNDING);
            }
            if (iv.bracketed && stmax - stmin <= xtol * stmax) {
                return s.fail(Outcome.INTERVAL);
            }
            if (stp == 0) {
                return s.fail(Outcome.ROUNDING);
            }
        }
    }
}
