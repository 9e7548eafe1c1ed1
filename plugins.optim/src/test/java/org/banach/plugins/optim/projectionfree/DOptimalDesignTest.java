package org.banach.plugins.optim.projectionfree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.banach.api.RateFit;
import org.banach.api.Result;
import org.banach.api.Status;
import org.banach.api.conformance.TestMonitor;
import org.banach.plugins.optim.problems.convexset.DOptimalDesign;
import org.junit.jupiter.api.Test;

/**
 * Seed catalog O14's third instance: Frank–Wolfe on D-optimal design reaches the optimum of an
 * independent method (the multiplicative algorithm of Silvey, Titterington &amp; Torsney 1978, run to
 * a Kiefer–Wolfowitz gap of 1e-10), and its answer satisfies the Kiefer–Wolfowitz equivalence
 * theorem: max_i x_iᵀM⁻¹x_i → d.
 */
class DOptimalDesignTest {

    private static final int M = 60;
    private static final int D = 4;

    /** max_i x_iᵀ M(w)⁻¹ x_i − d, from the problem's gradient (∂f/∂w_i = −x_iᵀM⁻¹x_i). */
    private static double kieferWolfowitzGap(DOptimalDesign p, double[] w) {
        double[] g = new double[w.length];
        p.valueAndGradient(w, g);
        return -Arrays.stream(g).min().orElseThrow() - p.designDimension();
    }

    /** w_i ← w_i · x_iᵀM⁻¹x_i / d: monotone in f, converges to the D-optimal design. */
    private static double[] multiplicative(DOptimalDesign p) {
        double[] w = p.start();
        double[] g = new double[w.length];
        for (int k = 0; k < 2_000_000 && kieferWolfowitzGap(p, w) > 1e-10; k++) {
            p.valueAndGradient(w, g);
            for (int i = 0; i < w.length; i++) {
                w[i] *= -g[i] / p.designDimension();
            }
        }
        return w;
    }

    @Test
    void gradientMatchesFiniteDifferencesInsideTheSimplex() {
        DOptimalDesign p = new DOptimalDesign(30, 3, 2);
        java.util.Random rnd = new java.util.Random(8);
        for (int trial = 0; trial < 4; trial++) {
            double[] w = new double[30];
            double sum = 0;
            for (int i = 0; i < w.length; i++) {
                w[i] = 0.05 + rnd.nextDouble();
                sum += w[i];
            }
            for (int i = 0; i < w.length; i++) {
                w[i] /= sum;
            }
            double err = org.banach.plugins.optim.TestSupport.gradientError(p, w);
            assertTrue(err <= 1e-6, "gradient error " + err);
        }
        double[] singular = new double[30];
        singular[0] = 1; // one point: M = x xᵀ has rank 1 < d
        assertEquals(Double.POSITIVE_INFINITY, p.value(singular), "a singular design is outside the domain");
    }

    @Test
    void frankWolfeMeetsTheMultiplicativeAlgorithmAndKieferWolfowitz() {
        DOptimalDesign p = new DOptimalDesign(M, D, 5);
        double[] ref = multiplicative(p);
        assertTrue(kieferWolfowitzGap(p, ref) <= 1e-10, "the reference converged");
        long support = Arrays.stream(ref).filter(v -> v > 1e-4).count();
        assertTrue(support < M / 2, "the optimal design concentrates on few points (" + support + " of " + M
                + "): the test is not the uniform start");
        double fStar = p.value(ref);
        assertTrue(p.value(p.start()) - fStar > 0.1, "the start is far from optimal");

        TestMonitor monitor = new TestMonitor();
        Result r = FrankWolfeTest.solve(p, monitor, "tolerance=1e-4", "maxIterations=200000");
        assertEquals(Status.CONVERGED, r.status(), r.toString());
        double gap = kieferWolfowitzGap(p, r.solution());
        assertTrue(gap >= -1e-12 && gap <= 1e-4, "Kiefer-Wolfowitz gap max_i x_i'M^-1x_i - d = " + gap);
        assertTrue(r.objective() - fStar >= -1e-12 && r.objective() - fStar <= 1e-4,
                "f = " + r.objective() + " vs multiplicative algorithm " + fStar);
        assertEquals(1.0, Arrays.stream(r.solution()).sum(), 1e-12, "stays on the simplex");

        // the primal gap falls like 1/t (log-log slope about -1 or steeper) over the run
        int n = monitor.trace().size();
        double[] t = new double[n - 10];
        double[] primal = new double[n - 10];
        for (int k = 10; k < n; k++) {
            t[k - 10] = monitor.trace().get(k).iteration() + 1;
            primal[k - 10] = Math.max(monitor.trace().get(k).objective() - fStar, 1e-300);
        }
        RateFit fit = RateFit.logLog(t, primal);
        assertTrue(fit.slope() <= -0.9 && fit.rSquared() > 0.8, "primal gap fit " + fit);
    }
}
