package org.banach.api.conformance;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;

import org.banach.api.optim.Bounds;
import org.banach.api.optim.SmoothObjective;

/**
 * The small problems of the smooth-optimisation conformance suite, defined here so the kit depends on
 * no plugin: a convex quadratic with a known minimiser, the 2-D Rosenbrock function, and wrappers
 * that break a problem on purpose (NaN mid-run, wrong start length, non-finite start, bounds).
 */
public final class KitProblems {

    private KitProblems() {
    }

    /**
     * f(x) = ½ xᵀAx − bᵀx with A tridiagonal, A_ii = i (1-based), A_{i,i±1} = ½ (symmetric positive
     * definite by Gershgorin), b = A x* for x* = (1, −1, 1, −1, …); so x* is the unique minimiser and
     * f* = −½ x*ᵀAx*. Start: the origin.
     */
    public static SmoothObjective quadratic(int n) {
        return new Quadratic(n);
    }

    /**
     * Rosenbrock's function f(x) = 100(x₂ − x₁²)² + (1 − x₁)² from (−1.2, 1); minimiser (1, 1), f* = 0
     * (Moré, Garbow &amp; Hillstrom 1981, problem 1).
     */
    public static SmoothObjective rosenbrock() {
        return new Rosenbrock(new double[] {-1.2, 1});
    }

    /** Rosenbrock's function started at {@code start}. */
    public static SmoothObjective rosenbrockFrom(double... start) {
        return new Rosenbrock(start.clone());
    }

    /**
     * {@code p} whose value (and gradient) become NaN from oracle call {@code healthyCalls + 1} on; with
     * {@code gradientOnly} the value stays finite and only the gradient turns NaN.
     */
    public static SmoothObjective nanAfter(SmoothObjective p, int healthyCalls, boolean gradientOnly) {
        return new Wrapper(p) {
            private int calls;

            @Override
            public double value(double[] x) {
                return ++calls > healthyCalls && !gradientOnly ? Double.NaN : p.value(x);
            }

            @Override
            public double valueAndGradient(double[] x, double[] g) {
                double f = p.valueAndGradient(x, g);
                if (++calls > healthyCalls) {
                    Arrays.fill(g, Double.NaN);
                    return gradientOnly ? f : Double.NaN;
                }
                return f;
            }
        };
    }

    /** {@code p} whose {@link SmoothObjective#start()} has {@code extra} more entries than its dimension. */
    public static SmoothObjective wrongStartLength(SmoothObjective p, int extra) {
        return new Wrapper(p) {
            @Override
            public double[] start() {
                return Arrays.copyOf(p.start(), p.dimension() + extra);
            }
        };
    }

    /** {@code p} started from {@code start} instead of its own start (everything else delegated). */
    public static SmoothObjective restarted(SmoothObjective p, double[] start) {
        double[] x0 = start.clone();
        return new Wrapper(p) {
            @Override
            public double[] start() {
                return x0.clone();
            }
        };
    }

    /** {@code p} whose start has {@code bad} (NaN or an infinity) at index 0. */
    public static SmoothObjective badStart(SmoothObjective p, double bad) {
        return new Wrapper(p) {
            @Override
            public double[] start() {
                double[] s = p.start();
                s[0] = bad;
                return s;
            }
        };
    }

    /** {@code p} with box bounds. */
    public static SmoothObjective bounded(SmoothObjective p, Bounds bounds) {
        return new Wrapper(p) {
            @Override
            public Optional<Bounds> bounds() {
                return Optional.of(bounds);
            }

            @Override
            public Optional<double[]> knownMinimizer() {
                return Optional.empty();
            }

            @Override
            public OptionalDouble knownOptimalValue() {
                return OptionalDouble.empty();
            }
        };
    }

