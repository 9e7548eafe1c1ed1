package org.banach.plugins.optim.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.banach.api.RateFit;
import org.banach.api.conformance.TestMonitor;
import org.banach.plugins.optim.gradient.GradientDescent;
import org.banach.plugins.optim.problems.composite.SpectralLeastSquares;
import org.junit.jupiter.api.Test;

/**
 * Handbook Sec. 3, gradient descent with step γ ≤ 1/L, run as {@code optim.gd} with
 * {@code stepRule=constant, initialStep=γ} (its Armijo test accepts every such step on an L-smooth
 * function, so the run is plain GD): Thm 3.4 (convex) f(xₖ) − f* ≤ ‖x₀ − x*‖²/(2γk); Thm 3.6
 * (μ-strongly convex) ‖xₖ − x*‖² ≤ (1 − γμ)ᵏ‖x₀ − x*‖²; Thm 3.9 (μ-PL)
 * f(xₖ) − f* ≤ (1 − γμ)ᵏ(f(x₀) − f*). The constants are the problem's own (L = 1, μ = 1/condition).
 */
class GradientDescentTheoremsTest {

    static final int STEPS = 150;

    static TestMonitor runGd(Object problem, double gamma) {
        TestMonitor m = new TestMonitor();
        Theorems.solve(new GradientDescent(), (org.banach.api.optim.SmoothObjective) problem, m, 0,
                "stepRule=constant", "initialStep=" + gamma, "maxIterations=" + STEPS, "tolerance=0");
        return m;
    }

    /** max over k ≥ 1 of (f(xₖ) − f*)/(‖x₀ − x*‖²/(2γk)); above 1 means the bound broke. */
    static double convexRatio(SpectralLeastSquares p, double gamma) {
        double fStar = p.knownOptimalValue().getAsDouble();
        double r0 = Theorems.distanceSquared(p.start(), p.knownMinimizer().orElseThrow());
        double worst = 0;
        for (double[] kf : Theorems.objectives(runGd(p, gamma))) {
            if (kf[0] >= 1) {
                worst = Math.max(worst, (kf[1] - fStar) / (r0 / (2 * gamma * kf[0])));
            }
        }
        return worst;
    }

    @Test
    void convexSmoothGapStaysBelowTheOneOverKBound() {
        SpectralLeastSquares p = Theorems.leastSquares("rank=10", "condition=100");
        assertTrue(p.strongConvexity().isEmpty(), "rank-deficient: convex, not strongly convex");
        double l = p.smoothness().getAsDouble();
        double ratio = convexRatio(p, 1 / l);
        System.out.printf("GD convex, gamma = 1/L: max_k gap/bound = %.4f%n", ratio);
        assertTrue(ratio <= 1, "Thm 3.4 bound holds at every k: " + ratio);
        assertTrue(ratio > 0.05, "and is not vacuous: " + ratio);
        // beyond the theorem's condition γ ≤ 1/L (γ = 1.9/L still converges) the bound breaks: on a
        // rank-one instance the top mode is all there is, and its gap ½c²(0.9)^{2k} exceeds c²/(3.8k)
        SpectralLeastSquares one = Theorems.leastSquares("rank=1");
        double broken = convexRatio(one, 1.9 / one.smoothness().getAsDouble());
        System.out.printf("GD convex, gamma = 1.9/L: max_k gap/bound = %.4f%n", broken);
        assertTrue(broken > 1, "with gamma = 1.9/L the bound ||x0-x*||^2/(2 gamma k) fails: " + broken);
    }

    @Test
    void plGapContractsByOneMinusMuOverLPerStep() {
        SpectralLeastSquares p = Theorems.leastSquares("rank=10", "condition=10");
        double mu = p.polyakLojasiewicz().getAsDouble();
        double l = p.smoothness().getAsDouble();
        double fStar = p.knownOptimalValue().getAsDouble();
        List<double[]> trace = Theorems.objectives(runGd(p, 1 / l));
        double gap0 = trace.get(0)[1] - fStar;
        int n = 0;
        double[] k = new double[trace.size()];
        double[] gap = new double[trace.size()];
        for (double[] kf : trace) {
            double bound = Math.pow(1 - mu / l, kf[0]) * gap0;
            assertTrue(kf[1] - fStar <= bound * (1 + 1e-12) + 1e-15, "Thm 3.9 at k = " + kf[0]);
            if (kf[0] >= 20 && kf[1] - fStar > 1e-13) {
                k[n] = kf[0];
                gap[n++] = kf[1] - fStar;
            }
        }
        RateFit fit = RateFit.semiLog(java.util.Arrays.copyOf(k, n), java.util.Arrays.copyOf(gap, n));
        System.out.printf("GD under PL: fitted gap factor %.5f (bound 1 - mu/L = %.5f, slowest mode (1 - mu/L)^2 = %.5f), %s%n",
                fit.factor(), 1 - mu / l, Math.pow(1 - mu / l, 2), fit);
        assertTrue(fit.factor() <= 1 - mu / l, "linear rate at least the theorem's");
        assertEquals(Math.pow(1 - mu / l, 2), fit.factor(), 0.01, "the slowest PL mode sets the rate");
        assertTrue(fit.rSquared() > 0.99, fit.toString());
    }

    @Test
    void stronglyConvexDistanceContractsLinearly() {
        SpectralLeastSquares ls = Theorems.leastSquares("rank=0", "condition=10");
        double mu = ls.strongConvexity().getAsDouble();
        double l = ls.smoothness().getAsDouble();
        double[] xStar = ls.knownMinimizer().orElseThrow();
        RecordingSum p = new RecordingSum(ls);
        runGd(p, 1 / l);
        double r0 = Theorems.distanceSquared(p.points.get(0), xStar);
        double[] k = new double[p.points.size()];
        double[] dist = new double[p.points.size()];
        int n = 0;
        for (int i = 0; i < p.points.size(); i++) {
            double d = Theorems.distanceSquared(p.points.get(i), xStar);
            assertTrue(d <= Math.pow(1 - mu / l, i) * r0 * (1 + 1e-12), "Thm 3.6 at k = " + i);
            if (i >= 10 && d > 1e-26) {
                k[n] = i;
                dist[n++] = d;
            }
        }
        RateFit fit = RateFit.semiLog(java.util.Arrays.copyOf(k, n), java.util.Arrays.copyOf(dist, n));
        System.out.printf("GD strongly convex: fitted distance factor %.5f vs (1 - mu/L)^2 = %.5f, %s%n",
                fit.factor(), Math.pow(1 - mu / l, 2), fit);
        assertEquals(Math.pow(1 - mu / l, 2), fit.factor(), 0.01);
    }
}
