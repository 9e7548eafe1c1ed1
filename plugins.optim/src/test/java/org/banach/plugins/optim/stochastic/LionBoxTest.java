package org.banach.plugins.optim.stochastic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.banach.api.Result;
import org.banach.api.Status;
import org.banach.api.optim.FiniteSumObjective;
import org.junit.jupiter.api.Test;

/**
 * O8, Chen, Liu, Liang &amp; Liu, Lion secretly solves constrained optimization (ICLR 2024): with
 * decoupled weight decay λ, Lion's iterates enter the box ‖x‖∞ ≤ 1/λ and stay there, and with a
 * decaying step they reach the minimiser of f on that box. Here f(x) = ½ Σ aᵢ(xᵢ − cᵢ)² (diagonal),
 * whose box-constrained minimiser is clip(c, −1/λ, 1/λ); c has two entries outside the box (active
 * constraints), two inside, and the start has two entries outside the box.
 */
class LionBoxTest {

    static final double LAMBDA = 0.5;
    static final double[] A = {1, 2, 0.5, 4};
    static final double[] C = {0.3, -1, 5, -7};
    static final double[] START = {6, -5, 0, 0};

    /** f as the mean of d components fᵢ(x) = d·½aᵢ(xᵢ − cᵢ)², recording the box excess of every iterate. */
    static final class Quadratic implements FiniteSumObjective {
        long iterates;
        long entered = -1;
        double worstAfterEntry = Double.NEGATIVE_INFINITY;

        @Override
        public int components() {
            return A.length;
        }

        @Override
        public double componentValueAndGradient(int i, double[] x, double[] g) {
            java.util.Arrays.fill(g, 0.0);
            double r = x[i] - C[i];
            g[i] = A.length * A[i] * r;
            return A.length * 0.5 * A[i] * r * r;
        }

        @Override
        public double valueAndGradient(double[] x, double[] g) {
            double excess = -Double.MAX_VALUE;
            double f = 0;
            for (int i = 0; i < A.length; i++) {
                double r = x[i] - C[i];
                g[i] = A[i] * r;
                f += 0.5 * A[i] * r * r;
                excess = Math.max(excess, Math.abs(x[i]) - 1 / LAMBDA);
            }
            if (entered < 0 && excess <= 0) {
                entered = iterates;
            }
            if (entered >= 0) {
                worstAfterEntry = Math.max(worstAfterEntry, excess);
            }
            iterates++;
            return f;
        }

        @Override
        public String name() {
            return "test/diagonal-quadratic";
        }

        @Override
        public int dimension() {
            return A.length;
        }

        @Override
        public double[] start() {
            return START.clone();
        }
    }

    @Test
    void iteratesEnterTheBoxStayAndReachTheBoxMinimiser() {
        Quadratic p = new Quadratic();
        long steps = 1_000_000;
        Result r = Runs.solve(new Lion(), p, 0L, new Runs.QuietMonitor(), "weightDecay=" + LAMBDA,
                "learningRate=0.02", "decay=inverse-sqrt", "tolerance=0", "maxIterations=" + steps);
        assertEquals(Status.ITERATION_LIMIT, r.status(), String.valueOf(r));
        double[] x = r.solution();
        double err = 0;
        for (int i = 0; i < x.length; i++) {
            double clipped = Math.max(-1 / LAMBDA, Math.min(1 / LAMBDA, C[i]));
            err = Math.max(err, Math.abs(x[i] - clipped));
        }
        System.out.printf("Lion: entered the box at iterate %d of %d, worst excess after %.3g, error %.3g%n",
                p.entered, p.iterates, p.worstAfterEntry, err);
        assertTrue(p.entered > 0, "the start lies outside the box");
        assertTrue(p.entered < 10_000, "entered at iterate " + p.entered);
        assertTrue(p.worstAfterEntry <= 1e-12, "left the box after entering, by " + p.worstAfterEntry);
        assertTrue(err <= 1e-4, "max |x - clip(c)| = " + err);
    }
}
