package org.banach.plugins.games.preference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.banach.api.RateFit;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Status;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.games.PreferenceGame;
import org.banach.runtime.verify.PreferenceExploitabilityVerifier;
import org.junit.jupiter.api.Test;

/**
 * G4's must-shows (Tiapkin et al. 2025, Nash Mirror Prox): the KL divergence to the β-regularised
 * equilibrium falls linearly in the number N = 2t of preference queries, at least as fast as the
 * paper's (1+2β)^(−N/2) and — measured — at (1+2β)^(−N) (the paper's per-iteration contraction
 * 1/(1+2β) of the distance, squared because KL is quadratic in it), with the same semi-log slope for
 * 3, 100 and 1000 actions; the regularised exploitability falls linearly at the same rate; a case with
 * a closed-form equilibrium (RPS preferences, uniform reference) is reached to 1e-8
 * (the exploitability's rounding floor).
 */
class NashMirrorProxTest {

    static Result solve(PreferenceGame game, TestMonitor monitor, String... settings) {
        NashMirrorProx solver = new NashMirrorProx();
        Map<String, String> given = new HashMap<>();
        for (String s : settings) {
            given.put(s.substring(0, s.indexOf('=')), s.substring(s.indexOf('=') + 1));
        }
        return solver.solve(game, Settings.validate(solver.parameters(), given, 0L), monitor);
    }

    /** Semi-log fit of a series against the number of preference queries N = 2t, over t ≥ 2 while it exceeds 1e-12. */
    static RateFit perQuery(double[] series) {
        int last = 2;
        while (last < series.length && series[last] > 1e-12) {
            last++;
        }
        double[] n = new double[last - 2];
        double[] y = new double[last - 2];
        for (int t = 2; t < last; t++) {
            n[t - 2] = 2.0 * t;
            y[t - 2] = series[t];
        }
        return RateFit.semiLog(n, y);
    }

    @Test
    void klSlopeBeatsThePaperBoundAndDoesNotDependOnTheActionCount() {
        double beta = 0.1;
        double paper = -0.5 * Math.log(1 + 2 * beta);
        double[] slopes = new double[3];
        int[] actions = {3, 100, 1000};
        for (int a = 0; a < actions.length; a++) {
            PreferenceGame game = DensePreferenceGame.random(actions[a], beta, 1);
            TestMonitor m = PreferenceTestSupport.monitor();
            Result r = solve(game, m, "tolerance=1e-300", "maxIterations=110");
            double[] kl = r.series().get("kl-to-last");
            // the paper's bound, per iteration t: KL(pi*||pi_t) <= (1+2beta)^(-t) KL(pi*||pi_0)
            for (int t = 1; t < kl.length && kl[t] > 1e-13; t++) {
                assertTrue(kl[t] <= Math.pow(1 + 2 * beta, -t) * kl[0], "n " + actions[a] + ", t " + t);
            }
            RateFit fit = perQuery(kl);
            assertTrue(fit.rSquared() > 0.999 && fit.points() > 40, fit.toString());
            slopes[a] = fit.slope();
            assertTrue(slopes[a] < paper, "n " + actions[a] + ": slope " + slopes[a] + " vs paper " + paper);
            assertEquals(2 * paper, slopes[a], 0.05 * Math.abs(2 * paper), "n " + actions[a] + ": " + fit);
            assertEquals(2 * r.iterations() + 1, m.counters().get(PreferenceProducts.MATVEC));
        }
        assertEquals(slopes[1], slopes[0], 0.05 * Math.abs(slopes[1]));
        assertEquals(slopes[1], slopes[2], 0.05 * Math.abs(slopes[1]));
    }

    @Test
    void theRateScalesWithBetaAsLogOfOnePlusTwoBeta() {
        for (double beta : new double[] {0.05, 0.5}) {
            Result r = solve(DensePreferenceGame.random(100, beta, 2), PreferenceTestSupport.monitor(),
                    "tolerance=1e-300", "maxIterations=" + (int) (40 / Math.log(1 + 2 * beta)));
            RateFit fit = perQuery(r.series().get("kl-to-last"));
            assertEquals(-Math.log(1 + 2 * beta), fit.slope(), 0.05 * Math.log(1 + 2 * beta), "beta " + beta + ": " + fit);
        }
    }

