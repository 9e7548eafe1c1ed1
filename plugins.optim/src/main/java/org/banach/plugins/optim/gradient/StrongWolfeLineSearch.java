package org.banach.plugins.optim.gradient;

/**
 * Line search for the strong Wolfe conditions
 * <pre>
 *   φ(α) ≤ φ(0) + c₁ α φ'(0)          (sufficient decrease)
 *   |φ'(α)| ≤ c₂ |φ'(0)|              (curvature)
 * </pre>
 * with φ(α) = f(x + αp), following Nocedal &amp; Wright, <i>Numerical Optimization</i>, 2nd ed.,
 * Algorithm 3.5 (bracketing phase) and Algorithm 3.6 ({@code zoom}). Trial steps inside a bracket
 * come from cubic interpolation of φ and φ' at both ends (N&amp;W eq. 3.59), falling back to the
 * minimiser of the quadratic through φ(α_lo), φ'(α_lo), φ(α_hi) (N&amp;W eq. 3.57), clamped to stay
 * at least 10% of the bracket width away from both ends (the safeguard N&amp;W §3.5 asks for), and
 * to bisection when the far end is not finite.
 * The bracketing phase extrapolates by doubling the step, the constant-multiple choice N&amp;W
 * §3.5 allows.
 *
 * <p>A trial point where f or ∇f is not finite is treated like one that fails sufficient decrease
 * (it becomes the upper end of the bracket), so a step that overflows is shortened rather than
 * accepted; if no finite acceptable point is found the outcome says so.
 *
 * <p>Stateless apart from its constants; each {@link #search} call allocates its own work arrays.
 */
public final class StrongWolfeLineSearch implements LineSearch {

    /** How a search ended. */
    public enum Outcome {
        /** Both strong Wolfe conditions hold at the returned step. */
        SATISFIED,
        /** p is not a descent direction: φ'(0) ≥ 0 (or not finite). */
        NOT_DESCENT,
        /** The evaluation budget ran out. */
        MAX_EVALUATIONS,
        /** The bracket shrank to rounding level without an acceptable step. */
        ROUNDING,
        /** The interval of uncertainty became narrower than the search's relative tolerance (Moré–Thuente's xtol test). */
        INTERVAL,
        /**
         * A step met both conditions but f was not lower than at α = 0 (the sufficient-decrease bound rounded
         * to f(0)): f cannot be lowered along p at this precision.
         */
        NO_DECREASE,
        /** The search ended without an acceptable step, and some trial point had a non-finite f or ∇f. */
        NON_FINITE
    }

    /**
     * The outcome of one search. When {@code alpha > 0} the caller's {@code xOut}, {@code gOut} hold
     * x + αp and its gradient and {@code value} its objective: for {@link Outcome#SATISFIED} the
     * strong Wolfe step, otherwise the best step found that satisfies sufficient decrease (α = 0
     * when there is none; then {@code xOut}, {@code gOut} are unspecified).
     */
    public record Step(Outcome outcome, double alpha, double value, int evaluations, boolean sawNonFinite) {

        public boolean satisfied() {
            return outcome == Outcome.SATISFIED;
        }
    }

    private static final double EXTRAPOLATION = 2.0;
    private static final double SAFEGUARD = 0.1;

    private final double c1;
    private final double c2;
    private final int maxEvaluations;
    private final double alphaMax;

