package org.banach.plugins.optim.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.banach.api.RateFit;
import org.banach.api.Result;
import org.banach.api.Status;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.optim.CompositeObjective;
import org.banach.plugins.optim.problems.composite.Lasso;
import org.banach.runtime.verify.ProxGradientMappingVerifier;
import org.junit.jupiter.api.Test;

/**
 * Handbook Sec. 10 and 12 on the Lasso, against a coordinate-descent reference x* ({@link LassoReference}):
 * prox-GD with γ = 1/L, convex (fewer samples than features): F(xₜ) − F* ≤ ‖x₀ − x*‖²/(2γt); μ-strongly
 * convex data term: ‖xₜ − x*‖² ≤ (1 − γμ)ᵗ‖x₀ − x*‖²; prox-SGD with γ = 1/(2L_max):
 * E‖xₜ − x*‖² ≤ (1 − γμ)ᵗ‖x₀ − x*‖² + 2γσ_F* / μ with σ_F* = (1/N) Σ‖∇fᵢ(x*) − ∇f(x*)‖² (mean over
 * {@value #SEEDS} seeds, margin {@value #MARGIN}). Iterates are read where the solvers evaluate F at a
 * report (the regulariser is only evaluated there).
 */
class ProximalTheoremsTest {

    static final int SEEDS = 20;
    static final double MARGIN = 1.25;

    @Test
    void proxGdConvexGapStaysBelowTheOneOverTBound() {
        Lasso p = Theorems.lasso("samples=20", "d=40", "lambda=0.05");
        assertTrue(p.strongConvexity().isEmpty());
        double[] xStar = LassoReference.solve(p);
        double fStar = p.value(xStar);
        double gamma = 1 / p.smoothness().getAsDouble();
        TestMonitor m = new TestMonitor();
        Result r = Theorems.solve(new ProxGradient(), p, m, 0, "maxIterations=30000", "tolerance=1e-9");
        double r0 = Theorems.distanceSquared(p.start(), xStar);
        double worst = 0;
        for (TestMonitor.Point pt : m.trace()) {
            if (pt.iteration() > 0) {
                worst = Math.max(worst, (pt.objective() - fStar) / (r0 / (2 * gamma * pt.iteration())));
            }
        }
        System.out.printf("prox-GD convex Lasso: max_t gap/bound = %.4f, %s after %d steps, mapping %.3e, distance to reference %.3e, reference mapping %.3e%n",
                worst, r.status(), r.iterations(), r.certificate().value(), Math.sqrt(Theorems.distanceSquared(r.solution(), xStar)),
                ProxGradientMappingVerifier.mappingNorm(p, xStar, 1));
        assertTrue(worst <= 1 + 1e-9 && worst > 0.01, "Thm bound at every t: " + worst);
        assertEquals(Status.CONVERGED, r.status());
        assertEquals(r.certificate().value(), ProxGradientMappingVerifier.mappingNorm(p, r.solution(), p.certificateStep()),
                1e-15, "the runtime recomputes the claimed gradient mapping");
        assertTrue(Math.sqrt(Theorems.distanceSquared(r.solution(), xStar)) < 1e-6, "the reference minimiser is reached");
    }

    @Test
    void proxGdStronglyConvexDistanceContractsLinearly() {
        Lasso p = Theorems.lasso("samples=100", "d=20", "condition=10", "lambda=0.05");
        double mu = p.strongConvexity().getAsDouble();
        double gamma = 1 / p.smoothness().getAsDouble();
        double[] xStar = LassoReference.solve(p);
        Recording rec = new Recording(p);
        Theorems.solve(new ProxGradient(), rec, new TestMonitor(), 0, "maxIterations=200", "tolerance=0");
        double r0 = Theorems.distanceSquared(rec.points.get(0), xStar);
        double[] t = new double[rec.points.size()];
        double[] dist = new double[rec.points.size()];
        int n = 0;
        for (int i = 0; i < rec.points.size(); i++) {
            double d = Theorems.distanceSquared(rec.points.get(i), xStar);
            assertTrue(d <= Math.pow(1 - gamma * mu, i) * r0 * (1 + 1e-9) + 1e-28, "strongly convex bound at t = " + i);
            if (i >= 10 && d > 1e-24) {
                t[n] = i;
                dist[n++] = d;
            }
        }
        RateFit fit = RateFit.semiLog(Arrays.copyOf(t, n), Arrays.copyOf(dist, n));
        System.out.printf("prox-GD strongly convex Lasso: distance factor %.5f vs bound 1 - mu/L = %.5f, %s%n",
                fit.factor(), 1 - gamma * mu, fit);
        assertTrue(fit.factor() <= 1 - gamma * mu, fit.toString());
    }

    @Test
    void proxSgdStaysInsideTheNoiseNeighbourhoodBound() {
        Lasso p = Theorems.lasso("samples=50", "d=10", "condition=5", "noise=0.5", "lambda=0.05");
        double mu = p.strongConvexity().getAsDouble();
        double gamma = 1 / (2 * p.componentSmoothness().getAsDouble());
        double[] xStar = LassoReference.solve(p);
        double sigma = Theorems.noiseAt(p.leastSquares(), xStar);
        int steps = 6000;
        int every = 20;
        double[] mean = new double[steps / every + 1];
        for (int seed = 1; seed <= SEEDS; seed++) {
            Recording rec = new Recording(p);
            Theorems.solve(new ProxSgd(), rec, new TestMonitor(), seed, "maxIterations=" + steps,
                    "reportEvery=" + every, "tolerance=0");
            for (int i = 0; i < mean.length; i++) {
                mean[i] += Theorems.distanceSquared(rec.points.get(i), xStar) / SEEDS;
            }
        }
        double worst = 0;
        for (int i = 0; i < mean.length; i++) {
            double bound = Math.pow(1 - gamma * mu, (double) i * every) * mean[0] + 2 * gamma * sigma / mu;
            worst = Math.max(worst, mean[i] / bound);
        }
        System.out.printf("prox-SGD Lasso gamma = 1/(2 L_max): max_t mean/bound = %.3f, final mean %.3e vs neighbourhood %.3e%n",
                worst, mean[mean.length - 1], 2 * gamma * sigma / mu);
        assertTrue(worst <= MARGIN && worst > 0.05, "bound at every t: " + worst);
    }

    /** The Lasso with every point at which the regulariser is evaluated recorded (the solvers' reports). */
    static final class Recording implements CompositeObjective, org.banach.api.optim.ProblemConstants {
        final Lasso p;
        final java.util.List<double[]> points = new java.util.ArrayList<>();

        Recording(Lasso p) {
            this.p = p;
        }

        @Override
        public String name() {
            return p.name();
        }

        @Override
        public org.banach.api.optim.SmoothObjective smoothPart() {
            return p.smoothPart();
        }

        @Override
        public double regularizer(double[] x) {
            points.add(x.clone());
            return p.regularizer(x);
        }

        @Override
        public void prox(double[] v, double gamma, double[] out) {
            p.prox(v, gamma, out);
        }

        @Override
        public java.util.OptionalDouble smoothness() {
            return p.smoothness();
        }

        @Override
        public java.util.OptionalDouble componentSmoothness() {
            return p.componentSmoothness();
        }

        @Override
        public java.util.OptionalDouble strongConvexity() {
            return p.strongConvexity();
        }
    }
}
