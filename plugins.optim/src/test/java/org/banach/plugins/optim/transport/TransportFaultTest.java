package org.banach.plugins.optim.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.banach.api.Result;
import org.banach.api.Solver;
import org.banach.api.Status;
import org.banach.api.optim.OptimalTransport;
import org.banach.plugins.optim.problems.transport.TransportInstance;
import org.banach.plugins.optim.problems.transport.TransportProblemProvider;
import org.junit.jupiter.api.Test;

/**
 * Faults of the transport family: marginals of different mass are refused (INVALID_INPUT, saying what to do);
 * ε so small that the kernel K = exp(−C/ε) underflows makes Sinkhorn switch to the log domain, record the
 * switch (counter and message) and still converge; forcing the kernel domain then fails with NUMERICAL_ERROR
 * naming the way out.
 */
class TransportFaultTest {

    /** points(20, 20) with {@code all} added to every cost and {@code row0} to row 0's: the same plan. */
    private static OptimalTransport shifted(double all, double row0) {
        OptimalTransport q = TransportProblemProvider.points(20, 20, 4);
        double[] c = q.cost();
        for (int k = 0; k < c.length; k++) {
            c[k] += all + (k < 20 ? row0 : 0.0);
        }
        return new TransportInstance("shifted", q.source(), q.target(), c, Double.NaN);
    }

    @Test
    void differentMassesAreRefusedWithWhatToDo() {
        OptimalTransport p = new TransportInstance("x", new double[] {0.5, 0.5}, new double[] {0.5, 0.6},
                new double[] {0, 1, 1, 0}, Double.NaN);
        for (Solver<OptimalTransport> s : java.util.List.<Solver<OptimalTransport>>of(new LogSinkhorn(),
                new NetworkSimplex())) {
            Result r = TransportTestSupport.solve(s, p);
            assertEquals(Status.INVALID_INPUT, r.status(), r.toString());
            assertTrue(r.message().contains("sum(a) = 1.0, sum(b) = 1.1") && r.message().contains("rescale"),
                    r.message());
        }
    }

    /** Every cost + 10 at eps = 0.01: K = exp(-1000 - C/eps) is 0 everywhere, found when K is formed. */
    @Test
    void kernelUnderflowSwitchesToTheLogDomainRecordsItAndConverges() {
        OptimalTransport p = shifted(10, 0);
        TransportTestSupport.BackendMonitor mon = new TransportTestSupport.BackendMonitor();
        Result r = TransportTestSupport.solve(new LogSinkhorn(), p, mon, "epsilon=0.01");
        assertEquals(Status.CONVERGED, r.status(), r.toString());
        assertEquals(1, mon.counter(LogSinkhorn.LOG_DOMAIN_SWITCH));
        assertTrue(r.message().startsWith("switched to the log domain at iteration 1: row 0 of K = exp(-C/eps) sums to 0"),
                r.message());
        assertTrue(TransportTestSupport.verified(p, r) < 1e-9);
        // the same plan as the kernel domain finds on the unshifted costs (cost + 10 * mass)
        Result plain = TransportTestSupport.solve(new LogSinkhorn(), shifted(0, 0), "epsilon=0.01");
        assertEquals(null, plain.message());
        assertEquals(plain.objective() + 10, r.objective(), 1e-9);
    }

    /**
     * Row 0's costs + 7.3 at eps = 0.01: its kernel entries are about e^-730 (subnormal but not 0), so u_0 =
     * a_0/(Kv)_0 overflows in the first sweep; the log domain takes over from there.
     */
    @Test
    void scalingOverflowMidRunSwitchesToo() {
        OptimalTransport p = shifted(0, 7.3);
        TransportTestSupport.BackendMonitor mon = new TransportTestSupport.BackendMonitor();
        Result r = TransportTestSupport.solve(new LogSinkhorn(), p, mon, "epsilon=0.01");
        assertEquals(Status.CONVERGED, r.status(), r.toString());
        assertEquals(1, mon.counter(LogSinkhorn.LOG_DOMAIN_SWITCH));
        assertTrue(r.message().startsWith("switched to the log domain at iteration 1: the scaling u[0]"), r.message());
        assertTrue(TransportTestSupport.verified(p, r) < 1e-9);
        Result plain = TransportTestSupport.solve(new LogSinkhorn(), shifted(0, 0), "epsilon=0.01");
        assertEquals(plain.objective() + 7.3 / 20, r.objective(), 1e-9);
    }

    @Test
    void forcedKernelDomainFailsNamingTheWayOut() {
        Result r = TransportTestSupport.solve(new LogSinkhorn(), shifted(10, 0), "epsilon=0.01", "domain=kernel");
        assertEquals(Status.NUMERICAL_ERROR, r.status(), r.toString());
        assertTrue(r.message().contains("sums to 0") && r.message().contains("use domain=log"), r.message());
        for (double v : r.solution()) {
            assertTrue(Double.isFinite(v), r.toString());
        }
    }
}
