package org.banach.plugins.optim.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.banach.api.RateFit;
import org.banach.api.Result;
import org.banach.api.Solver;
import org.banach.api.Status;
import org.banach.api.optim.LinearSystem;
import org.banach.plugins.optim.problems.linear.GridOperators;
import org.junit.jupiter.api.Test;

/**
 * The seed catalog's must-show for OB4: on the 5-point Poisson matrix, Gauss–Seidel needs O(1/h²)
 * iterations (radius cos²πh), SOR at ω* = 2/(1 + sin πh) only O(1/h) (radius ω* − 1), and CG O(1/h)
 * (√κ). Iterations to relative residual 10⁻⁶ for N = 8, 16, 32, 64; the log-log slope against 1/h.
 */
class PoissonRatesTest {

    static final int[] GRIDS = {8, 16, 32, 64};

    private static double slope(String label, java.util.function.IntFunction<Solver<LinearSystem>> solver,
            java.util.function.IntFunction<String[]> settings) {
        double[] invH = new double[GRIDS.length];
        double[] its = new double[GRIDS.length];
        for (int i = 0; i < GRIDS.length; i++) {
            int n = GRIDS[i];
            Result r = LinearTestSupport.solve(solver.apply(n), LinearSolversTest.poisson(n), settings.apply(n));
            assertEquals(Status.CONVERGED, r.status(), label + " N=" + n + ": " + r);
            invH[i] = n + 1;
            its[i] = r.iterations();
        }
        RateFit fit = RateFit.logLog(invH, its);
        System.out.printf("%s iterations for N=8,16,32,64: %s; log-log slope vs 1/h = %.3f (R^2 %.4f)%n", label,
                java.util.Arrays.toString(its), fit.slope(), fit.rSquared());
        assertTrue(fit.rSquared() > 0.98, label + ": not a power law, " + fit);
        return fit.slope();
    }

    @Test
    void gaussSeidelNeedsOrderOneOverHSquared() {
        double s = slope("gauss-seidel", n -> new GaussSeidel(), n -> new String[] {"tolerance=1e-6"});
        assertTrue(s >= 1.7 && s <= 2.3, "GS slope " + s);
    }

    @Test
    void sorAtOptimalOmegaNeedsOrderOneOverH() {
        double s = slope("sor(omega*)", n -> new Sor(),
                n -> new String[] {"tolerance=1e-6", "omega=" + GridOperators.optimalOmega(n)});
        assertTrue(s >= 0.7 && s <= 1.3, "SOR slope " + s);
    }

    @Test
    void conjugateGradientsNeedOrderOneOverH() {
        double s = slope("cg", n -> new ConjugateGradient(), n -> new String[] {"tolerance=1e-6"});
        assertTrue(s >= 0.7 && s <= 1.3, "CG slope " + s);
    }
}
