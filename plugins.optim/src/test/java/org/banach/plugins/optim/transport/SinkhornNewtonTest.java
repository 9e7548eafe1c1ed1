package org.banach.plugins.optim.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.banach.api.Result;
import org.banach.api.Status;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.optim.OptimalTransport;
import org.banach.plugins.optim.problems.transport.TransportInstance;
import org.banach.plugins.optim.problems.transport.TransportProblemProvider;
import org.junit.jupiter.api.Test;

/**
 * Sinkhorn-Newton-Sparse against Sinkhorn at ε = 1e-3 on a uniform point cloud (the catalog's O2 "must show",
 * at n = 200 to stay fast): at least 10× fewer iterations to marginal error 1e-8, the same plan, verified by the
 * runtime's marginal-error verifier; the sparsified Hessian and its CG against dense reference computations.
 */
class SinkhornNewtonTest {

    private static final String EPS = "epsilon=1e-3";

    @Test
    void tenTimesFewerIterationsThanSinkhornForTheSamePlanAtEpsilon1e3() {
        OptimalTransport p = TransportProblemProvider.points(200, 200, 2024);
        TransportTestSupport.BackendMonitor mon = new TransportTestSupport.BackendMonitor();
        Result sns = TransportTestSupport.solve(new SinkhornNewton(), p, mon, EPS, "tolerance=1e-8");
        Result sk = TransportTestSupport.solve(new LogSinkhorn(), p, EPS, "tolerance=1e-8");
        assertEquals(Status.CONVERGED, sns.status(), sns.toString());
        assertEquals(Status.CONVERGED, sk.status(), sk.toString());
        System.out.println("n=200 eps=1e-3 to 1e-8: sinkhorn-newton " + sns.iterations() + " iterations ("
                + mon.counter(SinkhornNewton.NEWTON_STEP) + " Newton, " + mon.counter(SinkhornNewton.CG_ITERATION)
                + " CG, " + mon.counter(SinkhornNewton.LINE_SEARCH) + " line-search plans, "
                + mon.counter(SinkhornNewton.FALLBACK) + " fallbacks), sinkhorn " + sk.iterations());
        assertTrue(10 * sns.iterations() <= sk.iterations(), sns.iterations() + " vs Sinkhorn's " + sk.iterations());
        assertEquals(0, mon.counter(SinkhornNewton.FALLBACK));
        // the runtime's verifier agrees with the claim
        double verified = TransportTestSupport.verified(p, sns);
        assertTrue(verified <= 1e-8, "verified marginal error " + verified);
        assertEquals(verified, sns.certificate().value(), 1e-15);
        // the same plan: both within 1e-8 of the marginals, so within a few 1e-8 of each other
        double[] p1 = plan(p, sns.solution(), 1e-3);
        double[] p2 = plan(p, sk.solution(), 1e-3);
        double l1 = 0;
        for (int k = 0; k < p1.length; k++) {
            l1 += Math.abs(p1[k] - p2[k]);
        }
        assertTrue(l1 <= 1e-6, "||P_sns - P_sinkhorn||_1 = " + l1);
        assertEquals(sk.objective(), sns.objective(), 1e-8);
        // O(n^2) per iteration: a bounded number of passes over the n x n matrix per Newton step
        long newton = mon.counter(SinkhornNewton.NEWTON_STEP);
        assertTrue(newton > 0 && mon.counter(SinkhornNewton.LINE_SEARCH) <= 3 * newton, "line search plans");
        // the trace's last measure is the claimed one
        TestMonitor.Point last = mon.trace().get(mon.trace().size() - 1);
        assertTrue(last.measure() <= 1e-8, "last traced marginal error " + last.measure());
    }

