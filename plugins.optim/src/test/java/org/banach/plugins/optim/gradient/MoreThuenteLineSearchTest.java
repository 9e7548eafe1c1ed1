package org.banach.plugins.optim.gradient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;

import org.banach.api.conformance.KitProblems;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.optim.SmoothObjective;
import org.banach.plugins.optim.gradient.StrongWolfeLineSearch.Outcome;
import org.banach.plugins.optim.gradient.StrongWolfeLineSearch.Step;
import org.junit.jupiter.api.Test;

/** The Moré–Thuente line search: the strong Wolfe conditions on return, its safeguards, and the paper's Table 1. */
class MoreThuenteLineSearchTest {

    /** The trial steps α of one search, in order. */
    private final List<Double> trials = new ArrayList<>();

    private SmoothObjective recording(DoubleUnaryOperator f, DoubleUnaryOperator df) {
        return StrongWolfeLineSearchTest.oneD(a -> {
            trials.add(a);
            return f.applyAsDouble(a);
        }, df);
    }

    private static Step run(MoreThuenteLineSearch search, SmoothObjective p, double[] x, double[] dir, double alpha1,
            double[] xOut, double[] gOut) {
        double[] g = new double[x.length];
        double f = p.valueAndGradient(x, g);
        return search.search(new CountingOracle(p, new TestMonitor()), x, f, g, dir, alpha1, xOut, gOut);
    }

    /** Sufficient decrease, curvature and a strictly lower f at the returned step, recomputed here. */
    private static void assertStrongWolfe(SmoothObjective p, double[] x, double[] dir, Step s, double c1, double c2) {
        double[] g0 = new double[x.length];
        double f0 = p.valueAndGradient(x, g0);
        double d0 = Vectors.dot(g0, dir);
        double[] xa = new double[x.length];
        Vectors.step(x, s.alpha(), dir, xa);
        double[] ga = new double[x.length];
        double fa = p.valueAndGradient(xa, ga);
        assertTrue(fa <= f0 + c1 * s.alpha() * d0 && fa < f0, "sufficient decrease at " + s);
        assertTrue(Math.abs(Vectors.dot(ga, dir)) <= c2 * Math.abs(d0), "curvature at " + s);
        assertEquals(fa, s.value(), 0.0);
    }

    /**
     * Moré &amp; Thuente (1994), Table 1: φ(α) = −α/(α² + β), β = 2, μ = 10⁻³, η = 0.1, from α₀ = 10⁻³, 10⁻¹,
     * 10, 10³ the search ends after 6, 3, 1 and 4 evaluations at α ≈ 1.4, 1.4, 10 and 37.
     */
    @Test
    void reproducesTable1OfThePaper() {
        double beta = 2;
        SmoothObjective p = recording(a -> -a / (a * a + beta), a -> (a * a - beta) / ((a * a + beta) * (a * a + beta)));
        MoreThuenteLineSearch search = new MoreThuenteLineSearch(1e-3, 0.1, 1e-10, 100, 1e10);
        double[][] table = {{1e-3, 6, 1.4}, {1e-1, 3, 1.4}, {1e1, 1, 10}, {1e3, 4, 37}};
        for (double[] row : table) {
            Step s = run(search, p, new double[] {0}, new double[] {1}, row[0], new double[1], new double[1]);
            assertTrue(s.satisfied(), "alpha0 = " + row[0] + ": " + s);
            assertEquals((int) row[1], s.evaluations(), "alpha0 = " + row[0] + ": " + s);
            assertEquals(row[2], s.alpha(), 0.05 * row[2], "alpha0 = " + row[0]);
            assertStrongWolfe(p, new double[] {0}, new double[] {1}, s, 1e-3, 0.1);
        }
    }

