package org.banach.plugins.games.firstorder;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;

import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.Status;
import org.banach.api.backend.Backend;
import org.banach.api.conformance.KitGames;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.games.MatrixGame;
import org.banach.api.games.VariationalInequality;
import org.banach.runtime.cpu.CpuBackend;

/** Test problems and helpers of this package's tests. */
final class Games {

    private static final Backend CPU = new CpuBackend();

    private Games() {
    }

    /** A test monitor that hands out the CPU backend. */
    static TestMonitor monitor() {
        return new BackendMonitor();
    }

    static TestMonitor stoppingAfter(long calls, Status reason) {
        BackendMonitor m = new BackendMonitor();
        m.stopAt = calls;
        m.reason = reason;
        return m;
    }

    /** A monitor whose backend's gemv writes NaN from its {@code calls}-th call on. */
    static TestMonitor nanGemvAfter(int calls) {
        int[] count = {0};
        Backend faulty = (Backend) java.lang.reflect.Proxy.newProxyInstance(Games.class.getClassLoader(),
                new Class<?>[] {Backend.class}, (proxy, method, args) -> {
                    Object out;
                    try {
                        out = method.invoke(CPU, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("gemv") && ++count[0] >= calls) {
                        CPU.fill((org.banach.api.backend.DeviceMatrix) args[5], Double.NaN);
                    }
                    return out;
                });
        BackendMonitor m = new BackendMonitor();
        m.backend = faulty;
        return m;
    }

    private static final class BackendMonitor extends TestMonitor {
        long stopAt = Long.MAX_VALUE;
        Status reason;
        long polls;
        Backend backend = CPU;

        @Override
        public Backend backend() {
            return backend;
        }

        @Override
        public boolean stopRequested() {
            super.stopRequested();
            return ++polls >= stopAt;
        }

        @Override
        public Status stopReason() {
            return polls >= stopAt ? reason : null;
        }
    }

    static <P extends org.banach.api.Problem> Result solve(Solver<P> solver, P problem, TestMonitor m, String... settings) {
        Map<String, String> given = new HashMap<>();
        for (String s : settings) {
            int eq = s.indexOf('=');
            given.put(s.substring(0, eq), s.substring(eq + 1));
        }
        return solver.solve(problem, Settings.validate(solver.parameters(), given, 0L), m);
    }

    /** A two-player matrix game with payoffs A and B, declared zero-sum (solvers must check B = −A), and the given start. */
    static MatrixGame matrix(int m, int n, double[] a, double[] b, double[] start) {
        return KitGames.matrix("test-" + m + "x" + n, m, n, a, b, true, start);
    }

    static double[] negate(double[] a) {
        double[] b = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            b[i] = -a[i];
        }
        return b;
    }

    static MatrixGame zeroSum(int m, int n, double[] a) {
        return matrix(m, n, a, negate(a), null);
    }

    /** Rock–paper–scissors: win 1, loss −1; value 0, unique equilibrium uniform. */
    static MatrixGame rps() {
        return zeroSum(3, 3, new double[] {0, -1, 1, 1, 0, -1, -1, 1, 0});
    }

    /** A random zero-sum game with standard normal payoffs. */
    static MatrixGame random(int m, int n, long seed) {
        Random r = new Random(seed);
        double[] a = new double[m * n];
        for (int k = 0; k < a.length; k++) {
            a[k] = r.nextGaussian();
        }
        return zeroSum(m, n, a);
    }

    /** Unconstrained linear VI F(z) = M z + q (row-major M), solution known when given. */
    static VariationalInequality linear(int d, double[] mat, double[] q, double[] start, double[] solution,
            Consumer<double[]> afterEach) {
        return new VariationalInequality() {
            @Override
            public String name() {
                return "linear-" + d;
            }

            @Override
            public int dimension() {
                return d;
            }

            @Override
            public void operator(double[] z, double[] out) {
                for (int i = 0; i < d; i++) {
                    double s = q == null ? 0 : q[i];
                    for (int j = 0; j < d; j++) {
                        s += mat[i * d + j] * z[j];
                    }
                    out[i] = s;
                }
                if (afterEach != null) {
                    afterEach.accept(out);
                }
            }

            @Override
            public void project(double[] z) {
            }

            @Override
            public double[] start() {
                return start.clone();
            }

            @Override
            public Optional<double[]> knownSolution() {
                return Optional.ofNullable(solution);
            }
        };
    }

    /** min_x max_y x·y as a VI: F(x, y) = (y, −x), solution 0; ‖F(z)‖ = ‖z‖. */
    static VariationalInequality bilinear(double x0, double y0) {
        return linear(2, new double[] {0, 1, -1, 0}, null, new double[] {x0, y0}, new double[2], null);
    }

    /** F(z) = z − c on the box [0, 1]ᵈ: the solution is c clipped to the box. */
    static VariationalInequality box(double[] c, double[] start, int nanAfterCalls) {
        int[] calls = {0};
        return new VariationalInequality() {
            @Override
            public String name() {
                return "box";
            }

            @Override
            public int dimension() {
                return c.length;
            }

            @Override
            public void operator(double[] z, double[] out) {
                boolean nan = calls[0]++ >= nanAfterCalls;
                for (int i = 0; i < c.length; i++) {
                    out[i] = nan ? Double.NaN : z[i] - c[i];
                }
            }

            @Override
            public void project(double[] z) {
                for (int i = 0; i < z.length; i++) {
                    z[i] = Math.min(1, Math.max(0, z[i]));
                }
            }

            @Override
            public double[] start() {
                return start.clone();
            }
        };
    }

    /** ‖z − P(z − F(z))‖₂, the runtime's operator residual. */
    static double naturalResidual(VariationalInequality vi, double[] z) {
        double[] f = new double[z.length];
        vi.operator(z, f);
        double[] p = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            p[i] = z[i] - f[i];
        }
        vi.project(p);
        return Vectors.distance(z, p);
    }

    static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
