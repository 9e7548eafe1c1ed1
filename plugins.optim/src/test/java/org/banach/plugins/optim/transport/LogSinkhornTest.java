package org.banach.plugins.optim.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.banach.api.Certificate;
import org.banach.api.Result;
import org.banach.api.Status;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.optim.OptimalTransport;
import org.banach.plugins.optim.problems.transport.TransportInstance;
import org.banach.plugins.optim.problems.transport.TransportProblemProvider;
import org.banach.runtime.verify.MarginalErrorVerifier;
import org.junit.jupiter.api.Test;

/** Log-domain Sinkhorn: marginal error as the runtime verifies it, cost to the exact LP cost as ε → 0, statuses. */
class LogSinkhornTest {

    private final LogSinkhorn solver = new LogSinkhorn();

    @Test
    void reachesMarginalErrorBelow1e9OnPointCloudsInTheLogDomain() {
        for (int n : new int[] {50, 100, 200}) {
            OptimalTransport p = TransportProblemProvider.points(n, n, 42 + n);
            TransportTestSupport.BackendMonitor mon = new TransportTestSupport.BackendMonitor();
            Result r = TransportTestSupport.solve(solver, p, mon, "domain=log");
            assertEquals(Status.CONVERGED, r.status(), "n=" + n + ": " + r);
            double[][] fg = PlanCheck.split(r.solution(), p);
            double verified = MarginalErrorVerifier.marginalError(p, fg[0], fg[1], 0.05);
            assertTrue(verified < 1e-9, "n=" + n + " marginal error " + verified);
            assertEquals(Certificate.MARGINAL_ERROR, r.certificate().criterion());
            assertEquals(verified, r.certificate().value(), 1e-15);
            assertEquals(verified, TransportTestSupport.verified(p, r), 1e-15);
            assertEquals(MarginalErrorVerifier.transportCost(p, fg[0], fg[1], 0.05), r.objective(),
                    1e-12 * r.objective());
            // one trace point per iteration, the last one's measure below the tolerance
            List<TestMonitor.Point> trace = mon.trace();
            assertEquals(r.iterations(), trace.size());
            assertTrue(trace.get(trace.size() - 1).measure() <= 1e-9);
            assertEquals(r.objective(), trace.get(trace.size() - 1).objective(), 1e-9 * r.objective());
            assertEquals(1 + 8 * r.iterations(), mon.counter(LogSinkhorn.KERNEL_PASS));
        }
    }

    /**
     * The default (auto) runs these in the kernel domain: one fused pass over K per iteration (plus two to form
     * K and two to check it), the same iterates as the log domain up to rounding, no switch.
     */
    @Test
    void kernelDomainMakesOnePassPerIterationAndMatchesTheLogDomain() {
        for (int n : new int[] {50, 200}) {
            OptimalTransport p = TransportProblemProvider.points(n, n, 42 + n);
            TransportTestSupport.BackendMonitor mon = new TransportTestSupport.BackendMonitor();
            Result r = TransportTestSupport.solve(solver, p, mon);
            Result log = TransportTestSupport.solve(solver, p, "domain=log");
            assertEquals(Status.CONVERGED, r.status(), "n=" + n + ": " + r);
            assertTrue(r.message() == null, r.message());
            assertEquals(0, mon.counter(LogSinkhorn.LOG_DOMAIN_SWITCH));
            assertEquals(4 + r.iterations(), mon.counter(LogSinkhorn.KERNEL_PASS));
            assertEquals(log.iterations(), r.iterations(), 1, "iterations kernel vs log domain");
            double verified = TransportTestSupport.verified(p, r);
            assertTrue(verified < 1e-9, "n=" + n + " marginal error " + verified);
            assertEquals(verified, r.certificate().value(), 1e-15);
            assertEquals(log.objective(), r.objective(), 1e-9 * log.objective());
            double[] x = r.solution();
            double[] y = log.solution();
            double shift = x[0] - y[0]; // potentials are unique up to (f + s, g - s)
            for (int i = 0; i < x.length; i++) {
                assertEquals(y[i] + (i < n ? shift : -shift), x[i], 1e-9, "potential " + i);
            }
            List<TestMonitor.Point> trace = mon.trace();
            assertEquals(r.iterations(), trace.size());
            assertTrue(trace.get(trace.size() - 1).measure() <= 1e-9);
        }
    }

    @Test
    void nonSquareAndNonUniformMarginalsConverge() {
        OptimalTransport q = TransportProblemProvider.points(60, 90, 9);
        double[] a = q.source();
        double[] b = q.target();
        double total = 0;
        for (int i = 0; i < a.length; i++) {
            a[i] = 1 + i % 7;
            total += a[i];
        }
        for (int i = 0; i < a.length; i++) {
            a[i] /= total;
        }
        OptimalTransport p = new TransportInstance("skewed", a, b, q.cost(), Double.NaN);
        Result r = TransportTestSupport.solve(solver, p, "epsilon=0.02");
        assertEquals(Status.CONVERGED, r.status(), r.toString());
        assertTrue(TransportTestSupport.verified(p, r) < 1e-9);
    }

