package org.banach.plugins.games.firstorder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.banach.api.Result;
import org.banach.api.Status;
import org.banach.api.backend.Backend;
import org.banach.api.backend.DeviceMatrix;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.games.MatrixGame;
import org.banach.runtime.cpu.CpuBackend;
import org.junit.jupiter.api.Test;

/**
 * games.mirror-prox keeps its iterate on the Backend ({@link EntropicIterate}): its log-domain step
 * follows the host multiplicative-weights trajectory written out below (the form the solver used before)
 * to 1e-10, and per iteration the host receives only scalars.
 */
class EntropicMirrorProxTest {

    /** A random zero-sum game with normal payoffs and a random fully mixed start. */
    private static MatrixGame game(int m, int n, long seed) {
        Random r = new Random(seed);
        double[] a = new double[m * n];
        for (int k = 0; k < a.length; k++) {
            a[k] = r.nextGaussian();
        }
        double[] start = new double[m + n];
        for (int k = 0; k < start.length; k++) {
            start[k] = 0.2 + r.nextDouble();
        }
        normalise(start, 0, m);
        normalise(start, m, n);
        return Games.matrix(m, n, a, Games.negate(a), start);
    }

    private static void normalise(double[] v, int from, int size) {
        double s = 0;
        for (int i = from; i < from + size; i++) {
            s += v[i];
        }
        for (int i = from; i < from + size; i++) {
            v[i] /= s;
        }
    }

    /** The host reference: Nemirovski's entropic Mirror-Prox with max-shifted multiplicative weights. */
    private static final class HostMirrorProx {
        final int m;
        final int n;
        final double[] a;
        final double eta;
        double[] x;
        double[] y;
        double[] gx;
        double[] gy;
        final double[] meanX;
        final double[] meanAy;
        final double[] meanAtx;
        long count;

        HostMirrorProx(MatrixGame g, double eta) {
            m = g.rows();
            n = g.cols();
            a = g.rowPayoffs();
            this.eta = eta;
            double[] z = g.start();
            x = java.util.Arrays.copyOfRange(z, 0, m);
            y = java.util.Arrays.copyOfRange(z, m, m + n);
            gx = ay(y);
            gy = atx(x);
            meanX = new double[m];
            meanAy = new double[m];
            meanAtx = new double[n];
        }

