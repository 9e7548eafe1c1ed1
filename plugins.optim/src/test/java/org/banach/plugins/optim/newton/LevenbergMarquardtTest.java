package org.banach.plugins.optim.newton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.banach.api.Certificate;
import org.banach.api.RateFit;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Status;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.optim.NonlinearEquations;
import org.banach.plugins.optim.problems.equations.EquationsProblemProvider;
import org.banach.runtime.verify.EquationsResidualVerifier;
import org.junit.jupiter.api.Test;

/**
 * The must-show of catalog row O16: the Hölder-adaptive LM drives ‖F‖ to 0 on equations with
 * non-isolated solutions where Gauss–Newton has no step, with the local order its parameter predicts.
 */
class LevenbergMarquardtTest {

    private static final LevenbergMarquardt SOLVER = new LevenbergMarquardt();

    static Result run(NonlinearEquations p, TestMonitor m, String... settings) {
        Map<String, String> given = new HashMap<>(Map.of("tolerance", "1e-14", "maxIterations", "200"));
        for (int i = 0; i < settings.length; i += 2) {
            given.put(settings[i], settings[i + 1]);
        }
        return SOLVER.solve(p, Settings.validate(SOLVER.parameters(), given, 0), m);
    }

    static NonlinearEquations problem(String id, String... params) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            given.put(params[i], params[i + 1]);
        }
        return (NonlinearEquations) new EquationsProblemProvider().create(id, given);
    }

    /** ‖F(x_k)‖ along the trace (the trace's objective is ½‖F‖²). */
    static double[] residuals(TestMonitor m) {
        return m.trace().stream().mapToDouble(p -> Math.sqrt(2 * p.objective())).toArray();
    }

    static NonlinearEquations network() {
        return problem("optim/reaction-network");
    }

    @Test
    void gaussNewtonHasNoStepOnTheNetworkWhereAdaptiveLmConverges() {
        Result gn = run(network(), new TestMonitor(), "parameter", "gauss-newton");
        assertNotEquals(Status.CONVERGED, gn.status(), String.valueOf(gn));
        assertTrue(gn.certificate().value() > 0.1, "Gauss-Newton made no progress: " + gn);
        Result lm = run(network(), new TestMonitor());
        assertEquals(Status.CONVERGED, lm.status(), String.valueOf(lm));
        double[] x = lm.solution();
        // the limit lies on the 2-dimensional family of steady states
        assertEquals(Math.log(0.5), x[0] + x[1] - x[2], 1e-12);
        assertEquals(Math.log(3), x[2] - x[3], 1e-12);
        Certificate verified = new EquationsResidualVerifier().verify(network(), x, 1e-14);
        assertTrue(verified.satisfied(), verified.toString());
        assertEquals(lm.certificate().value(), verified.value(), 1e-15);
    }

    /**
     * The local Q-order of ‖F(x_k)‖ (slope of log ‖F_{k+1}‖ against log ‖F_k‖ over ‖F_k‖ ≤ 10⁻¹): on the
     * network the Jacobian has constant rank 2 near the steady states (metric subregularity of order
     * δ = 1, F smooth so ν = 1), where μ_k = ‖F_k‖^η is predicted to give order min(1 + η, 2) (Fan &amp;
     * Yuan, Computing 74, 2005, the δ = ν = 1 case the Hölder analysis extends): 1.5 for η = ½, 2 for
     * η = 1; a fixed μ is only linear.
     */
    @Test
    void localOrderMatchesTheParameterExponent() {
        for (double eta : new double[] {0.5, 1.0}) {
            TestMonitor m = new TestMonitor();
            Result r = run(network(), m, "eta", Double.toString(eta));
            assertEquals(Status.CONVERGED, r.status(), String.valueOf(r));
            RateFit order = DampedNewtonTest.localOrder(residuals(m), 1e-1, 1e-15);
            System.out.println("O16 network eta=" + eta + ": order " + order + " in " + r.iterations() + " iterations");
            assertEquals(Math.min(1 + eta, 2), order.slope(), 0.2, "eta = " + eta + ": " + order);
        }
        TestMonitor m = new TestMonitor();
        Result fixed = run(network(), m, "parameter", "fixed", "mu", "1e-2");
        assertEquals(Status.CONVERGED, fixed.status(), String.valueOf(fixed));
        RateFit order = DampedNewtonTest.localOrder(residuals(m), 1e-3, 1e-15);
        System.out.println("O16 network fixed mu: order " + order + " in " + fixed.iterations() + " iterations");
        assertEquals(1.0, order.slope(), 0.15, order.toString());
    }

    @Test
    void moietyConservedSteadyStateKeepsTheTotals() {
        NonlinearEquations p = problem("optim/reaction-network", "fixMoieties", "true");
        assertEquals(6, p.equationCount());
        Result r = run(p, new TestMonitor());
        assertEquals(Status.CONVERGED, r.status(), String.valueOf(r));
        double[] c = java.util.Arrays.stream(r.solution()).map(Math::exp).toArray();
        assertEquals(4.5, c[0] + c[2] + c[3], 1e-12);
        assertEquals(5.5, c[1] + c[2] + c[3], 1e-12);
        assertEquals(2 * c[0] * c[1], c[2], 1e-12);
        assertEquals(c[2], 3 * c[3], 1e-12);
    }

    /**
     * Powell's singular equations: ‖F‖ → 0 with order 1 (slope 1 of log ‖F_{k+1}‖ against log ‖F_k‖,
     * ratio below 1): at the isolated solution metric subregularity holds only with order δ = ½, and the
     * order bound δ(1 + ν) = 1 of the Hölder analysis (x_{k+1} is O(‖x_k − x*‖^{1+ν}) from a set where
     * dist ≤ β‖F‖^δ) allows no superlinear order. Gauss–Newton converges linearly here too (ratio ¼).
     */
    @Test
    void powellSingularConvergesLinearly() {
        NonlinearEquations p = problem("optim/powell-singular-equations");
        for (String eta : new String[] {"1", "2"}) {
            TestMonitor m = new TestMonitor();
            Result r = run(p, m, "eta", eta, "tolerance", "1e-12");
            assertEquals(Status.CONVERGED, r.status(), String.valueOf(r));
            double[] res = residuals(m);
            RateFit order = DampedNewtonTest.localOrder(res, 1e-2, 1e-13);
            double ratio = res[res.length - 1] / res[res.length - 2];
            System.out.println("O16 Powell eta=" + eta + ": order " + order + ", last ratio " + ratio + ", "
                    + r.iterations() + " iterations");
            assertEquals(1.0, order.slope(), 0.1, order.toString());
            assertTrue(ratio < 0.5, "ratio " + ratio);
            assertTrue(java.util.Arrays.stream(r.solution()).allMatch(v -> Math.abs(v) < 1e-3));
        }
        TestMonitor m = new TestMonitor();
        Result gn = run(p, m, "parameter", "gauss-newton", "tolerance", "1e-12");
        double[] res = residuals(m);
        System.out.println("O16 Powell Gauss-Newton: " + gn.status() + " in " + gn.iterations() + " iterations, last ratio "
                + res[res.length - 1] / res[res.length - 2]);
    }

    @Test
    void limitsAndBadInput() {
        TestMonitor m = new TestMonitor();
        Result r = run(network(), m, "maxIterations", "2");
        assertEquals(Status.ITERATION_LIMIT, r.status());
        assertEquals(2, r.iterations());
        assertEquals(3, m.counter(LevenbergMarquardt.RESIDUALS));
        assertEquals(2, m.counter(LevenbergMarquardt.JACOBIANS));
        assertEquals(3, r.evaluations());
        Result c = run(network(), TestMonitor.stoppingAfter(1, Status.CANCELLED));
        assertEquals(Status.CANCELLED, c.status());
        assertEquals(0, c.iterations());
        NonlinearEquations bad = new NonlinearEquations() {
            @Override
            public String name() {
                return "bad";
            }

            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public int equationCount() {
                return 1;
            }

            @Override
            public void residual(double[] x, double[] out) {
                out[0] = x[0];
            }

            @Override
            public void jacobian(double[] x, double[] out) {
                out[0] = 1;
                out[1] = 0;
            }

            @Override
            public double[] start() {
                return new double[] {Double.NaN, 0};
            }
        };
        assertEquals(Status.INVALID_INPUT, run(bad, new TestMonitor()).status());
    }
}
