package org.banach.plugins.optim.problems.constrained;

/** Hock–Schittkowski problems 48, 50, 51, 52 (quadratic or quartic, linear constraints), 78 and 79 (n = 5). */
final class HsFive {

    private static final double SQRT2 = Math.sqrt(2);

    private HsFive() {
    }

    private static final double[] ONES = {1, 1, 1, 1, 1};

    /** Writes a constant row-major Jacobian. */
    private static void copy(double[] rows, double[] jac) {
        System.arraycopy(rows, 0, jac, 0, rows.length);
    }

    /** Writes c = A·x − b for a row-major A. */
    private static void affine(double[] a, double[] b, double[] x, double[] c) {
        int n = x.length;
        for (int i = 0; i < b.length; i++) {
            double s = -b[i];
            for (int j = 0; j < n; j++) {
                s += a[i * n + j] * x[j];
            }
            c[i] = s;
        }
    }

    /** HS48: (x₁−1)² + (x₂−x₃)² + (x₄−x₅)² s.t. Σxᵢ = 5, x₃ − 2(x₄+x₅) = −3; x* = 1, f* = 0. */
    static final class Hs48 extends HsProblem {
        private static final double[] A = {1, 1, 1, 1, 1, 0, 0, 1, -2, -2};
        private static final double[] B = {5, -3};

        Hs48() {
            super(48, 2, new double[] {3, 5, -3, 2, -2}, ONES, 0.0, null);
        }

        @Override
        protected double objective(double[] x, double[] g) {
            double a = x[1] - x[2];
            double e = x[3] - x[4];
            if (g != null) {
                g[0] = 2 * (x[0] - 1);
                g[1] = 2 * a;
                g[2] = -2 * a;
                g[3] = 2 * e;
                g[4] = -2 * e;
            }
            return (x[0] - 1) * (x[0] - 1) + a * a + e * e;
        }

        @Override
        protected void evalConstraints(double[] x, double[] c) {
            affine(A, B, x, c);
        }

        @Override
        protected void evalJacobian(double[] x, double[] j) {
            copy(A, j);
        }

        @Override
        protected void addLagrangianHessian(double[] x, double[] l, double[] h) {
            addSym(h, 0, 0, 2);
            addDifference(h, 1, 2, 2);
            addDifference(h, 3, 4, 2);
        }
    }

    /** HS50: (x₁−x₂)² + (x₂−x₃)² + (x₃−x₄)⁴ + (x₄−x₅)² s.t. xᵢ + 2xᵢ₊₁ + 3xᵢ₊₂ = 6; x* = 1, f* = 0. */
    static final class Hs50 extends HsProblem {
        private static final double[] A = {1, 2, 3, 0, 0, 0, 1, 2, 3, 0, 0, 0, 1, 2, 3};
        private static final double[] B = {6, 6, 6};

        Hs50() {
            super(50, 3, new double[] {35, -31, 11, 5, -5}, ONES, 0.0, null);
        }

        @Override
        protected double objective(double[] x, double[] g) {
            double a = x[0] - x[1];
            double b = x[1] - x[2];
            double d = x[2] - x[3];
            double e = x[3] - x[4];
            if (g != null) {
                g[0] = 2 * a;
                g[1] = -2 * a + 2 * b;
                g[2] = -2 * b + 4 * d * d * d;
                g[3] = -4 * d * d * d + 2 * e;
                g[4] = -2 * e;
            }
            return a * a + b * b + d * d * d * d + e * e;
        }

        @Override
        protected void evalConstraints(double[] x, double[] c) {
            affine(A, B, x, c);
        }

        @Override
        protected void evalJacobian(double[] x, double[] j) {
            copy(A, j);
        }

        @Override
        protected void addLagrangianHessian(double[] x, double[] l, double[] h) {
            double d = x[2] - x[3];
            addDifference(h, 0, 1, 2);
            addDifference(h, 1, 2, 2);
            addDifference(h, 2, 3, 12 * d * d);
            addDifference(h, 3, 4, 2);
        }
    }

    /** HS51: (x₁−x₂)² + (x₂+x₃−2)² + (x₄−1)² + (x₅−1)² s.t. x₁+3x₂ = 4, x₃+x₄−2x₅ = 0, x₂−x₅ = 0; x* = 1, f* = 0. */
    static final class Hs51 extends HsProblem {
        private static final double[] A = {1, 3, 0, 0, 0, 0, 0, 1, 1, -2, 0, 1, 0, 0, -1};
        private static final double[] B = {4, 0, 0};