    /**
     * Points in the square: the gap ⟨C, P_ε⟩ − W falls monotonically with ε and obeys the bound
     * ⟨C, P_ε⟩ − W ≤ ε·KL(P*|a⊗b) = ε·log n (the optimal plan of uniform n×n marginals is a permutation;
     * compare the entropic objectives of P_ε and P*). Here W ≈ 0.03, so ε = 0.003 still leaves a few per cent.
     */
    @Test
    void entropicCostTendsToTheExactCostAsEpsilonFallsOnPointClouds() {
        OptimalTransport p = TransportProblemProvider.points(40, 40, 2026);
        double previousGap = sweep(p, Double.POSITIVE_INFINITY);
        assertTrue(previousGap > 0);
    }

    /** Two separated discretised Gaussians (W2² ≈ 0.37): at ε = 0.003 the cost is within 1e-2 relative of the exact one. */
    @Test
    void entropicCostTendsToTheExactCostAsEpsilonFallsOnDensities() {
        OptimalTransport p = (OptimalTransport) new TransportProblemProvider(null).create(TransportProblemProvider.DENSITY,
                java.util.Map.of("n", "80", "mean1", "0.2", "sd1", "0.06", "mean2", "0.8", "sd2", "0.08"));
        double w = p.knownOptimalValue().getAsDouble();
        double lastGap = sweep(p, Math.log(80));
        assertTrue(lastGap / w < 1e-2, "relative gap at eps=0.003 is " + lastGap / w);
    }

    /** Runs ε = 0.1, 0.03, 0.01, 0.003; checks the gaps fall (and stay below ε·klBound); returns the last gap. */
    private double sweep(OptimalTransport p, double klBound) {
        Result exact = TransportTestSupport.solve(new NetworkSimplex(), p);
        assertEquals(Status.CONVERGED, exact.status());
        double w = exact.objective();
        double bound = Double.isInfinite(klBound) ? Math.log(p.sourceSize()) : klBound;
        double previousGap = Double.POSITIVE_INFINITY;
        for (String eps : new String[] {"0.1", "0.03", "0.01", "0.003"}) {
            Result r = TransportTestSupport.solve(solver, p, "epsilon=" + eps, "maxIterations=1000000");
            assertEquals(Status.CONVERGED, r.status(), "eps=" + eps + ": " + r);
            assertTrue(TransportTestSupport.verified(p, r) < 1e-9);
            double gap = r.objective() - w;
            // the plan meets the marginals to 1e-9, so its cost is at least W up to 1e-9 * max C
            assertTrue(gap >= -1e-8, "eps=" + eps + ": gap " + gap);
            assertTrue(gap < previousGap, "eps=" + eps + ": gap " + gap + " did not fall from " + previousGap);
            if (p.sourceSize() == p.targetSize() && Double.isInfinite(klBound)) {
                assertTrue(gap <= Double.parseDouble(eps) * bound, "eps=" + eps + ": gap " + gap + " > eps log n");
            }
            previousGap = gap;
        }
        return previousGap;
    }

    @Test
    void tinyEpsilonStaysFiniteInTheLogDomain() {
        // exp(-C/eps) underflows for C/eps > 745: a kernel-domain Sinkhorn would divide by zero here
        OptimalTransport p = TransportProblemProvider.points(20, 20, 4);
        Result r = TransportTestSupport.solve(solver, p, "epsilon=1e-4", "tolerance=1e-6", "maxIterations=3000");
        assertTrue(r.status() == Status.CONVERGED || r.status() == Status.ITERATION_LIMIT, r.toString());
        assertTrue(Double.isFinite(r.objective()) && Double.isFinite(r.certificate().value()), r.toString());
        for (double v : r.solution()) {
            assertTrue(Double.isFinite(v));
        }
    }

    @Test
    void iterationLimitStopAndRefusal() {
        OptimalTransport p = TransportProblemProvider.points(30, 30, 1);
        Result limited = TransportTestSupport.solve(solver, p, "maxIterations=5");
        assertEquals(Status.ITERATION_LIMIT, limited.status());
        assertEquals(5, limited.iterations());
        assertEquals(TransportTestSupport.verified(p, limited), limited.certificate().value(), 1e-15);
        assertTrue(!limited.certificate().satisfied());
        for (String domain : new String[] {"kernel", "log"}) {
            // tolerance 0 runs every iteration (a timing harness relies on it), even once the error is exactly 0
            Result all = TransportTestSupport.solve(solver, p, "tolerance=0", "maxIterations=400", "domain=" + domain);
            assertEquals(Status.ITERATION_LIMIT, all.status(), domain + ": " + all);
            assertEquals(400, all.iterations());
        }
        Result none = TransportTestSupport.solve(solver, p, "maxIterations=0");
        assertEquals(Status.ITERATION_LIMIT, none.status());
        assertEquals(0, none.iterations());
        Result stopped = TransportTestSupport.solve(solver, p, new TransportTestSupport.BackendMonitor(3));
        assertEquals(Status.CANCELLED, stopped.status());
        assertEquals(3, stopped.iterations());
        Result noBackend = TransportTestSupport.solve(solver, p, new TestMonitor());
        assertEquals(Status.FAILED, noBackend.status());
        Result bad = TransportTestSupport.solve(solver, new TransportInstance("x", new double[] {0.5, 0.5},
                new double[] {1}, new double[] {0, Double.NaN}, Double.NaN));
        assertEquals(Status.INVALID_INPUT, bad.status());
    }
}