    @Test
    void unitStepAcceptedWithOneEvaluation() {
        SmoothObjective p = recording(a -> (a - 1) * (a - 1), a -> 2 * (a - 1));
        double[] xOut = new double[1];
        Step s = run(new MoreThuenteLineSearch(1e-4, 0.9, 0.1, 20, 1e20), p, new double[] {0}, new double[] {1}, 1.0,
                xOut, new double[1]);
        assertTrue(s.satisfied());
        assertEquals(1.0, s.alpha());
        assertEquals(1, s.evaluations());
        assertEquals(1.0, xOut[0]);
    }

    /** From random starts and first steps on Rosenbrock, every SATISFIED step meets the strong Wolfe conditions. */
    @Test
    void strongWolfeHoldsOnReturnAlongSteepestDescent() {
        SmoothObjective p = KitProblems.rosenbrock();
        Random rnd = new Random(7);
        int satisfied = 0;
        for (int t = 0; t < 200; t++) {
            double[] x = {rnd.nextGaussian() * 2, rnd.nextGaussian() * 2};
            double[] g = new double[2];
            p.valueAndGradient(x, g);
            double[] dir = {-g[0], -g[1]};
            double alpha1 = Math.pow(10, -6 + 8 * rnd.nextDouble());
            double c2 = t % 2 == 0 ? 0.9 : 0.1;
            MoreThuenteLineSearch search = new MoreThuenteLineSearch(1e-4, c2, 1e-10, 60, 1e20);
            Step s = run(search, p, x, dir, alpha1, new double[2], new double[2]);
            if (s.satisfied()) {
                satisfied++;
                assertStrongWolfe(p, x, dir, s, 1e-4, c2);
            }
        }
        assertTrue(satisfied >= 190, "satisfied " + satisfied + " of 200");
    }

    /** No trial is evaluated twice, and x itself (whose f and ∇f the caller has) never is. */
    @Test
    void noPointIsEvaluatedTwice() {
        // f = 1 + 1e-17 (α − 1)²: below α ≈ 1e-8 every trial rounds to x, and f barely resolves the minimum
        SmoothObjective p = recording(a -> 1 + 1e-17 * (a - 1) * (a - 1), a -> 2e-17 * (a - 1));
        Random rnd = new Random(3);
        for (int t = 0; t < 50; t++) {
            trials.clear();
            double x0 = rnd.nextGaussian();
            MoreThuenteLineSearch search = new MoreThuenteLineSearch(1e-4, 0.9, 1e-10, 100, 1e20);
            double[] g = new double[1];
            double f = p.valueAndGradient(new double[] {x0}, g);
            trials.clear();
            Step s = search.search(new CountingOracle(p, new TestMonitor()), new double[] {x0}, f, g,
                    new double[] {-Math.signum(g[0])}, Math.pow(10, -3 + 6 * rnd.nextDouble()), new double[1], new double[1]);
            Set<Double> seen = new HashSet<>(trials);
            assertEquals(trials.size(), seen.size(), "trials " + trials);
            assertTrue(!seen.contains(x0), "x itself evaluated: " + trials);
            assertEquals(trials.size(), s.evaluations());
        }
    }

    /**
     * The safeguarded step of a bracketing interval stays between its ends. The data come from a function
     * with wiggles, φ(α) = (α − m)² + 0.3 sin(5α), in the configurations the search keeps: φ(α_x) ≤ φ(α_y),
     * φ'(α_x) pointing into the interval, and the trial strictly inside.
     */
    @Test
    void safeguardedStepStaysInsideTheBracket() {
        Random rnd = new Random(11);
        int checked = 0;
        for (int t = 0; t < 20_000; t++) {
            double m = 4 * rnd.nextDouble();
            DoubleUnaryOperator phi = a -> (a - m) * (a - m) + 0.3 * Math.sin(5 * a);
            DoubleUnaryOperator dphi = a -> 2 * (a - m) + 1.5 * Math.cos(5 * a);
            double stx = 4 * rnd.nextDouble();
            double sty = 4 * rnd.nextDouble();
            if (!(phi.applyAsDouble(stx) <= phi.applyAsDouble(sty)) || dphi.applyAsDouble(stx) * (sty - stx) >= 0) {
                continue;
            }
            MoreThuenteInterval iv = new MoreThuenteInterval(0, -1);
            iv.stx = stx;
            iv.fx = phi.applyAsDouble(stx);
            iv.dx = dphi.applyAsDouble(stx);
            iv.sty = sty;
            iv.fy = phi.applyAsDouble(sty);
            iv.dy = dphi.applyAsDouble(sty);
            iv.bracketed = true;
            double lo = Math.min(stx, sty);
            double hi = Math.max(stx, sty);
            double stp = lo + (0.05 + 0.9 * rnd.nextDouble()) * (hi - lo);
            double next = iv.step(stp, phi.applyAsDouble(stp), dphi.applyAsDouble(stp), lo, hi);
            double nlo = Math.min(iv.stx, iv.sty);
            double nhi = Math.max(iv.stx, iv.sty);
            assertTrue(nlo >= lo && nhi <= hi, "the interval only shrinks");
            assertTrue(next >= nlo && next <= nhi, "step " + next + " outside [" + nlo + ", " + nhi + "]");
            checked++;
        }
        assertTrue(checked > 1000, "configurations checked: " + checked);
    }

