package org.banach.api.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The default dense Hessian is assembled from Hessian-vector products, column by column. */
class SmoothObjectiveHessianTest {

    /** f(x) = x₀²x₁ + x₁³ + x₀x₂: ∇²f = [[2x₁, 2x₀, 1], [2x₀, 6x₁, 0], [1, 0, 0]]. */
    private static final class Cubic implements SmoothObjective {
        private final boolean hvp;

        Cubic(boolean hvp) {
            this.hvp = hvp;
        }

        @Override
        public String name() {
            return "cubic";
        }

        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public double value(double[] x) {
            return x[0] * x[0] * x[1] + x[1] * x[1] * x[1] + x[0] * x[2];
        }

        @Override
        public double valueAndGradient(double[] x, double[] g) {
            g[0] = 2 * x[0] * x[1] + x[2];
            g[1] = x[0] * x[0] + 3 * x[1] * x[1];
            g[2] = x[0];
            return value(x);
        }

        @Override
        public double[] start() {
            return new double[3];
        }

        @Override
        public boolean hasHessianVector() {
            return hvp;
        }

        @Override
        public void hessianVector(double[] x, double[] v, double[] out) {
            out[0] = 2 * x[1] * v[0] + 2 * x[0] * v[1] + v[2];
            out[1] = 2 * x[0] * v[0] + 6 * x[1] * v[1];
            out[2] = v[0];
        }
    }

    @Test
    void assembledFromProducts() {
        SmoothObjective f = new Cubic(true);
        assertTrue(f.hasHessian());
        double[] h = new double[9];
        f.hessian(new double[] {2, -1, 5}, h);
        assertArrayEquals(new double[] {-2, 4, 1, 4, -6, 0, 1, 0, 0}, h, 0.0);
    }

    @Test
    void absentWithoutProducts() {
        SmoothObjective f = new Cubic(false);
        assertFalse(f.hasHessian());
        assertThrows(UnsupportedOperationException.class, () -> f.hessian(new double[3], new double[9]));
    }
}