        double[] ay(double[] v) {
            double[] out = new double[m];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    out[i] += a[i * n + j] * v[j];
                }
            }
            return out;
        }

        double[] atx(double[] v) {
            double[] out = new double[n];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    out[j] += a[i * n + j] * v[i];
                }
            }
            return out;
        }

        static double[] weights(double[] p, double[] g, double step) {
            double shift = Double.NEGATIVE_INFINITY;
            for (double v : g) {
                shift = Math.max(shift, step * v);
            }
            double[] w = new double[p.length];
            double sum = 0;
            for (int i = 0; i < p.length; i++) {
                w[i] = p[i] * Math.exp(step * g[i] - shift);
                sum += w[i];
            }
            for (int i = 0; i < p.length; i++) {
                w[i] /= sum;
            }
            return w;
        }

        void advance() {
            double[] midX = weights(x, gx, eta);
            double[] midY = weights(y, gy, -eta);
            double[] midAy = ay(midY);
            double[] midAtx = atx(midX);
            count++;
            for (int i = 0; i < m; i++) {
                meanX[i] += (midX[i] - meanX[i]) / count;
                meanAy[i] += (midAy[i] - meanAy[i]) / count;
            }
            for (int j = 0; j < n; j++) {
                meanAtx[j] += (midAtx[j] - meanAtx[j]) / count;
            }
            x = weights(x, midAy, eta);
            y = weights(y, midAtx, -eta);
            gx = ay(y);
            gy = atx(x);
        }

        static double gap(double[] ay, double[] atx) {
            return java.util.Arrays.stream(ay).max().getAsDouble() - java.util.Arrays.stream(atx).min().getAsDouble();
        }

        static double dot(double[] u, double[] v) {
            double s = 0;
            for (int i = 0; i < u.length; i++) {
                s += u[i] * v[i];
            }
            return s;
        }
    }

    @Test
    void logDomainStepFollowsTheHostMultiplicativeWeightsTrajectory() {
        int iterations = 300;
        MatrixGame g = game(20, 30, 41);
        double safe = 1 / SimplexSteps.maxAbs(g.rowPayoffs());
        for (double eta : new double[] {safe, 4 * safe}) {
            TestMonitor last = Games.monitor();
            Result r = Games.solve(new MirrorProx(), g, last, "output=last", "tolerance=0", "step=" + eta,
                    "maxIterations=" + iterations);
            TestMonitor average = Games.monitor();
            Result avg = Games.solve(new MirrorProx(), g, average, "output=average", "tolerance=0", "step=" + eta,
                    "maxIterations=" + iterations);
            assertEquals(Status.ITERATION_LIMIT, r.status(), String.valueOf(r));
            HostMirrorProx host = new HostMirrorProx(g, eta);
            double worst = 0;
            for (int k = 0; k <= iterations; k++) {
                TestMonitor.Point p = last.trace().get(k);
                worst = Math.max(worst, Math.abs(p.measure() - HostMirrorProx.gap(host.gx, host.gy)));
                worst = Math.max(worst, Math.abs(p.objective() - HostMirrorProx.dot(host.x, host.gx)));
                if (k > 0) {
                    TestMonitor.Point q = average.trace().get(k);
                    worst = Math.max(worst, Math.abs(q.measure() - HostMirrorProx.gap(host.meanAy, host.meanAtx)));
                    worst = Math.max(worst, Math.abs(q.objective() - HostMirrorProx.dot(host.meanX, host.meanAy)));
                }
                if (k < iterations) {
                    host.advance();
                }
            }
            assertTrue(worst <= 1e-10, "eta " + eta + ": traced gap/payoff differ from the host form by " + worst);
            double[] z = r.solution();
            for (int i = 0; i < 20; i++) {
                assertEquals(host.x[i], z[i], 1e-10, "x" + i);
                assertEquals(host.meanX[i], avg.solution()[i], 1e-10, "mean x" + i);
            }
            for (int j = 0; j < 30; j++) {
                assertEquals(host.y[j], z[20 + j], 1e-10, "y" + j);
            }
            System.out.printf("eta %.3g: largest trace difference to the host form %.2e over %d iterations%n", eta,
                    worst, iterations);
        }
    }

    /** A CPU backend that counts its calls by name and the downloads of more than one entry. */
    private static final class Counting {
        final Map<String, Integer> calls = new HashMap<>();
        int vectorDownloads;
        final Backend backend;

        Counting() {
            Backend cpu = new CpuBackend();
            backend = (Backend) Proxy.newProxyInstance(Counting.class.getClassLoader(), new Class<?>[] {Backend.class},
                    (proxy, method, args) -> {
                        calls.merge(method.getName(), 1, Integer::sum);
                        if (method.getName().equals("download")) {
                            DeviceMatrix d = (DeviceMatrix) args[0];
                            vectorDownloads += d.rows() * d.cols() > 1 ? 1 : 0;
                        }
                        try {
                            return method.invoke(cpu, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        int count(String name) {
            return calls.getOrDefault(name, 0);
        }
    }

    private static Counting run(MatrixGame g, int iterations) {
        Counting c = new Counting();
        TestMonitor monitor = new TestMonitor() {
            @Override
            public Backend backend() {
                return c.backend;
            }
        };
        Result r = Games.solve(new MirrorProx(), g, monitor, "tolerance=0", "maxIterations=" + iterations);
        assertEquals(Status.ITERATION_LIMIT, r.status(), String.valueOf(r));
        assertArrayEquals(Games.solve(new MirrorProx(), g, Games.monitor(), "tolerance=0",
                "maxIterations=" + iterations).solution(), r.solution(), 0);
        return c;
    }

    @Test
    void onlyScalarsReachTheHostPerIteration() {
        MatrixGame g = game(12, 9, 5);
        Counting shortRun = run(g, 100);
        Counting longRun = run(g, 200);
        for (Counting c : new Counting[] {shortRun, longRun}) {
            int k = c == shortRun ? 100 : 200;
            assertEquals(4 * k + 2, c.count("gemv"), "two operator evaluations per iteration and one at the start");
            assertEquals(4 * k, c.count("colLogSumExp"), "one log-sum-exp per player and prox step");
            assertEquals(4 * k + 2, c.count("map"), "exp per player and prox step, log of the start");
            assertEquals(3, c.count("upload"), "A and the start, once");
            assertTrue(c.vectorDownloads <= 2, "only the returned point is downloaded: " + c.vectorDownloads);
        }
        int perIteration = (longRun.count("download") - shortRun.count("download")) / 100;
        assertTrue(perIteration <= 4, perIteration + " downloads per iteration");
        assertTrue((longRun.count("dot") - shortRun.count("dot")) / 100 <= 3, "dots per iteration");
        System.out.printf("mirror-prox on the Backend: %d scalar downloads and %d dots per iteration%n", perIteration,
                (longRun.count("dot") - shortRun.count("dot")) / 100);
    }
}