        Hs51() {
            super(51, 3, new double[] {2.5, 0.5, 2, -1, 0.5}, ONES, 0.0, null);
        }

        @Override
        protected double objective(double[] x, double[] g) {
            double a = x[0] - x[1];
            double b = x[1] + x[2] - 2;
            if (g != null) {
                g[0] = 2 * a;
                g[1] = -2 * a + 2 * b;
                g[2] = 2 * b;
                g[3] = 2 * (x[3] - 1);
                g[4] = 2 * (x[4] - 1);
            }
            return a * a + b * b + (x[3] - 1) * (x[3] - 1) + (x[4] - 1) * (x[4] - 1);
        }

        @Override
        protected void evalConstraints(double[] x, double[] c) {
            affine(A, B, x, c);
        }

        @Override
        protected void evalJacobian(double[] x, double[] j) {
            copy(A, j);
        }

        @Override
        protected void addLagrangianHessian(double[] x, double[] l, double[] h) {
            addDifference(h, 0, 1, 2);
            addSym(h, 1, 1, 2);
            addSym(h, 2, 2, 2);
            addSym(h, 1, 2, 2);
            addSym(h, 3, 3, 2);
            addSym(h, 4, 4, 2);
        }
    }

    /**
     * HS52: (4x₁−x₂)² + (x₂+x₃−2)² + (x₄−1)² + (x₅−1)² s.t. x₁+3x₂ = 0, x₃+x₄−2x₅ = 0, x₂−x₅ = 0;
     * x* = (−33, 11, 180, −158, 11)/349, f* = 1859/349.
     */
    static final class Hs52 extends HsProblem {
        private static final double[] A = {1, 3, 0, 0, 0, 0, 0, 1, 1, -2, 0, 1, 0, 0, -1};
        private static final double[] B = {0, 0, 0};

        Hs52() {
            super(52, 3, new double[] {2, 2, 2, 2, 2},
                    new double[] {-33.0 / 349, 11.0 / 349, 180.0 / 349, -158.0 / 349, 11.0 / 349}, 1859.0 / 349, null);
        }

        @Override
        protected double objective(double[] x, double[] g) {
            double a = 4 * x[0] - x[1];
            double b = x[1] + x[2] - 2;
            if (g != null) {
                g[0] = 8 * a;
                g[1] = -2 * a + 2 * b;
                g[2] = 2 * b;
                g[3] = 2 * (x[3] - 1);
                g[4] = 2 * (x[4] - 1);
            }
            return a * a + b * b + (x[3] - 1) * (x[3] - 1) + (x[4] - 1) * (x[4] - 1);
        }

        @Override
        protected void evalConstraints(double[] x, double[] c) {
            affine(A, B, x, c);
        }

        @Override
        protected void evalJacobian(double[] x, double[] j) {
            copy(A, j);
        }

        @Override
        protected void addLagrangianHessian(double[] x, double[] l, double[] h) {
            addSym(h, 0, 0, 32);
            addSym(h, 0, 1, -8);
            addSym(h, 1, 1, 2 + 2);
            addSym(h, 1, 2, 2);
            addSym(h, 2, 2, 2);
            addSym(h, 3, 3, 2);
            addSym(h, 4, 4, 2);
        }
    }

    /** HS78: x₁x₂x₃x₄x₅ s.t. Σxᵢ² = 10, x₂x₃ − 5x₄x₅ = 0, x₁³ + x₂³ = −1; f* = −2.91970041. */
    static final class Hs78 extends HsProblem {
        Hs78() {
            super(78, 3, new double[] {-2, 1.5, 2, -1, -1},
                    new double[] {-1.7171435703943823, 1.5957096901835544, 1.8272457529271946, -0.7636430781841304,
                        -0.7636430781841304},
                    -2.91970041, "x* = (-1.717142, 1.595708, 1.827248, -0.7636429, -0.7636435) as published, "
                            + "refined to double precision by Newton's method on the KKT system");
        }

        @Override
        protected double objective(double[] x, double[] g) {
            if (g != null) {
                for (int i = 0; i < 5; i++) {
                    double p = 1;
                    for (int r = 0; r < 5; r++) {
                        if (r != i) {
                            p *= x[r];
                        }
                    }
                    g[i] = p;
                }
            }
            return x[0] * x[1] * x[2] * x[3] * x[4];
        }

