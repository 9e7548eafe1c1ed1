package org.banach.plugins.optim.fixedpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.banach.api.Certificate;
import org.banach.api.RateFit;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Status;
import org.banach.api.Verification;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.optim.FixedPointMap;
import org.banach.plugins.optim.problems.networks.NetworkProblemProvider;
import org.banach.runtime.verify.CertificateCheck;
import org.banach.runtime.verify.ContractionVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Banach iteration on the SELU moment map (Klambauer et al. 2017): the fixed point (0, 1) for ω = 0,
 * τ = 1, the contraction certificate (the paper's spectral norm 0.7877) recomputed by the runtime's
 * verifier, and the linear rate of the iterates, fitted over the trace, equal to the spectral radius of
 * the Jacobian at the fixed point.
 */
class PicardIterationTest {

    private final PicardIteration solver = new PicardIteration();

    private static FixedPointMap momentMap(String... params) {
        Map<String, String> p = new HashMap<>();
        for (String kv : params) {
            int eq = kv.indexOf('=');
            p.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return (FixedPointMap) new NetworkProblemProvider().create("optim/selu-moment-map", p);
    }

    private Result solve(FixedPointMap g, TestMonitor m, String... settings) {
        Map<String, String> s = new HashMap<>();
        for (String kv : settings) {
            int eq = kv.indexOf('=');
            s.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return solver.solve(g, Settings.validate(solver.parameters(), s, 0L), m);
    }

    /** Starts at the corners and the centre of the paper's domain Ω = [−0.1, 0.1] × [0.8, 1.5]. */
    @ParameterizedTest(name = "from ({0}, {1})")
    @CsvSource({"-0.1, 0.8", "-0.1, 1.5", "0.1, 0.8", "0.1, 1.5", "0, 1.15"})
    void convergesToZeroOneAtTheRateOfTheJacobian(double mu, double nu) {
        FixedPointMap g = momentMap("mu=" + mu, "nu=" + nu);
        TestMonitor m = new TestMonitor();
        Result r = solve(g, m);
        assertEquals(Status.CONVERGED, r.status(), r.message());
        assertEquals(0, r.solution()[0], 1e-10);
        assertEquals(1, r.solution()[1], 1e-10);

        double[] j = new double[4];
        g.jacobian(new double[] {0, 1}, j);
        double radius = Math.abs(j[3]); // ω = 0: J = [[0, a], [0, b]], eigenvalues 0 and b
        Certificate claim = r.certificate();
        assertEquals(Certificate.CONTRACTION, claim.criterion());
        assertEquals(0.7877, claim.rate(), 5e-5);
        assertTrue(claim.satisfied());
        Certificate verified = new ContractionVerifier().verify(g, r.solution(), claim.tolerance());
        assertTrue(verified.satisfied());
        assertEquals(claim.rate(), verified.rate(), 1e-12);
        Verification check = CertificateCheck.check(g, r, Optional.of(new ContractionVerifier()));
        assertTrue(check.satisfied() && check.agrees(), String.valueOf(check.message()));

        // the residual falls like b^k: fit log residual against k over the trace, leaving the first steps out
        long last = r.iterations();
        RateFit fit = RateFit.semiLog(trace(m), 5, last - 2);
        assertEquals(radius, fit.factor(), 0.01 * radius, fit.toString());
        assertTrue(fit.rSquared() > 0.999, fit.toString());
        System.out.printf("from (%s, %s): %d iterations, fitted factor %.5f (spectral radius %.5f), R2 %.6f, claimed rate %.6f%n",
                mu, nu, last, fit.factor(), radius, fit.rSquared(), claim.rate());
    }

    private static java.util.List<org.banach.api.TracePoint> trace(TestMonitor m) {
        java.util.List<org.banach.api.TracePoint> t = new java.util.ArrayList<>();
        for (TestMonitor.Point p : m.trace()) {
            t.add(new org.banach.api.TracePoint(p.iteration(), 0.0, p.objective(), p.measure()));
        }
        return t;
    }

    @Test
    void aNonzeroOmegaMovesTheFixedPointAndStillContracts() {
        FixedPointMap g = momentMap("omega=0.1", "tau=1.1", "mu=-0.1", "nu=0.8");
        Result r = solve(g, new TestMonitor());
        assertEquals(Status.CONVERGED, r.status(), r.message());
        double[] gx = new double[2];
        g.map(r.solution(), gx);
        assertEquals(r.solution()[0], gx[0], 1e-12);
        assertEquals(r.solution()[1], gx[1], 1e-12);
        assertTrue(r.solution()[1] > 1, "tau > 1 raises the fixed variance: " + r.solution()[1]);
        assertTrue(r.certificate().satisfied() && r.certificate().rate() < 1, r.certificate().toString());
    }

    @Test
    void stopsAtTheIterationLimitAndCountsMapCalls() {
        FixedPointMap g = momentMap();
        TestMonitor m = new TestMonitor();
        Result r = solve(g, m, "maxIterations=5");
        assertEquals(Status.ITERATION_LIMIT, r.status());
        assertEquals(5, r.iterations());
        assertEquals(6, m.counter("map"));
        assertEquals(1, m.counter("jacobian"));
        assertFalse(Math.abs(r.solution()[1] - 1) < 1e-10);
    }

    @Test
    void aStricterRateBoundThanTheJacobianFails() {
        Result r = solve(momentMap(), new TestMonitor(), "maxRate=0.7");
        assertEquals(Status.CONVERGED, r.status());
        assertFalse(r.certificate().satisfied(), r.certificate().toString());
    }
}
