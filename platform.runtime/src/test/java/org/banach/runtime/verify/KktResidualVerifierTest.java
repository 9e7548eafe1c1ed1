package org.banach.runtime.verify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.banach.api.Certificate;
import org.banach.api.optim.EqualityConstrainedProblem;
import org.junit.jupiter.api.Test;

/**
 * The KKT residual max(‖∇f + Jᵀλ‖, ‖c‖) with least-squares multipliers, on Hock–Schittkowski
 * problem 7 (x* = (0, √3), λ* = 1/(2√3)), a duplicated-constraint (rank-deficient) variant, a
 * quadratic with a linear constraint and an unconstrained case, against closed forms. Bounds: the
 * data round (√3 is not a double), so exact points give ≤ 1e-14; perturbed points agree with the
 * closed form to 1e-12 relatively (the closed forms themselves round by a few u).
 */
class KktResidualVerifierTest {

    private static final double SQRT3 = Math.sqrt(3);

    private final KktResidualVerifier verifier = new KktResidualVerifier();

    /** HS7: min log(1 + x1²) − x2 s.t. (1 + x1²)² + x2² − 4 = 0, the constraint given {@code copies} times. */
    static EqualityConstrainedProblem hs7(int copies) {
        return new EqualityConstrainedProblem() {
            @Override
            public String name() {
                return "test/hs7x" + copies;
            }

            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public int constraintCount() {
                return copies;
            }

            @Override
            public double value(double[] x) {
                return Math.log(1 + x[0] * x[0]) - x[1];
            }

            @Override
            public double valueAndGradient(double[] x, double[] g) {
                g[0] = 2 * x[0] / (1 + x[0] * x[0]);
                g[1] = -1;
                return value(x);
            }

            @Override
            public void constraints(double[] x, double[] c) {
                double q = 1 + x[0] * x[0];
                java.util.Arrays.fill(c, q * q + x[1] * x[1] - 4);
            }

            @Override
            public void jacobian(double[] x, double[] jac) {
                for (int i = 0; i < copies; i++) {
                    jac[2 * i] = 4 * x[0] * (1 + x[0] * x[0]);
                    jac[2 * i + 1] = 2 * x[1];
                }
            }

            @Override
            public double[] start() {
                return new double[] {2, 2};
            }
        };
    }

    /** min x1² + x2² s.t. x1 + x2 − 2 = 0: x* = (1, 1), λ* = −2. With {@code constrained} false, no constraint. */
    static EqualityConstrainedProblem quadratic(boolean constrained) {
        return new EqualityConstrainedProblem() {
            @Override
            public String name() {
                return "test/quadratic";
            }

            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public int constraintCount() {
                return constrained ? 1 : 0;
            }

            @Override
            public double value(double[] x) {
                return x[0] * x[0] + x[1] * x[1];
            }

            @Override
            public double valueAndGradient(double[] x, double[] g) {
                g[0] = 2 * x[0];
                g[1] = 2 * x[1];
                return value(x);
            }

            @Override
            public void constraints(double[] x, double[] c) {
                if (constrained) {
                    c[0] = x[0] + x[1] - 2;
                }
            }

            @Override
            public void jacobian(double[] x, double[] jac) {
                if (constrained) {
                    jac[0] = 1;
                    jac[1] = 1;
                }
            }

            @Override
            public double[] start() {
                return new double[2];
            }
        };
    }

    @Test
    void hs7AtTheMinimiser() {
        double[] x = {0, SQRT3};
        Certificate c = verifier.verify(hs7(1), x, 1e-10);
        assertEquals(Certificate.KKT_RESIDUAL, c.criterion());
        assertEquals(0.0, c.value(), 1e-14);
        assertTrue(c.satisfied());
        assertArrayEquals(new double[] {1 / (2 * SQRT3)}, KktResidualVerifier.multipliers(hs7(1), x), 1e-15);
        assertEquals(EqualityConstrainedProblem.class, verifier.problemType());
        assertEquals(Certificate.KKT_RESIDUAL, verifier.criterion());
    }

