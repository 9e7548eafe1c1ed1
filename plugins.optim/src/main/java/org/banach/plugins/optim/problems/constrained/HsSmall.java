package org.banach.plugins.optim.problems.constrained;

/** Hock–Schittkowski problems 6, 7, 27, 28, 39 and 40 (n ≤ 4). */
final class HsSmall {

    private HsSmall() {
    }

    /** HS6: (1 − x₁)² s.t. 10(x₂ − x₁²) = 0; x* = (1, 1), f* = 0. */
    static final class Hs6 extends HsProblem {
        Hs6() {
            super(6, 1, new double[] {-1.2, 1}, new double[] {1, 1}, 0.0, null);
        }

        @Override
        protected double objective(double[] x, double[] g) {
            if (g != null) {
                g[0] = -2 * (1 - x[0]);
            }
            return (1 - x[0]) * (1 - x[0]);
        }

        @Override
        protected void evalConstraints(double[] x, double[] c) {
            c[0] = 10 * (x[1] - x[0] * x[0]);
        }

        @Override
        protected void evalJacobian(double[] x, double[] j) {
            set(j, 0, 0, -20 * x[0]);
            set(j, 0, 1, 10);
        }

        @Override
        protected void addLagrangianHessian(double[] x, double[] l, double[] h) {
            addSym(h, 0, 0, 2 - 20 * l[0]);
        }
    }

    /** HS7: ln(1 + x₁²) − x₂ s.t. (1 + x₁²)² + x₂² − 4 = 0; x* = (0, √3), f* = −√3. */
    static final class Hs7 extends HsProblem {
        Hs7() {
            super(7, 1, new double[] {2, 2}, new double[] {0, Math.sqrt(3)}, -Math.sqrt(3), null);
        }

        @Override
        protected double objective(double[] x, double[] g) {
            double s = 1 + x[0] * x[0];
            if (g != null) {
                g[0] = 2 * x[0] / s;
                g[1] = -1;
            }
            return Math.log(s) - x[1];
        }

        @Override
        protected void evalConstraints(double[] x, double[] c) {
            double s = 1 + x[0] * x[0];
            c[0] = s * s + x[1] * x[1] - 4;
        }

        @Override
        protected void evalJacobian(double[] x, double[] j) {
            set(j, 0, 0, 4 * x[0] * (1 + x[0] * x[0]));
            set(j, 0, 1, 2 * x[1]);
        }

        @Override
        protected void addLagrangianHessian(double[] x, double[] l, double[] h) {
            double x2 = x[0] * x[0];
            double s = 1 + x2;
            addSym(h, 0, 0, 2 * (1 - x2) / (s * s) + l[0] * (4 + 12 * x2));
            addSym(h, 1, 1, 2 * l[0]);
        }
    }

    /** HS27: 0.01(x₁ − 1)² + (x₂ − x₁²)² s.t. x₁ + x₃² + 1 = 0; x* = (−1, 1, 0), f* = 0.04. */
    static final class Hs27 extends HsProblem {
        Hs27() {
            super(27, 1, new double[] {2, 2, 2}, new double[] {-1, 1, 0}, 0.04, null);
        }

        @Override
        protected double objective(double[] x, double[] g) {
            double r = x[1] - x[0] * x[0];
            if (g != null) {
                g[0] = 0.02 * (x[0] - 1) - 4 * x[0] * r;
                g[1] = 2 * r;
            }
            return 0.01 * (x[0] - 1) * (x[0] - 1) + r * r;
        }

        @Override
        protected void evalConstraints(double[] x, double[] c) {
            c[0] = x[0] + x[2] * x[2] + 1;
        }

        @Override
        protected void evalJacobian(double[] x, double[] j) {
            set(j, 0, 0, 1);
            set(j, 0, 2, 2 * x[2]);
        }

        @Override
        protected void addLagrangianHessian(double[] x, double[] l, double[] h) {
            addSym(h, 0, 0, 0.02 - 4 * x[1] + 12 * x[0] * x[0]);
            addSym(h, 0, 1, -4 * x[0]);
            addSym(h, 1, 1, 2);
            addSym(h, 2, 2, 2 * l[0]);
        }
    }

    /** HS28: (x₁ + x₂)² + (x₂ + x₃)² s.t. x₁ + 2x₂ + 3x₃ = 1; x* = (½, −½, ½), f* = 0. */
    static final class Hs28 extends HsProblem {
        Hs28() {
            super(28, 1, new double[] {-4, 1, 1}, new double[] {0.5, -0.5, 0.5}, 0.0, null);
        }

        @Override
        protected double objective(double[] x, double[] g) {
            double a = x[0] + x[1];
            double b = x[1] + x[2];
            if (g != null) {
                g[0] = 2 * a;
                g[1] = 2 * a + 2 * b;
                g[2] = 2 * b;
            }
            return a * a + b * b;
        }

