package org.banach.plugins.optim.newton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.banach.api.RateFit;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Status;
import org.banach.api.conformance.KitProblems;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.optim.SmoothObjective;
import org.banach.plugins.optim.problems.equations.EquationsProblemProvider;
import org.banach.plugins.optim.problems.finitesum.FiniteSumProblemProvider;
import org.junit.jupiter.api.Test;

/**
 * The must-show of catalog row O15: damped Newton converges from starts where pure Newton diverges
 * (pseudo-Huber, logistic regression), its global phase decays at least like k⁻³, then quadratically.
 */
class DampedNewtonTest {

    private static final DampedNewton SOLVER = new DampedNewton();

    static Result run(SmoothObjective p, TestMonitor m, String... settings) {
        Map<String, String> given = new HashMap<>(Map.of("tolerance", "1e-10", "maxIterations", "300"));
        for (int i = 0; i < settings.length; i += 2) {
            given.put(settings[i], settings[i + 1]);
        }
        return SOLVER.solve(p, Settings.validate(SOLVER.parameters(), given, 0), m);
    }

    static SmoothObjective pseudoHuber(int n, double scale) {
        return (SmoothObjective) new EquationsProblemProvider().create("optim/pseudo-huber",
                Map.of("n", Integer.toString(n), "scale", Double.toString(scale)));
    }

    static SmoothObjective logistic(double start) {
        SmoothObjective p = (SmoothObjective) new FiniteSumProblemProvider().create("optim/logistic",
                Map.of("n", "500", "d", "10", "lambda", "1e-3", "seed", "0"));
        double[] x0 = new double[p.dimension()];
        Arrays.fill(x0, start);
        return KitProblems.restarted(p, x0);
    }

    /** f(x_k) − f* along a run's trace (f* = 0 for the pseudo-Huber sum). */
    static double[] gaps(TestMonitor m, double fStar) {
        return m.trace().stream().mapToDouble(p -> p.objective() - fStar).toArray();
    }

    @Test
    void pureNewtonDivergesOnPseudoHuberWhereDampedNewtonConverges() {
        SmoothObjective p = pseudoHuber(4, 5);
        Result pure = run(p, new TestMonitor(), "schedule", "pure");
        assertEquals(Status.NUMERICAL_ERROR, pure.status(), pure.message());
        assertTrue(pure.objective() > 1e50, "pure Newton maps x to -x^3: f = " + pure.objective());
        for (String[] s : List.of(new String[] {"schedule", "universal"},
                new String[] {"schedule", "root", "smoothness", "100"},
                new String[] {"schedule", "aicn", "smoothness", "100"})) {
            Result r = run(p, new TestMonitor(), s);
            assertEquals(Status.CONVERGED, r.status(), Arrays.toString(s) + " " + r);
            assertTrue(Arrays.stream(r.solution()).allMatch(v -> Math.abs(v) < 1e-9), Arrays.toString(r.solution()));
        }
    }

    @Test
    void pureNewtonFailsOnLogisticRegressionWhereDampedNewtonConverges() {
        SmoothObjective far = logistic(30);
        Result reference = run(logistic(0), new TestMonitor(), "schedule", "universal");
        assertEquals(Status.CONVERGED, reference.status(), String.valueOf(reference));
        double fStar = reference.objective();
        Result pure = run(far, new TestMonitor(), "schedule", "pure", "maxIterations", "200");
        assertNotEquals(Status.CONVERGED, pure.status());
        assertTrue(pure.objective() - fStar > 1, "pure Newton from w = 30: f - f* = " + (pure.objective() - fStar));
        for (String[] s : List.of(new String[] {"schedule", "universal"},
                new String[] {"schedule", "root", "smoothness", "100"},
                new String[] {"schedule", "aicn", "smoothness", "100"})) {
            Result r = run(far, new TestMonitor(), s);
            assertEquals(Status.CONVERGED, r.status(), Arrays.toString(s) + " " + r);
            assertEquals(fStar, r.objective(), 1e-12, Arrays.toString(s));
        }
    }