    /** P_ij = a_i b_j exp((f_i + g_j - C_ij)/eps). */
    private static double[] plan(OptimalTransport p, double[] fg, double eps) {
        double[] a = p.source();
        double[] b = p.target();
        double[] c = p.cost();
        int n = a.length;
        int m = b.length;
        double[] out = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                out[i * m + j] = a[i] * b[j] * Math.exp((fg[i] + fg[n + j] - c[i * m + j]) / eps);
            }
        }
        return out;
    }

    @Test
    void nonUniformRectangularProblemConvergesAndVerifies() {
        OptimalTransport q = TransportProblemProvider.points(50, 80, 5);
        double[] a = q.source();
        double total = 0;
        for (int i = 0; i < a.length; i++) {
            a[i] = 1 + i % 5;
            total += a[i];
        }
        for (int i = 0; i < a.length; i++) {
            a[i] /= total;
        }
        OptimalTransport p = new TransportInstance("skewed", a, q.target(), q.cost(), Double.NaN);
        Result r = TransportTestSupport.solve(new SinkhornNewton(), p, "epsilon=0.005");
        assertEquals(Status.CONVERGED, r.status(), r.toString());
        assertTrue(TransportTestSupport.verified(p, r) <= 1e-9);
    }

    @Test
    void statuses() {
        OptimalTransport p = TransportProblemProvider.points(30, 30, 1);
        SinkhornNewton s = new SinkhornNewton();
        Result limited = TransportTestSupport.solve(s, p, EPS, "maxIterations=25", "warmup=20");
        assertEquals(Status.ITERATION_LIMIT, limited.status(), limited.toString());
        assertEquals(25, limited.iterations());
        assertEquals(TransportTestSupport.verified(p, limited), limited.certificate().value(), 1e-15);
        Result stopped = TransportTestSupport.solve(s, p, new TransportTestSupport.BackendMonitor(3), EPS);
        assertEquals(Status.CANCELLED, stopped.status());
        assertEquals(3, stopped.iterations());
        assertEquals(Status.FAILED, TransportTestSupport.solve(s, p, new TestMonitor()).status());
        Result bad = TransportTestSupport.solve(s, new TransportInstance("x", new double[] {0.5, 0.5},
                new double[] {0.5, 0.6}, new double[] {0, 1, 1, 0}, Double.NaN));
        assertEquals(Status.INVALID_INPUT, bad.status());
        assertTrue(bad.message().startsWith(SinkhornNewton.ID + ": the masses differ"), bad.message());
        Result noWarmup = TransportTestSupport.solve(s, p, "epsilon=0.01", "warmup=0");
        assertEquals(Status.CONVERGED, noWarmup.status(), noWarmup.toString());
    }

    @Test
    void sparseHessianMatchesTheDenseOneOnTheKeptEntries() {
        Random rnd = new Random(11);
        int n = 7;
        int m = 5;
        double[] p = new double[n * m];
        for (int k = 0; k < p.length; k++) {
            p[k] = rnd.nextDouble();
        }
        double[] rows = new double[n];
        double[] cols = new double[m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                rows[i] += p[i * m + j];
                cols[j] += p[i * m + j];
            }
        }
        double[] sorted = p.clone();
        Arrays.sort(sorted);
        int keep = (int) Math.ceil(0.3 * n * m);
        assertEquals(sorted[sorted.length - keep], SparseHessian.largest(p.clone(), keep));
        SparseHessian h = new SparseHessian(p, n, m, rows, cols, 0.3);
        assertEquals(keep, h.nonzeros());
        double threshold = sorted[sorted.length - keep];
        double[][] dense = new double[n + m][n + m];
        for (int i = 0; i < n; i++) {
            dense[i][i] = rows[i];
            for (int j = 0; j < m; j++) {
                double v = p[i * m + j] >= threshold ? p[i * m + j] : 0.0;
                dense[i][n + j] = v;
                dense[n + j][i] = v;
            }
        }
        for (int j = 0; j < m; j++) {
            dense[n + j][n + j] = cols[j];
        }
        double[] x = new double[n + m];
        for (int k = 0; k < x.length; k++) {
            x[k] = rnd.nextDouble() - 0.5;
        }
        double[] y = new double[n + m];
        h.multiply(x, y);
        for (int r = 0; r < n + m; r++) {
            double s = 0;
            for (int q = 0; q < n + m; q++) {
                s += dense[r][q] * x[q];
            }
            assertEquals(s, y[r], 1e-14, "row " + r);
        }
        // CG solves the (here nonsingular: entries were dropped) system to the requested residual
        long[] its = new long[1];
        double[] d = h.solve(x, 1e-12, 1000, its);
        double[] hd = new double[n + m];
        h.multiply(d, hd);
        for (int r = 0; r < n + m; r++) {
            assertEquals(x[r], hd[r], 1e-10, "residual row " + r);
        }
        assertTrue(its[0] > 0 && its[0] <= 100, "CG iterations " + its[0]);
    }
}