    @Test
    void hs7Infeasible() {
        double d = 1e-3; // x2 = √3 + δ: stationary (∇f ∥ ∇c), c = 2√3δ + δ²
        double expected = 2 * SQRT3 * d + d * d;
        Certificate c = verifier.verify(hs7(1), new double[] {0, SQRT3 + d}, 1e-6);
        assertEquals(expected, c.value(), 1e-12 * expected);
        assertFalse(c.satisfied());
    }

    @Test
    void hs7NotStationary() {
        double d = 1e-2; // x1 = δ: ‖∇f + λJ‖ = |g × J| / ‖J‖ for the best λ; c = 2δ² + δ⁴
        double[] g = {2 * d / (1 + d * d), -1};
        double[] jac = {4 * d * (1 + d * d), 2 * SQRT3};
        double stationarity = Math.abs(g[0] * jac[1] - g[1] * jac[0]) / Math.hypot(jac[0], jac[1]);
        assertTrue(stationarity > 2 * d * d + Math.pow(d, 4), "stationarity dominates");
        assertEquals(stationarity, verifier.verify(hs7(1), new double[] {d, SQRT3}, 1e-6).value(),
                1e-12 * stationarity);
        double lambda = -(g[0] * jac[0] + g[1] * jac[1]) / (jac[0] * jac[0] + jac[1] * jac[1]);
        assertArrayEquals(new double[] {lambda}, KktResidualVerifier.multipliers(hs7(1), new double[] {d, SQRT3}),
                1e-14);
    }

    @Test
    void duplicatedConstraintsAreRankDeficientButFine() {
        double[] x = {0, SQRT3};
        assertEquals(0.0, verifier.verify(hs7(2), x, 1e-10).value(), 1e-14);
        double l = 1 / (2 * SQRT3);
        assertArrayEquals(new double[] {l / 2, l / 2}, KktResidualVerifier.multipliers(hs7(2), x), 1e-14,
                "the minimum-norm multipliers share λ*");
        double d = 1e-2;
        double single = verifier.verify(hs7(1), new double[] {d, SQRT3}, 1).value();
        assertEquals(single, verifier.verify(hs7(2), new double[] {d, SQRT3}, 1).value(), 1e-12 * single);
        double infeasible = verifier.verify(hs7(1), new double[] {0, SQRT3 + d}, 1).value();
        assertEquals(Math.sqrt(2) * infeasible, verifier.verify(hs7(2), new double[] {0, SQRT3 + d}, 1).value(),
                1e-12 * infeasible, "‖c‖ counts both copies");
    }

    @Test
    void quadraticWithALinearConstraint() {
        assertEquals(0.0, verifier.verify(quadratic(true), new double[] {1, 1}, 1e-12).value(), 1e-15);
        assertArrayEquals(new double[] {-2}, KktResidualVerifier.multipliers(quadratic(true), new double[] {1, 1}),
                1e-15);
        double d = 0x1p-10; // x = (1 + δ, 1): λ = −(2 + δ), ∇f + λJ = (δ, −δ), c = δ
        double expected = Math.sqrt(2) * d;
        assertEquals(expected, verifier.verify(quadratic(true), new double[] {1 + d, 1}, 1e-12).value(),
                1e-14 * expected);
    }

    @Test
    void withoutConstraintsItIsTheGradientNorm() {
        assertEquals(10.0, verifier.verify(quadratic(false), new double[] {3, 4}, 1).value(), 0.0);
        assertEquals(0, KktResidualVerifier.multipliers(quadratic(false), new double[] {3, 4}).length);
    }

    @Test
    void badInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> verifier.verify(hs7(1), new double[3], 1e-6));
        assertEquals("solution has 3 entries but the problem has dimension 2", e.getMessage());
        assertTrue(Double.isNaN(verifier.verify(hs7(1), new double[] {Double.NaN, 1}, 1).value()));
        assertTrue(Double.isNaN(verifier.verify(hs7(1), new double[] {1, Double.NaN}, 1).value()));
    }
}