    /**
     * @param c1 sufficient-decrease constant, 0 &lt; c1 &lt; c2
     * @param c2 curvature constant, c1 &lt; c2 &lt; 1 (0.9 for quasi-Newton methods, N&amp;W §3.1)
     * @param maxEvaluations most f/∇f evaluations per search
     * @param alphaMax largest step tried
     */
    public StrongWolfeLineSearch(double c1, double c2, int maxEvaluations, double alphaMax) {
        if (!(0 < c1 && c1 < c2 && c2 < 1)) {
            throw new IllegalArgumentException("need 0 < c1 < c2 < 1, got c1=" + c1 + ", c2=" + c2);
        }
        if (maxEvaluations < 1 || !(alphaMax > 0)) {
            throw new IllegalArgumentException("need maxEvaluations >= 1 and alphaMax > 0");
        }
        this.c1 = c1;
        this.c2 = c2;
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
        double prevAlpha = 0;
        double prevF = f0;
        double prevD = d0;
        double alpha = Math.min(alpha1, alphaMax);
        while (true) {
            if (s.evaluations >= maxEvaluations) {
                return s.fail(Outcome.MAX_EVALUATIONS);
            }
            s.evaluate(alpha);
            if (!s.finite || s.f > f0 + c1 * alpha * d0 || (s.evaluations > 1 && s.f >= prevF)) {
                return zoom(s, prevAlpha, prevF, prevD, alpha, s.f, s.d);
            }
            s.recordSufficientDecrease(alpha);
            if (Math.abs(s.d) <= -c2 * d0) {
                return s.accept(alpha);
            }
            if (s.d >= 0) {
                return zoom(s, alpha, s.f, s.d, prevAlpha, prevF, prevD);
            }
            if (alpha >= alphaMax) {
                return s.fail(Outcome.MAX_EVALUATIONS);
            }
            prevAlpha = alpha;
            prevF = s.f;
            prevD = s.d;
            alpha = Math.min(alphaMax, EXTRAPOLATION * alpha);
        }
    }

    /** N&amp;W Algorithm 3.6: φ(lo) is the lowest sufficient-decrease value so far; [lo, hi] brackets a Wolfe step. */
    private Step zoom(LineSearchTrials s, double lo, double fLo, double dLo, double hi, double fHi, double dHi) {
        while (true) {
            if (s.evaluations >= maxEvaluations) {
                return s.fail(Outcome.MAX_EVALUATIONS);
            }
            double width = Math.abs(hi - lo);
            if (width <= 1e-16 * Math.max(Math.abs(lo), Math.abs(hi)) || width == 0) {
                return s.fail(Outcome.ROUNDING);
            }
            double alpha = interpolate(lo, fLo, dLo, hi, fHi, dHi);
            s.evaluate(alpha);
            if (!s.finite || s.f > s.f0 + c1 * alpha * s.d0 || s.f >= fLo) {
                hi = alpha;
                fHi = s.f;
                dHi = s.d;
            } else {
                s.recordSufficientDecrease(alpha);
                if (Math.abs(s.d) <= -c2 * s.d0) {
                    return s.accept(alpha);
                }
                if (s.d * (hi - lo) >= 0) {
                    hi = lo;
                    fHi = fLo;
                    dHi = dLo;
                }
                lo = alpha;
                fLo = s.f;
                dLo = s.d;
            }
        }
    }

    /**
     * A trial step inside the bracket: the cubic minimiser (N&amp;W eq. 3.59), else the quadratic one
     * (eq. 3.57), clamped to keep at least 10% of the width from either end; the midpoint when the
     * far end has a non-finite value or neither interpolant exists.
     */
    static double interpolate(double lo, double fLo, double dLo, double hi, double fHi, double dHi) {
        double a = Math.min(lo, hi);
        double b = Math.max(lo, hi);
        double margin = SAFEGUARD * (b - a);
        double t = Double.NaN;
        if (Double.isFinite(fHi) && Double.isFinite(dHi)) {
            double d1 = dLo + dHi - 3 * (fLo - fHi) / (lo - hi);
            double disc = d1 * d1 - dLo * dHi;
            if (disc >= 0) {
                double d2 = Math.signum(hi - lo) * Math.sqrt(disc);
                t = hi - (hi - lo) * (dHi + d2 - d1) / (dHi - dLo + 2 * d2);
            }
        }
        if (!Double.isFinite(t) && Double.isFinite(fHi)) {
            double h = hi - lo;
            double denom = 2 * (fHi - fLo - dLo * h);
            if (denom > 0) {
                t = lo - dLo * h * h / denom;
            }
        }
        if (!Double.isFinite(t)) {
            return 0.5 * (lo + hi);
        }
        return Math.min(b - margin, Math.max(a + margin, t));
    }
}