        @Override
        protected void evalConstraints(double[] x, double[] c) {
            c[0] = x[0] + 2 * x[1] + 3 * x[2] - 1;
        }

        @Override
        protected void evalJacobian(double[] x, double[] j) {
            set(j, 0, 0, 1);
            set(j, 0, 1, 2);
            set(j, 0, 2, 3);
        }

        @Override
        protected void addLagrangianHessian(double[] x, double[] l, double[] h) {
            addSym(h, 0, 0, 2);
            addSym(h, 0, 1, 2);
            addSym(h, 1, 1, 4);
            addSym(h, 1, 2, 2);
            addSym(h, 2, 2, 2);
        }
    }

    /** HS39: −x₁ s.t. x₂ − x₁³ − x₃² = 0, x₁² − x₂ − x₄² = 0; x* = (1, 1, 0, 0), f* = −1. */
    static final class Hs39 extends HsProblem {
        Hs39() {
            super(39, 2, new double[] {2, 2, 2, 2}, new double[] {1, 1, 0, 0}, -1.0, null);
        }

        @Override
        protected double objective(double[] x, double[] g) {
            if (g != null) {
                g[0] = -1;
            }
            return -x[0];
        }

        @Override
        protected void evalConstraints(double[] x, double[] c) {
            c[0] = x[1] - x[0] * x[0] * x[0] - x[2] * x[2];
            c[1] = x[0] * x[0] - x[1] - x[3] * x[3];
        }

        @Override
        protected void evalJacobian(double[] x, double[] j) {
            set(j, 0, 0, -3 * x[0] * x[0]);
            set(j, 0, 1, 1);
            set(j, 0, 2, -2 * x[2]);
            set(j, 1, 0, 2 * x[0]);
            set(j, 1, 1, -1);
            set(j, 1, 3, -2 * x[3]);
        }

        @Override
        protected void addLagrangianHessian(double[] x, double[] l, double[] h) {
            addSym(h, 0, 0, -6 * x[0] * l[0] + 2 * l[1]);
            addSym(h, 2, 2, -2 * l[0]);
            addSym(h, 3, 3, -2 * l[1]);
        }
    }

    /**
     * HS40: −x₁x₂x₃x₄ s.t. x₁³ + x₂² = 1, x₁²x₄ − x₃ = 0, x₄² − x₂ = 0;
     * x* = (2^(−1/3), 2^(−1/2), 2^(−11/12), 2^(−1/4)), f* = −0.25.
     */
    static final class Hs40 extends HsProblem {
        Hs40() {
            super(40, 3, new double[] {0.8, 0.8, 0.8, 0.8},
                    new double[] {Math.pow(2, -1.0 / 3), Math.pow(2, -0.5), Math.pow(2, -11.0 / 12), Math.pow(2, -0.25)},
                    -0.25, null);
        }

        @Override
        protected double objective(double[] x, double[] g) {
            if (g != null) {
                g[0] = -x[1] * x[2] * x[3];
                g[1] = -x[0] * x[2] * x[3];
                g[2] = -x[0] * x[1] * x[3];
                g[3] = -x[0] * x[1] * x[2];
            }
            return -x[0] * x[1] * x[2] * x[3];
        }

        @Override
        protected void evalConstraints(double[] x, double[] c) {
            c[0] = x[0] * x[0] * x[0] + x[1] * x[1] - 1;
            c[1] = x[0] * x[0] * x[3] - x[2];
            c[2] = x[3] * x[3] - x[1];
        }

        @Override
        protected void evalJacobian(double[] x, double[] j) {
            set(j, 0, 0, 3 * x[0] * x[0]);
            set(j, 0, 1, 2 * x[1]);
            set(j, 1, 0, 2 * x[0] * x[3]);
            set(j, 1, 2, -1);
            set(j, 1, 3, x[0] * x[0]);
            set(j, 2, 1, -1);
            set(j, 2, 3, 2 * x[3]);
        }

        @Override
        protected void addLagrangianHessian(double[] x, double[] l, double[] h) {
            for (int i = 0; i < 4; i++) {
                for (int k = i + 1; k < 4; k++) {
                    double p = -1;
                    for (int r = 0; r < 4; r++) {
                        if (r != i && r != k) {
                            p *= x[r];
                        }
                    }
                    addSym(h, i, k, p);
                }
            }
            addSym(h, 0, 0, 6 * x[0] * l[0] + 2 * x[3] * l[1]);
            addSym(h, 1, 1, 2 * l[0]);
            addSym(h, 0, 3, 2 * x[0] * l[1]);
            addSym(h, 3, 3, 2 * l[2]);
        }
    }
}
