package org.banach.plugins.optim.handbook;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;

import org.banach.api.Result;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.optim.FiniteSumObjective;
import org.banach.plugins.optim.gradient.GradientDescent;
import org.banach.plugins.optim.gradient.NewtonCg;
import org.banach.plugins.optim.problems.finitesum.FiniteSumProblemProvider;
import org.junit.jupiter.api.Test;

/**
 * Handbook Sec. 3 and 5 on the existing {@code optim/logistic} (ℓ2-regularised, λ-strongly convex), with
 * the constants read from the problem's own oracles: L = λ_max(∇²f(0)) by power iteration on the
 * Hessian-vector product (σ'(0) = 1/4 is the largest curvature of the logistic loss, so the Hessian at 0
 * is the global maximum), Lᵢ = ‖aᵢ‖²/4 + λ = ‖∇fᵢ(0)‖² + λ, μ = λ. The reference x* is a Newton-CG
 * solution to ‖∇f‖ ≤ 1e-13. GD with γ = 1/L meets Thm 3.4 and Thm 3.6; SGD with γ = 1/(2L_max) meets
 * the constant-step bound (mean over {@value #SEEDS} seeds, margin {@value #MARGIN}).
 */
class LogisticTheoremsTest {

    static final int SEEDS = 20;
    static final double MARGIN = 1.25;

    static final FiniteSumObjective P = (FiniteSumObjective) new FiniteSumProblemProvider().create("optim/logistic",
            Map.of("n", "200", "d", "10", "lambda", "0.02", "seed", "3"));
    static final double LAMBDA = 0.02;

    static double smoothness() {
        int d = P.dimension();
        double[] v = new double[d];
        Arrays.fill(v, 1);
        double[] w = new double[d];
        double estimate = 0;
        for (int it = 0; it < 1000; it++) {
            P.hessianVector(new double[d], v, w);
            estimate = Math.sqrt(Theorems.distanceSquared(w, new double[d]) / Theorems.distanceSquared(v, new double[d]));
            for (int i = 0; i < d; i++) {
                v[i] = w[i] / estimate;
            }
        }
        return estimate;
    }

    static double componentSmoothness() {
        double[] g = new double[P.dimension()];
        double max = 0;
        for (int i = 0; i < P.components(); i++) {
            P.componentValueAndGradient(i, new double[P.dimension()], g);
            max = Math.max(max, Theorems.distanceSquared(g, new double[g.length]));
        }
        return max + LAMBDA;
    }

    static double[] reference() {
        Result r = Theorems.solve(new NewtonCg(), P, new TestMonitor(), 0, "tolerance=1e-13");
        assertTrue(r.certificate().value() <= 1e-13, "reference: " + r);
        return r.solution();
    }

    @Test
    void gradientDescentMeetsTheConvexAndStronglyConvexBounds() {
        double l = smoothness();
        double[] xStar = reference();
        double fStar = P.value(xStar);
        RecordingSum rec = new RecordingSum(P);
        TestMonitor m = new TestMonitor();
        Theorems.solve(new GradientDescent(), rec, m, 0, "stepRule=constant", "initialStep=" + 1 / l,
                "maxIterations=300", "tolerance=0");
        double r0 = Theorems.distanceSquared(P.start(), xStar);
        double convex = 0;
        double strong = 0;
        for (int k = 1; k < rec.points.size(); k++) {
            double[] x = rec.points.get(k);
            convex = Math.max(convex, (P.value(x) - fStar) / (l * r0 / (2 * k)));
            double bound = Math.pow(1 - LAMBDA / l, k) * r0;
            // above 1e-10 the gap f − f* ≈ μ‖x − x*‖²/2 is far above the rounding of f (≈ 1e-16), where optim.gd's
            // Armijo test starts to backtrack (and its trial points would be recorded as iterates)
            if (bound > 1e-10) {
                strong = Math.max(strong, Theorems.distanceSquared(x, xStar) / bound);
            }
        }
        System.out.printf("GD on optim/logistic (L = %.4f, mu = %.3f): max gap/(L r0/2k) = %.4f, max dist/((1-mu/L)^k r0) = %.4f%n",
                l, LAMBDA, convex, strong);
        assertTrue(convex <= 1 && strong <= 1 + 1e-9, "Thm 3.4 and Thm 3.6");
        assertTrue(convex > 0.01 && strong > 0.01, "not vacuous");
    }

    @Test
    void sgdConstantStepMeetsTheNeighbourhoodBound() {
        double lMax = componentSmoothness();
        double[] xStar = reference();
        double sigma = Theorems.noiseAt(P, xStar);
        double gamma = 1 / (2 * lMax);
        int steps = 4000;
        int every = 20;
        double[] mean = new double[steps / every + 1];
        for (int seed = 1; seed <= SEEDS; seed++) {
            RecordingSum rec = new RecordingSum(P);
            Theorems.solve(new HandbookSgd(), rec, new TestMonitor(), seed, "step=" + gamma, "maxIterations=" + steps,
                    "reportEvery=" + every, "tolerance=0");
            for (int i = 0; i < mean.length; i++) {
                mean[i] += Theorems.distanceSquared(rec.points.get(i), xStar) / SEEDS;
            }
        }
        double worst = 0;
        for (int i = 0; i < mean.length; i++) {
            double bound = Math.pow(1 - gamma * LAMBDA, (double) i * every) * mean[0] + 2 * gamma * sigma / LAMBDA;
            worst = Math.max(worst, mean[i] / bound);
        }
        System.out.printf("SGD on optim/logistic, gamma = 1/(2 L_max) = %.4f: max_t mean/bound = %.3f%n", gamma, worst);
        assertTrue(worst <= MARGIN && worst > 0.01, "constant-step bound: " + worst);
    }
}