    /**
     * RN (q = 4, M = 100) on the pseudo-Huber sum from max|x_i| = 5. Global phase: f − f* ≥ 10⁻²
     * (iterations 1..K). Its decay is at least k⁻³ in the sense of the paper's O(k⁻³): with C the largest
     * k³(f_k − f*) over the global phase, f_k − f* ≤ C·k⁻³ along the whole run, the largest value comes
     * before the last quarter of the phase (k³e_k then falls), and the log-log slope over the second half
     * of the phase is ≤ −3 (R² ≥ 0.9). The fit over the whole phase is printed, not asserted: its first
     * iterations fall more slowly than k⁻³ (the theorem's constant is large). Then the local order, where
     * θ_k is small (e_k ≤ 10⁻⁵): the slope of log e_{k+1} against log e_k is (2q − 3)/(q − 1) = 5/3, the
     * order the RN step gives near x* (x_{k+1} − x* ≈ θ_k(x_k − x*), θ_k ∝ G_k^{(q−2)/(q−1)}, G_k ∝ ‖x_k − x*‖).
     */
    @Test
    void rootScheduleGlobalPhaseAtLeastCubicThenSuperlinear() {
        TestMonitor m = new TestMonitor();
        Result r = run(pseudoHuber(4, 5), m, "schedule", "root", "smoothness", "100", "tolerance", "1e-13");
        assertEquals(Status.CONVERGED, r.status(), String.valueOf(r));
        double[] e = gaps(m, 0);
        int end = 1;
        while (e[end + 1] >= 1e-2) {
            end++;
        }
        int peak = 1;
        for (int k = 1; k <= end; k++) {
            if (Math.pow(k, 3) * e[k] > Math.pow(peak, 3) * e[peak]) {
                peak = k;
            }
        }
        RateFit whole = RateFit.logLog(range(1, end), Arrays.copyOfRange(e, 1, end + 1));
        RateFit late = RateFit.logLog(range(end / 2, end), Arrays.copyOfRange(e, end / 2, end + 1));
        String figures = "global phase k = 1.." + end + ", k^3 e_k peaks at k = " + peak + "; whole phase " + whole
                + ", second half " + late;
        System.out.println("O15 RN global: " + figures);
        assertTrue(peak <= 3 * end / 4, figures);
        assertTrue(late.slope() <= -3 && late.rSquared() >= 0.9, figures);
        double c = Math.pow(peak, 3) * e[peak];
        for (int k = 1; k < e.length; k++) {
            assertTrue(e[k] <= c / Math.pow(k, 3), "e_" + k + " = " + e[k] + " above C/k^3, C = " + c);
        }
        RateFit local = localOrder(e, 1e-5, 1e-30);
        System.out.println("O15 RN local order: " + local);
        assertEquals(5.0 / 3, local.slope(), 0.1, local.toString());
    }

    /**
     * AICN's local phase is quadratic: where M·G_k is small (e_k ≤ 10⁻⁵) the fitted order is 2 and
     * e_{k+1}/e_k² stays below M² (near 0 the step gives x_{k+1} ≈ (M/2)·x_k·|x_k|, e_{k+1} ≈ (M²/2)e_k²).
     */
    @Test
    void aicnLocalPhaseIsQuadratic() {
        TestMonitor m = new TestMonitor();
        Result r = run(pseudoHuber(4, 5), m, "schedule", "aicn", "smoothness", "100", "tolerance", "1e-13");
        assertEquals(Status.CONVERGED, r.status(), String.valueOf(r));
        double[] e = gaps(m, 0);
        RateFit local = localOrder(e, 1e-5, 1e-30);
        System.out.println("O15 AICN local order: " + local);
        assertEquals(2.0, local.slope(), 0.15, local.toString());
        for (int k = 0; k + 1 < e.length; k++) {
            if (e[k] <= 1e-5 && e[k + 1] > 1e-30) {
                assertTrue(e[k + 1] / (e[k] * e[k]) < 1e4, "e_{k+1}/e_k^2 at k = " + k + ": " + e[k + 1] / (e[k] * e[k]));
            }
        }
    }

    /** The universal (UN) backtracking needs no constant: from M = 1 it converges where RN with M = 1 diverges. */
    @Test
    void universalBacktrackingAdaptsTheConstant() {
        SmoothObjective p = pseudoHuber(4, 5);
        Result rn = run(p, new TestMonitor(), "schedule", "root", "smoothness", "1");
        assertNotEquals(Status.CONVERGED, rn.status(), "RN with too small an M overshoots");
        TestMonitor m = new TestMonitor();
        Result un = run(p, m, "schedule", "universal", "smoothness", "1");
        assertEquals(Status.CONVERGED, un.status(), String.valueOf(un));
        assertTrue(m.counter(DampedNewton.BACKTRACKS) > 0, "the estimate of M had to grow");
        assertTrue(m.counter(DampedNewton.BACKTRACKS) <= 2 * un.iterations() + 10, m.counters().toString());
    }

    /** The Hessian from gradient differences gives the same iterates as the exact one, to rounding. */
    @Test
    void differenceHessianMatchesExact() {
        SmoothObjective p = pseudoHuber(3, 4);
        Result exact = run(p, new TestMonitor(), "hessian", "exact");
        TestMonitor m = new TestMonitor();
        Result fd = run(p, m, "hessian", "finite-difference");
        assertEquals(Status.CONVERGED, fd.status());
        assertEquals(exact.iterations(), fd.iterations(), 1);
        assertTrue(m.counter("grad") >= 3 * fd.iterations(), "n gradient calls per difference Hessian");
    }

    /** Slope of log e_{k+1} against log e_k over the pairs with both in (low, high]. */
    static RateFit localOrder(double[] e, double high, double low) {
        List<double[]> pairs = new java.util.ArrayList<>();
        for (int k = 0; k + 1 < e.length; k++) {
            if (e[k] <= high && e[k + 1] > low) {
                pairs.add(new double[] {e[k], e[k + 1]});
            }
        }
        return RateFit.logLog(pairs.stream().mapToDouble(q -> q[0]).toArray(),
                pairs.stream().mapToDouble(q -> q[1]).toArray());
    }

    static double[] range(int from, int to) {
        double[] k = new double[to - from + 1];
        for (int i = 0; i < k.length; i++) {
            k[i] = from + i;
        }
        return k;
    }
}
