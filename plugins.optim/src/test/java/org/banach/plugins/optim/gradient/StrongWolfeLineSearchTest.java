package org.banach.plugins.optim.gradient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;

import org.banach.api.conformance.KitProblems;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.optim.SmoothObjective;
import org.junit.jupiter.api.Test;

/** The strong Wolfe line search (N&amp;W Alg. 3.5/3.6) on functions whose answers are known. */
class StrongWolfeLineSearchTest {

    private static final double C1 = 1e-4;
    private static final double C2 = 0.9;
    private final StrongWolfeLineSearch search = new StrongWolfeLineSearch(C1, C2, 40, 1e20);

    /** φ(α) = f(α) in one variable with derivative df, NaN where {@code f} says so. */
    static SmoothObjective oneD(DoubleUnaryOperator f, DoubleUnaryOperator df) {
        return new SmoothObjective() {
            @Override
            public String name() {
                return "test/1d";
            }

            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public double value(double[] x) {
                return f.applyAsDouble(x[0]);
            }

            @Override
            public double valueAndGradient(double[] x, double[] g) {
                g[0] = df.applyAsDouble(x[0]);
                return f.applyAsDouble(x[0]);
            }

            @Override
            public double[] start() {
                return new double[1];
            }
        };
    }

    private StrongWolfeLineSearch.Step run(SmoothObjective p, double[] x, double[] dir, double alpha1, double[] xOut,
            double[] gOut) {
        double[] g = new double[x.length];
        double f = p.valueAndGradient(x, g);
        return search.search(new CountingOracle(p, new TestMonitor()), x, f, g, dir, alpha1, xOut, gOut);
    }

    private static void assertStrongWolfe(SmoothObjective p, double[] x, double[] dir, StrongWolfeLineSearch.Step s) {
        double[] g0 = new double[x.length];
        double f0 = p.valueAndGradient(x, g0);
        double d0 = Vectors.dot(g0, dir);
        double[] xa = new double[x.length];
        Vectors.step(x, s.alpha(), dir, xa);
        double[] ga = new double[x.length];
        double fa = p.valueAndGradient(xa, ga);
        assertTrue(fa <= f0 + C1 * s.alpha() * d0, "sufficient decrease");
        assertTrue(Math.abs(Vectors.dot(ga, dir)) <= C2 * Math.abs(d0), "curvature");
        assertEquals(fa, s.value(), 0.0);
    }

    @Test
    void unitStepAcceptedOnQuadraticWithExactMinimiserAtOne() {
        SmoothObjective p = oneD(a -> (a - 1) * (a - 1), a -> 2 * (a - 1));
        double[] xOut = new double[1];
        StrongWolfeLineSearch.Step s = run(p, new double[] {0}, new double[] {1}, 1.0, xOut, new double[1]);
        assertTrue(s.satisfied());
        assertEquals(1.0, s.alpha());
        assertEquals(1, s.evaluations());
        assertEquals(1.0, xOut[0]);
    }

    @Test
    void tooLongStepIsZoomedIntoAWolfePoint() {
        SmoothObjective p = oneD(a -> (a - 1) * (a - 1), a -> 2 * (a - 1));
        StrongWolfeLineSearch.Step s = run(p, new double[] {0}, new double[] {1}, 50.0, new double[1], new double[1]);
        assertTrue(s.satisfied(), String.valueOf(s));
        assertStrongWolfe(p, new double[] {0}, new double[] {1}, s);
        // 50 -> the safeguard clamps the exact interpolant 1 to 5 (10% of [0, 50]); from [0, 5] the cubic
        // through a quadratic is exact and lands on the minimiser
        assertEquals(1.0, s.alpha(), 1e-12);
        assertEquals(3, s.evaluations());
    }