    @Test
    void exploitabilityFallsLinearlyAndIsCertified() {
        PreferenceGame game = DensePreferenceGame.random(100, 0.1, 3);
        Result r = solve(game, PreferenceTestSupport.monitor(), "tolerance=1e-12");
        assertEquals(Status.CONVERGED, r.status(), r.message());
        double verified = PreferenceExploitabilityVerifier.exploitability(game, r.solution());
        assertTrue(verified <= 1e-12, "exploitability " + verified);
        assertEquals(verified, r.certificate().value(), 0.0);
        RateFit ex = perQuery(r.series().get("exploitability"));
        RateFit kl = perQuery(r.series().get("kl-to-last"));
        assertTrue(ex.rSquared() > 0.999, ex.toString());
        assertEquals(kl.slope(), ex.slope(), 0.05 * Math.abs(kl.slope()), ex + " vs " + kl);
    }

    @Test
    void rpsWithUniformReferenceReachesTheUniformEquilibrium() {
        double third = 1.0 / 3;
        DensePreferenceGame rps = DensePreferenceGame.rps(0.1);
        PreferenceGame game = new DensePreferenceGame("rps-uniform", 3, rps.preferences(),
                new double[] {third, third, third}, 0.1) {
            @Override
            public double[] start() {
                return new double[] {0.7, 0.2, 0.1};
            }
        };
        // the exploitability is quadratic in the distance, and its rounding floor (~1e-16, from log
        // probabilities) is reached at a distance ~1e-8: run to that floor rather than to a tolerance
        Result r = solve(game, PreferenceTestSupport.monitor(), "tolerance=0", "maxIterations=300");
        assertTrue(r.certificate().value() <= 1e-15, r.toString());
        for (double p : r.solution()) {
            assertEquals(third, p, 1e-8);
        }
        // the recorded KL to the last iterate is the KL to the true equilibrium (uniform), to 1e-8
        double[] kl = r.series().get("kl-to-last");
        double[] start = {0.7, 0.2, 0.1};
        double truth = 0;
        for (double s : start) {
            truth += third * Math.log(third / s);
        }
        assertEquals(truth, kl[0], 1e-8); // first order in the last iterate's distance to pi*
    }

    @Test
    void refusesPreferencesThatAreNotComplementary() {
        double[] p = {0.5, 0.7, 0.7, 0.5};
        PreferenceGame bad = new DensePreferenceGame("bad", 2, p, new double[] {0.5, 0.5}, 0.1);
        Result r = solve(bad, PreferenceTestSupport.monitor());
        assertEquals(Status.INVALID_INPUT, r.status());
        assertTrue(r.message().contains("P + P' = 1"), r.message());
    }

    @Test
    void recordedKlMatchesTheKlToAnIndependentNewtonEquilibrium() {
        PreferenceGame game = DensePreferenceGame.random(100, 0.1, 4);
        double[] star = RegularisedEquilibrium.newton(game);
        assertTrue(RegularisedEquilibrium.norm(RegularisedEquilibrium.residual(game, star)) <= 1e-15);
        TestMonitor m = PreferenceTestSupport.monitor();
        Result r = solve(game, m, "tolerance=0", "maxIterations=200");
        for (int i = 0; i < star.length; i++) {
            assertEquals(star[i], r.solution()[i], 1e-9);
        }
        // replay the iterates' KL to pi* from the recorded series' own definition: KL(pi_last||pi_t) vs KL(pi*||pi_t)
        double[] kl = r.series().get("kl-to-last");
        double[] logStar = new double[star.length];
        double[] logLast = new double[star.length];
        for (int i = 0; i < star.length; i++) {
            logStar[i] = Math.log(star[i]);
            logLast[i] = Math.log(r.solution()[i]);
        }
        double[] logStart = new double[star.length];
        for (int i = 0; i < star.length; i++) {
            logStart[i] = Math.log(game.start()[i]);
        }
        assertEquals(PreferenceGame.kl(logStar, logStart), kl[0], 1e-8 * Math.max(1, kl[0]));
        assertTrue(PreferenceGame.kl(logStar, logLast) < 1e-15);
    }
}