    /** Before a bracket, the step extrapolates: it lands in [stpmin, stpmax] beyond the trial. */
    @Test
    void extrapolationStaysWithinItsBounds() {
        // φ(α) = (α − 10)², still descending at α_x = 0 and at every trial in (0, 1]
        DoubleUnaryOperator phi = a -> (a - 10) * (a - 10);
        DoubleUnaryOperator dphi = a -> 2 * (a - 10);
        for (double stp = 0.05; stp <= 1; stp += 0.05) {
            MoreThuenteInterval iv = new MoreThuenteInterval(phi.applyAsDouble(0), dphi.applyAsDouble(0));
            double stpmin = stp + 1.1 * stp;
            double stpmax = stp + 4 * stp;
            double next = iv.step(stp, phi.applyAsDouble(stp), dphi.applyAsDouble(stp), stpmin, stpmax);
            assertTrue(!iv.bracketed && next >= stpmin && next <= stpmax, "step " + next + " from " + stp);
        }
    }

    @Test
    void nonFiniteTrialIsShortenedToAFiniteWolfePoint() {
        SmoothObjective p = recording(a -> a > 0.3 ? Double.NaN : (a - 1) * (a - 1), a -> 2 * (a - 1));
        Step s = run(new MoreThuenteLineSearch(1e-4, 0.9, 0.1, 40, 1e20), p, new double[] {0}, new double[] {1}, 1.0,
                new double[1], new double[1]);
        assertTrue(s.alpha() > 0 && s.alpha() <= 0.3, String.valueOf(s));
        assertTrue(s.sawNonFinite());
        assertTrue(Double.isFinite(s.value()) && s.value() < 1);
    }

    @Test
    void stepThatMeetsTheConditionsWithoutLoweringFIsNoDecrease() {
        // f(α) = 1 + 1e-30((α − 1)² − 1) evaluates to exactly 1 and has φ'(1) = 0: both conditions hold at α = 1
        SmoothObjective p = recording(a -> 1 + 1e-30 * ((a - 1) * (a - 1) - 1), a -> 2e-30 * (a - 1));
        Step s = run(new MoreThuenteLineSearch(1e-4, 0.9, 0.1, 20, 1e20), p, new double[] {0}, new double[] {1}, 1.0,
                new double[1], new double[1]);
        assertEquals(Outcome.NO_DECREASE, s.outcome(), String.valueOf(s));
        assertEquals(0.0, s.alpha());
    }

    @Test
    void ascentDirectionRefusedWithoutEvaluations() {
        SmoothObjective p = recording(a -> a * a, a -> 2 * a);
        Step s = run(new MoreThuenteLineSearch(1e-4, 0.9, 0.1, 20, 1e20), p, new double[] {1}, new double[] {1}, 1.0,
                new double[1], new double[1]);
        assertEquals(Outcome.NOT_DESCENT, s.outcome());
        assertEquals(0, s.evaluations());
    }
}
