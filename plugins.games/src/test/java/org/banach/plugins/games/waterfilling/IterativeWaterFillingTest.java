package org.banach.plugins.games.waterfilling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.banach.api.RateFit;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Status;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.games.WaterFillingGame;
import org.banach.runtime.verify.WaterFillingExploitabilityVerifier;
import org.junit.jupiter.api.Test;

/**
 * G3's must-shows (Scutari, Palomar &amp; Barbarossa 2008): when ρ(S) &lt; 1 the sequential,
 * simultaneous and asynchronous water-filling iterations reach one Nash equilibrium (to 1e-8), with
 * exploitability &lt; 1e-9 recomputed by the runtime's verifier and each user's power equal to its own
 * water-filling response; the measured contraction factor of the simultaneous map is at most ρ(S); a
 * two-user symmetric strong-interference channel (ρ(S) = 2) makes the simultaneous iteration ping-pong
 * and is reported as such.
 */
class IterativeWaterFillingTest {

    private static final String[] SCHEDULES = {"sequential", "simultaneous", "asynchronous"};

    static WaterFillingGame channel(int users, int carriers, String interference, long seed) {
        return (WaterFillingGame) new WaterFillingProblems().create(WaterFillingProblems.ID, Map.of("users",
                Integer.toString(users), "carriers", Integer.toString(carriers), "interference", interference,
                "seed", Long.toString(seed)));
    }

    static Result solve(WaterFillingGame game, long seed, String... settings) {
        IterativeWaterFilling solver = new IterativeWaterFilling();
        Map<String, String> given = new HashMap<>();
        for (String s : settings) {
            given.put(s.substring(0, s.indexOf('=')), s.substring(s.indexOf('=') + 1));
        }
        return solver.solve(game, Settings.validate(solver.parameters(), given, seed), new TestMonitor());
    }

    /** Two users, two carriers, unit direct gains, cross gains 2, noise (0.1, 0.2), unit budgets: ρ(S) = 2. */
    static WaterFillingGame pingPong() {
        double[] noise = {0.1, 0.2};
        return new InterferenceChannel("ping-pong", 2, 2, new double[] {1, 1, 2, 2, 2, 2, 1, 1},
                new double[] {noise[0], noise[1], noise[0], noise[1]}, new double[] {1, 1});
    }

    @Test
    void allSchedulesReachOneEquilibriumWhenTheSpectralRadiusIsBelowOne() {
        for (WaterFillingGame game : new WaterFillingGame[] {channel(4, 16, "0.08", 2), channel(10, 64, "weak", 0)}) {
            double rho = SpectralCondition.spectralRadius(SpectralCondition.matrix(game));
            assertTrue(rho < 1, "instance must satisfy the condition: rho " + rho);
            double[][] solutions = new double[SCHEDULES.length][];
            for (int s = 0; s < SCHEDULES.length; s++) {
                Result r = solve(game, 11, "schedule=" + SCHEDULES[s], "tolerance=1e-12");
                assertEquals(Status.CONVERGED, r.status(), r.message());
                assertEquals(rho, r.series().get("spectral-radius")[0], 0.0);
                assertTrue(r.message().contains("ρ(S) = ") && r.message().contains("condition holds"), r.message());
                double[] p = r.solution();
                double verified = WaterFillingExploitabilityVerifier.exploitability(game, p);
                assertTrue(Math.abs(verified) < 1e-9, SCHEDULES[s] + " exploitability " + verified);
                assertEquals(verified, r.certificate().value(), 0.0);
                double[] response = p.clone();
                for (int q = 0; q < game.users(); q++) {
                    WaterFillingGame.bestResponse(game, q, p, response);
                }
                assertArrayEquals(response, p, 1e-9, SCHEDULES[s] + ": every power is its own water-filling response");
                solutions[s] = p;
            }
            assertArrayEquals(solutions[1], solutions[0], 1e-8, "sequential vs simultaneous");
            assertArrayEquals(solutions[1], solutions[2], 1e-8, "asynchronous vs simultaneous");
        }
    }