    @Test
    void tooShortStepIsExtrapolated() {
        SmoothObjective p = oneD(a -> (a - 100) * (a - 100), a -> 2 * (a - 100));
        StrongWolfeLineSearch.Step s = run(p, new double[] {0}, new double[] {1}, 1.0, new double[1], new double[1]);
        assertTrue(s.satisfied(), String.valueOf(s));
        assertStrongWolfe(p, new double[] {0}, new double[] {1}, s);
        assertTrue(s.alpha() > 1);
    }

    @Test
    void rosenbrockSteepestDescentStepSatisfiesStrongWolfe() {
        SmoothObjective p = KitProblems.rosenbrock();
        double[] x = p.start();
        double[] g = new double[2];
        p.valueAndGradient(x, g);
        double[] dir = {-g[0], -g[1]};
        StrongWolfeLineSearch.Step s = run(p, x, dir, 1.0, new double[2], new double[2]);
        assertTrue(s.satisfied(), String.valueOf(s));
        assertStrongWolfe(p, x, dir, s);
    }

    @Test
    void nonFiniteTrialIsShortened() {
        SmoothObjective p = oneD(a -> a > 0.3 ? Double.NaN : (a - 1) * (a - 1), a -> 2 * (a - 1));
        StrongWolfeLineSearch.Step s = run(p, new double[] {0}, new double[] {1}, 1.0, new double[1], new double[1]);
        assertTrue(s.satisfied(), String.valueOf(s));
        assertTrue(s.sawNonFinite());
        assertTrue(s.alpha() <= 0.3 && s.alpha() > 0, "alpha " + s.alpha());
    }

    @Test
    void everywhereNaNIsReportedAsNonFinite() {
        SmoothObjective p = oneD(a -> a == 0 ? 1 : Double.NaN, a -> -1);
        StrongWolfeLineSearch.Step s = run(p, new double[] {0}, new double[] {1}, 1.0, new double[1], new double[1]);
        assertEquals(StrongWolfeLineSearch.Outcome.NON_FINITE, s.outcome());
        assertEquals(0.0, s.alpha());
        assertEquals(40, s.evaluations());
    }

    @Test
    void ascentDirectionRefusedWithoutEvaluations() {
        SmoothObjective p = oneD(a -> a * a, a -> 2 * a);
        TestMonitor m = new TestMonitor();
        double[] g = {2};
        StrongWolfeLineSearch.Step s = search.search(new CountingOracle(p, m), new double[] {1}, 1, g,
                new double[] {1}, 1.0, new double[1], new double[1]);
        assertEquals(StrongWolfeLineSearch.Outcome.NOT_DESCENT, s.outcome());
        assertEquals(0, m.counter("f"));
    }

    @Test
    void interpolationStaysInsideTheSafeguardedBracket() {
        Random rnd = new Random(1);
        for (int i = 0; i < 10_000; i++) {
            double lo = rnd.nextDouble() * 10;
            double hi = lo + (rnd.nextBoolean() ? 1 : -1) * (1e-8 + rnd.nextDouble() * 10);
            double t = StrongWolfeLineSearch.interpolate(lo, rnd.nextGaussian(), rnd.nextGaussian(), hi,
                    rnd.nextDouble() < 0.1 ? Double.NaN : rnd.nextGaussian(), rnd.nextGaussian());
            double a = Math.min(lo, hi);
            double b = Math.max(lo, hi);
            assertTrue(t >= a + 0.1 * (b - a) * (1 - 1e-12) && t <= b - 0.1 * (b - a) * (1 - 1e-12),
                    t + " outside [" + a + ", " + b + "]");
        }
    }

    @Test
    void cubicInterpolationIsExactForCubics() {
        // φ(α) = (α - 2)^3/3 - (α - 2)... use φ(α) = α^3 - 3α with minimiser α = 1 on [0, 3]
        double t = StrongWolfeLineSearch.interpolate(0, 0, -3, 3, 18, 24);
        assertEquals(1.0, t, 1e-12);
    }
}
