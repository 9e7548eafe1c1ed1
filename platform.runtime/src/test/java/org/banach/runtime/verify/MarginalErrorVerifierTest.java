package org.banach.runtime.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;

import org.banach.api.Certificate;
import org.banach.api.Result;
import org.banach.api.Status;
import org.banach.api.optim.OptimalTransport;
import org.junit.jupiter.api.Test;

/**
 * The marginal error of optimal-transport results against closed forms. The symmetric 2×2 instance
 * a = b = (s, s), C = k·[[0, 1], [1, 0]] has at ε the potentials f = g = (φ, φ) with
 * e^{2φ/ε} = 1 / (s·(1 + e^{−k/ε})), the plan s/(1 + e^{−k/ε})·[[1, e^{−k/ε}], [e^{−k/ε}, 1]], the cost
 * 2sk·e^{−k/ε}/(1 + e^{−k/ε}), and after f_0 += δ the marginal error exactly 2s·|expm1(δ/ε)|. Bounds:
 * a few u (= 2⁻⁵³) times the total mass 4s where nothing is cancelled; where potentials are shifted by
 * K the rounding of f_i + g_j (ulp(K)/ε) is allowed for.
 */
class MarginalErrorVerifierTest {

    private static final double U = 0x1p-53;

    private final MarginalErrorVerifier verifier = new MarginalErrorVerifier();

    private static SmallTransport symmetric(double s, double k) {
        return new SmallTransport(new double[] {s, s}, new double[] {s, s}, new double[] {0, k, k, 0});
    }

    /** φ of the symmetric instance at ε. */
    private static double phi(double s, double k, double eps) {
        return 0.5 * eps * -Math.log(s * (1 + Math.exp(-k / eps)));
    }

    private static Result result(double[] fg, Object epsilon, double objective) {
        Result.Builder b = Result.builder(Status.CONVERGED).solution(fg).objective(objective);
        if (epsilon != null) {
            b.settings(Map.of(MarginalErrorVerifier.EPSILON, epsilon));
        }
        return b.build();
    }

    @Test
    void entropicOptimumHasNoMarginalError() {
        double phi = phi(0.5, 1, 1);
        double[] fg = {phi, phi, phi, phi};
        Certificate c = verifier.verify(symmetric(0.5, 1), result(fg, 1.0, Double.NaN), 1e-12);
        assertEquals(Certificate.MARGINAL_ERROR, c.criterion());
        assertEquals(0.0, c.value(), 16 * U);
        assertTrue(c.satisfied());
        double f[] = {phi, phi};
        assertEquals(1 / (Math.E + 1), MarginalErrorVerifier.transportCost(symmetric(0.5, 1), f, f, 1.0),
                16 * U / (Math.E + 1));
        assertEquals(OptimalTransport.class, verifier.problemType());
        assertEquals(Certificate.MARGINAL_ERROR, verifier.criterion());
    }

    @Test
    void perturbedPotentialGivesTheClosedForm() {
        for (double eps : new double[] {1.0, 0.25}) {
            double phi = phi(0.5, 1, eps);
            for (double delta : new double[] {1e-3, -0.2, 2.0}) {
                double[] fg = {phi + delta, phi, phi, phi};
                Certificate c = verifier.verify(symmetric(0.5, 1), result(fg, eps, 0), 1e-6);
                double expected = Math.abs(Math.expm1(delta / eps));
                assertEquals(expected, c.value(), 32 * U * (1 + expected), "ε " + eps + ", δ " + delta);
                assertFalse(c.satisfied());
            }
        }
    }

    /** ε = 0.01 and potentials shifted by ±100: exp(f/ε) alone would overflow; f_i + g_j rounds by ulp(100). */
    @Test
    void smallEpsilonAndLargePotentials() {
        double eps = 0.01;
        double k = 1;
        double phi = phi(0.5, k, eps);
        double big = 100;
        double[] f = {phi + big, phi + big};
        double[] g = {phi - big, phi - big};
        double slack = 4 * Math.ulp(big) / eps; // error of the exponents
        OptimalTransport p = symmetric(0.5, k);
        assertEquals(0.0, MarginalErrorVerifier.marginalError(p, f, g, eps), 2 * slack);
        double w = Math.exp(-k / eps);
        assertEquals(k * w / (1 + w), MarginalErrorVerifier.transportCost(p, f, g, eps), k * w * 2 * slack);
    }

    /** Masses of 1e-200: a_i·b_j underflows to 0 in a direct computation, which would report error 4s. */
    @Test
    void tinyMassesAreHandledInTheLogDomain() {
        double s = 1e-200;
        double phi = phi(s, 1, 1);
        double[] f = {phi, phi};
        OptimalTransport p = symmetric(s, 1);
        double slack = 8 * Math.ulp(2 * phi); // error of the exponents (|2φ| ≈ 460)
        assertEquals(0.0, MarginalErrorVerifier.marginalError(p, f, f, 1.0), 4 * s * slack);
        assertEquals(2 * s / (Math.E + 1), MarginalErrorVerifier.transportCost(p, f, f, 1.0),
                2 * s / (Math.E + 1) * slack);
        double delta = 0.01;
        double expected = 2 * s * Math.abs(Math.expm1(delta));
        assertEquals(expected, MarginalErrorVerifier.marginalError(p, new double[] {phi + delta, phi}, f, 1.0),
                4 * s * slack);
    }