        @Override
        protected void evalConstraints(double[] x, double[] c) {
            double s = 0;
            for (double v : x) {
                s += v * v;
            }
            c[0] = s - 10;
            c[1] = x[1] * x[2] - 5 * x[3] * x[4];
            c[2] = x[0] * x[0] * x[0] + x[1] * x[1] * x[1] + 1;
        }

        @Override
        protected void evalJacobian(double[] x, double[] j) {
            for (int i = 0; i < 5; i++) {
                set(j, 0, i, 2 * x[i]);
            }
            set(j, 1, 1, x[2]);
            set(j, 1, 2, x[1]);
            set(j, 1, 3, -5 * x[4]);
            set(j, 1, 4, -5 * x[3]);
            set(j, 2, 0, 3 * x[0] * x[0]);
            set(j, 2, 1, 3 * x[1] * x[1]);
        }

        @Override
        protected void addLagrangianHessian(double[] x, double[] l, double[] h) {
            for (int i = 0; i < 5; i++) {
                for (int k = i + 1; k < 5; k++) {
                    double p = 1;
                    for (int r = 0; r < 5; r++) {
                        if (r != i && r != k) {
                            p *= x[r];
                        }
                    }
                    addSym(h, i, k, p);
                }
                addSym(h, i, i, 2 * l[0]);
            }
            addSym(h, 1, 2, l[1]);
            addSym(h, 3, 4, -5 * l[1]);
            addSym(h, 0, 0, 6 * x[0] * l[2]);
            addSym(h, 1, 1, 6 * x[1] * l[2]);
        }
    }

    /**
     * HS79: (x₁−1)² + (x₁−x₂)² + (x₂−x₃)² + (x₃−x₄)⁴ + (x₄−x₅)⁴ s.t. x₁ + x₂² + x₃³ = 2 + 3√2,
     * x₂ − x₃² + x₄ = −2 + 2√2, x₁x₅ = 2; f* = 0.0787768209.
     */
    static final class Hs79 extends HsProblem {
        Hs79() {
            super(79, 3, new double[] {2, 2, 2, 2, 2},
                    new double[] {1.1911274563110514, 1.3626031649617421, 1.4728179315120877, 1.6350166191679927,
                        1.6790814361664076},
                    0.0787768209, "x* = (1.191127, 1.362603, 1.472818, 1.635017, 1.679081) as published, "
                            + "refined to double precision by Newton's method on the KKT system");
        }

        @Override
        protected double objective(double[] x, double[] g) {
            double a = x[0] - x[1];
            double b = x[1] - x[2];
            double d = x[2] - x[3];
            double e = x[3] - x[4];
            if (g != null) {
                g[0] = 2 * (x[0] - 1) + 2 * a;
                g[1] = -2 * a + 2 * b;
                g[2] = -2 * b + 4 * d * d * d;
                g[3] = -4 * d * d * d + 4 * e * e * e;
                g[4] = -4 * e * e * e;
            }
            return (x[0] - 1) * (x[0] - 1) + a * a + b * b + d * d * d * d + e * e * e * e;
        }

        @Override
        protected void evalConstraints(double[] x, double[] c) {
            c[0] = x[0] + x[1] * x[1] + x[2] * x[2] * x[2] - 2 - 3 * SQRT2;
            c[1] = x[1] - x[2] * x[2] + x[3] + 2 - 2 * SQRT2;
            c[2] = x[0] * x[4] - 2;
        }

        @Override
        protected void evalJacobian(double[] x, double[] j) {
            set(j, 0, 0, 1);
            set(j, 0, 1, 2 * x[1]);
            set(j, 0, 2, 3 * x[2] * x[2]);
            set(j, 1, 1, 1);
            set(j, 1, 2, -2 * x[2]);
            set(j, 1, 3, 1);
            set(j, 2, 0, x[4]);
            set(j, 2, 4, x[0]);
        }

        @Override
        protected void addLagrangianHessian(double[] x, double[] l, double[] h) {
            double d = x[2] - x[3];
            double e = x[3] - x[4];
            addSym(h, 0, 0, 2);
            addDifference(h, 0, 1, 2);
            addDifference(h, 1, 2, 2);
            addDifference(h, 2, 3, 12 * d * d);
            addDifference(h, 3, 4, 12 * e * e);
            addSym(h, 1, 1, 2 * l[0]);
            addSym(h, 2, 2, 6 * x[2] * l[0] - 2 * l[1]);
            addSym(h, 0, 4, l[2]);
        }
    }
}