    /** ‖∇f(x)‖₂ recomputed from the problem itself. */
    public static double gradientNorm(SmoothObjective p, double[] x) {
        double[] g = new double[p.dimension()];
        p.valueAndGradient(x, g);
        double s = 0;
        for (double v : g) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    private static final class Quadratic implements SmoothObjective {
        private final int n;
        private final double[] xStar;
        private final double[] b;

        Quadratic(int n) {
            this.n = n;
            this.xStar = new double[n];
            for (int i = 0; i < n; i++) {
                xStar[i] = i % 2 == 0 ? 1 : -1;
            }
            this.b = new double[n];
            multiply(xStar, b);
        }

        private void multiply(double[] v, double[] out) {
            for (int i = 0; i < n; i++) {
                double s = (i + 1) * v[i];
                if (i > 0) {
                    s += 0.5 * v[i - 1];
                }
                if (i < n - 1) {
                    s += 0.5 * v[i + 1];
                }
                out[i] = s;
            }
        }

        @Override
        public String name() {
            return "conformance/quadratic-" + n;
        }

        @Override
        public int dimension() {
            return n;
        }

        @Override
        public double value(double[] x) {
            double[] ax = new double[n];
            multiply(x, ax);
            double f = 0;
            for (int i = 0; i < n; i++) {
                f += 0.5 * x[i] * ax[i] - b[i] * x[i];
            }
            return f;
        }

        @Override
        public double valueAndGradient(double[] x, double[] g) {
            multiply(x, g);
            double f = 0;
            for (int i = 0; i < n; i++) {
                f += 0.5 * x[i] * g[i] - b[i] * x[i];
                g[i] -= b[i];
            }
            return f;
        }

        @Override
        public double[] start() {
            return new double[n];
        }

        @Override
        public boolean hasHessianVector() {
            return true;
        }

        @Override
        public void hessianVector(double[] x, double[] v, double[] out) {
            multiply(v, out);
        }

        @Override
        public OptionalDouble knownOptimalValue() {
            double f = 0;
            for (int i = 0; i < n; i++) {
                f -= 0.5 * b[i] * xStar[i];
            }
            return OptionalDouble.of(f);
        }

        @Override
        public Optional<double[]> knownMinimizer() {
            return Optional.of(xStar.clone());
        }
    }

    private static final class Rosenbrock implements SmoothObjective {
        private final double[] start;

        Rosenbrock(double[] start) {
            this.start = start;
        }

        @Override
        public String name() {
            return "conformance/rosenbrock";
        }

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public double value(double[] x) {
            double a = x[1] - x[0] * x[0];
            double c = 1 - x[0];
            return 100 * a * a + c * c;
        }

        @Override
        public double valueAndGradient(double[] x, double[] g) {
            double a = x[1] - x[0] * x[0];
            double c = 1 - x[0];
            g[0] = -400 * a * x[0] - 2 * c;
            g[1] = 200 * a;
            return 100 * a * a + c * c;
        }

        @Override
        public double[] start() {
            return start.clone();
        }

        @Override
        public OptionalDouble knownOptimalValue() {
            return OptionalDouble.of(0);
        }

        @Override
        public Optional<double[]> knownMinimizer() {
            return Optional.of(new double[] {1, 1});
        }
    }

    /** Delegates everything to {@code p}; subclasses override what they break. */
    private static class Wrapper implements SmoothObjective {
        final SmoothObjective p;

        Wrapper(SmoothObjective p) {
            this.p = p;
        }

        @Override
        public String name() {
            return p.name();
        }

        @Override
        public int dimension() {
            return p.dimension();
        }

        @Override
        public double value(double[] x) {
            return p.value(x);
        }

        @Override
        public double valueAndGradient(double[] x, double[] g) {
            return p.valueAndGradient(x, g);
        }

        @Override
        public double[] start() {
            return p.start();
        }

        @Override
        public boolean hasHessianVector() {
            return p.hasHessianVector();
        }

        @Override
        public void hessianVector(double[] x, double[] v, double[] out) {
            p.hessianVector(x, v, out);
        }

        @Override
        public Optional<Bounds> bounds() {
            return p.bounds();
        }

        @Override
        public OptionalDouble knownOptimalValue() {
            return p.knownOptimalValue();
        }

        @Override
        public Optional<double[]> knownMinimizer() {
            return p.knownMinimizer();
        }
    }
}