    /** A random 7×5 instance against the plan formed entry by entry (all values moderate there). */
    @Test
    void matchesTheDirectPlanOnARandomInstance() {
        Random rnd = new Random(11);
        int n = 7;
        int m = 5;
        double[] a = new double[n];
        double[] b = new double[m];
        double[] c = new double[n * m];
        double[] f = new double[n];
        double[] g = new double[m];
        for (int i = 0; i < n; i++) {
            a[i] = (1 + rnd.nextDouble()) / n;
            f[i] = rnd.nextDouble() - 0.5;
        }
        for (int j = 0; j < m; j++) {
            b[j] = (1 + rnd.nextDouble()) / m;
            g[j] = rnd.nextDouble() - 0.5;
        }
        for (int k = 0; k < c.length; k++) {
            c[k] = rnd.nextDouble();
        }
        double eps = 0.5;
        double[] row = new double[n];
        double[] col = new double[m];
        double cost = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double pij = a[i] * b[j] * Math.exp((f[i] + g[j] - c[i * m + j]) / eps);
                row[i] += pij;
                col[j] += pij;
                cost += c[i * m + j] * pij;
            }
        }
        double err = 0;
        for (int i = 0; i < n; i++) {
            err += Math.abs(row[i] - a[i]);
        }
        for (int j = 0; j < m; j++) {
            err += Math.abs(col[j] - b[j]);
        }
        OptimalTransport p = new SmallTransport(a, b, c);
        double[] fg = new double[n + m];
        System.arraycopy(f, 0, fg, 0, n);
        System.arraycopy(g, 0, fg, n, m);
        assertEquals(err, verifier.verify(p, result(fg, eps, 0), 1).value(), 1e-13);
        assertEquals(cost, MarginalErrorVerifier.transportCost(p, f, g, eps), 1e-13 * cost);
    }

    /**
     * Exact case: a = (0.3, 0.7), b = (0.6, 0.4), C = [[1, 3], [2, 1]]: the optimal plan
     * [[0.3, 0], [0.3, 0.4]] costs 1.3, and f = (1, 2), g = (0, −1) is an optimal dual (D = 1.3).
     */
    @Test
    void exactDualFeasibilityAndGap() {
        SmallTransport p = new SmallTransport(new double[] {0.3, 0.7}, new double[] {0.6, 0.4},
                new double[] {1, 3, 2, 1});
        double[] fg = {1, 2, 0, -1};
        for (Object eps : new Object[] {null, 0, 0.0}) {
            assertEquals(0.0, verifier.verify(p, result(fg, eps, 1.3), 1e-9).value(), 4 * U, "ε " + eps);
        }
        assertEquals(0.1 / 1.3, verifier.verify(p, result(fg, null, 1.4), 1e-9).value(), 8 * U);
        // f_0 = 1.5 violates f_0 + g_0 ≤ C_00 by 0.5; D = 1.45, so the gap term is 0.15/1.45 < 0.5
        Certificate c = verifier.verify(p, result(new double[] {1.5, 2, 0, -1}, 0.0, 1.3), 1e-9);
        assertEquals(0.5, c.value(), 0.0);
        assertFalse(c.satisfied());
        assertTrue(Double.isNaN(verifier.verify(p, result(fg, null, Double.NaN), 1e-9).value()));
        // a feasible dual far below the optimum passes only if the claim matches it (documented limit)
        assertEquals(0.0, verifier.verify(p, result(new double[4], null, 0.0), 1e-9).value(), 0.0);
    }

    @Test
    void badInputIsRejectedClearly() {
        OptimalTransport p = symmetric(0.5, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> verifier.verify(p, result(new double[3], 1.0, 0), 1e-6));
        assertEquals("solution has 3 entries but the problem needs 4 (the potentials f, length 2, then g, length 2)",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> verifier.verify(p, result(new double[4], "big", 0),
                1e-6));
        assertEquals("the run's 'epsilon' setting is big (String), not a number", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> verifier.verify(p, result(new double[4], -1.0, 0),
                1e-6));
        assertEquals("the run's 'epsilon' setting is -1.0; it must be 0 (exact) or positive", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> MarginalErrorVerifier.transportCost(p, new double[2], new double[2], 0));
        assertEquals("the entropic plan needs a finite epsilon > 0, not 0.0", e.getMessage());
        UnsupportedOperationException u = assertThrows(UnsupportedOperationException.class,
                () -> verifier.verify(p, new double[4], 1e-6));
        assertTrue(u.getMessage().contains("use verify(problem, result, tolerance)"), u.getMessage());
        assertTrue(Double.isNaN(MarginalErrorVerifier.marginalError(p, new double[] {Double.NaN, 0},
                new double[2], 1)));
    }
}