    @Test
    void simultaneousContractionIsAtMostTheSpectralRadius() {
        WaterFillingGame game = channel(4, 16, "0.08", 2);
        Result r = solve(game, 0, "schedule=simultaneous", "tolerance=1e-13");
        double rho = r.series().get("spectral-radius")[0];
        double[] residual = r.series().get("residual");
        double[] k = new double[residual.length - 1];
        double[] y = new double[residual.length - 1];
        for (int i = 1; i < residual.length; i++) {
            k[i - 1] = i;
            y[i - 1] = residual[i];
        }
        double measured = Math.exp(RateFit.semiLog(k, y).slope());
        assertTrue(rho > 0.5 && rho < 1, "rho " + rho);
        assertTrue(measured < rho, "measured contraction " + measured + " vs rho(S) " + rho);
        // every step ratio, not just the fit: the contraction holds along the whole trace (to rounding)
        for (int i = 2; i < residual.length && residual[i] > 1e-11; i++) {
            assertTrue(residual[i] <= rho * residual[i - 1], "step " + i + ": " + residual[i] + " > rho * " + residual[i - 1]);
        }
    }

    @Test
    void symmetricStrongInterferencePingPongsAndIsReportedAsViolatingTheCondition() {
        WaterFillingGame game = pingPong();
        assertEquals(2.0, SpectralCondition.spectralRadius(SpectralCondition.matrix(game)), 1e-12);
        Result r = solve(game, 0, "schedule=simultaneous");
        assertNotEquals(Status.CONVERGED, r.status());
        assertEquals(Status.DIVERGED, r.status(), r.message());
        assertTrue(r.message().contains("ρ(S) = 2") && r.message().contains("VIOLATED") && r.message().contains("cycles"),
                r.message());
        // the cycle: both users on the same carrier, jumping together between (1, 0) and (0, 1)
        double[] p = r.solution();
        assertEquals(p[0], p[2], 1e-15);
        assertEquals(1.0, Math.max(p[0], p[1]), 1e-15);
        assertTrue(r.certificate().value() > 1, "exploitability of the cycle " + r.certificate().value());
        // the condition is only sufficient: the sequential order separates the users onto an orthogonal NE
        Result seq = solve(game, 0, "schedule=sequential");
        assertEquals(Status.CONVERGED, seq.status(), seq.message());
        assertTrue(seq.message().contains("VIOLATED"), seq.message());
        assertArrayEquals(new double[] {1, 0, 0, 1}, seq.solution(), 1e-12);
    }

    @Test
    void strongRandomInterferenceViolatesTheConditionAndSimultaneousUpdatesDoNotConverge() {
        Result r = solve(channel(4, 16, "strong", 0), 0, "schedule=simultaneous", "maxIterations=2000");
        assertTrue(r.series().get("spectral-radius")[0] > 1);
        assertNotEquals(Status.CONVERGED, r.status());
        assertTrue(r.message().contains("VIOLATED"), r.message());
    }

    @Test
    void asynchronousRunsAreReproducibleFromTheSeed() {
        WaterFillingGame game = channel(4, 16, "0.08", 2);
        Result a = solve(game, 5, "schedule=asynchronous", "delay=3");
        Result b = solve(game, 5, "schedule=asynchronous", "delay=3");
        Result c = solve(game, 6, "schedule=asynchronous", "delay=3");
        assertArrayEquals(a.series().get("residual"), b.series().get("residual"), 0.0);
        assertTrue(!java.util.Arrays.equals(a.series().get("residual"), c.series().get("residual")));
        assertArrayEquals(a.solution(), c.solution(), 1e-8);
    }

    @Test
    void refusesNegativeBudgetsAndGains() {
        WaterFillingGame negativeBudget = new InterferenceChannel("bad", 1, 2, new double[] {1, 1},
                new double[] {0.1, 0.1}, new double[] {-1});
        Result r = solve(negativeBudget, 0);
        assertEquals(Status.INVALID_INPUT, r.status());
        assertTrue(r.message().contains("budget"), r.message());
        WaterFillingGame negativeGain = new InterferenceChannel("bad", 1, 2, new double[] {1, -1},
                new double[] {0.1, 0.1}, new double[] {1});
        assertEquals(Status.INVALID_INPUT, solve(negativeGain, 0).status());
    }
}
