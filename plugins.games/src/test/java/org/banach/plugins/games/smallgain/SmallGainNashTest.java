package org.banach.plugins.games.smallgain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.banach.api.Certificate;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Status;
import org.banach.api.Verification;
import org.banach.api.conformance.TestMonitor;
import org.banach.runtime.verify.CertificateCheck;
import org.banach.runtime.verify.GameContractionVerifier;
import org.junit.jupiter.api.Test;

/**
 * Small-Gain Nash on games/coupled-quadratic with the defaults n = 3, coupling γ = 0.8, imbalance 16,
 * μ₁ = μ₂ = 1: κ₁₂ = 3.2, κ₂₁ = 0.2, so λ_min(sym J) = 1 − 1.7 = −0.7 (not Euclidean-monotone), the SGN
 * margin at w = (1, 16) is α = 1 − 0.8 = 0.2 and L_w = 1.8: Euler's certified step α/L² = 0.0617, rate
 * √(1 − α²/L²) = 0.99381, safe step 2α/L² = 0.12346. In the w-metric J is symmetric with eigenvalues 0.2
 * and 1.8, so the exact late-time Euler ratio is 1 − ηα = 1 − α²/L² = 0.98765 and Euler diverges for η &gt; 2/1.8.
 */
class SmallGainNashTest {

    private static final double ALPHA = 0.2;
    private static final double LW = 1.8;
    private final SmallGainNash solver = new SmallGainNash();
    private final CoupledQuadraticGame game = new CoupledQuadraticGame(3, 0.8, 16, 1, 7);

    private Settings settings(Map<String, String> given) {
        return Settings.validate(solver.parameters(), given, 0L);
    }

    /** The run as the runtime stores it: with its settings. */
    private Result run(Map<String, String> given) {
        Settings s = settings(given);
        return solver.solve(game, s, new TestMonitor()).toBuilder().settings(s.asMap()).build();
    }

    private static double[][] dense(CoupledQuadraticGame g) {
        int d = g.dimension();
        double[][] j = new double[d][d];
        double[] e = new double[d];
        double[] col = new double[d];
        for (int c = 0; c < d; c++) {
            e[c] = 1;
            g.jacobianVector(new double[d], e, col);
            e[c] = 0;
            for (int r = 0; r < d; r++) {
                j[r][c] = col[r];
            }
        }
        return j;
    }

    @Test
    void coupledQuadraticIsNotEuclideanMonotoneButHasAPositiveSmallGainMargin() {
        double[][] j = dense(game);
        int d = j.length;
        double[][] sym = new double[d][d];
        for (int r = 0; r < d; r++) {
            for (int c = 0; c < d; c++) {
                sym[r][c] = (j[r][c] + j[c][r]) / 2;
            }
        }
        double[] eig = new EigenDecomposition(new Array2DRowRealMatrix(sym)).getRealEigenvalues();
        double min = java.util.Arrays.stream(eig).min().getAsDouble();
        assertEquals(-0.7, min, 1e-12, "lambda_min(sym J) in closed form");
        assertEquals(game.euclideanMonotonicity(), min, 1e-12);

        SmallGainBounds bounds = new SmallGainBounds(game, SmallGainNash.regionSamples(game.start(), 1.0));
        assertEquals(1.0, bounds.mu(0), 1e-12);
        assertEquals(1.0, bounds.mu(1), 1e-12);
        assertEquals(3.2, bounds.coupling(0, 1), 1e-12);
        assertEquals(0.2, bounds.coupling(1, 0), 1e-12);
        double[] w = bounds.bestWeights();
        assertEquals(16.0, w[1] / w[0], 1e-9);
        assertEquals(ALPHA, bounds.margin(w), 1e-12);
        assertEquals(game.smallGainMargin(), bounds.margin(w), 1e-12);
        assertEquals(LW, bounds.weightedLipschitz(w), 1e-12);
        assertEquals(-0.7, bounds.euclideanMonotonicity(), 1e-12);
        assertEquals(-0.7, bounds.margin(new double[] {1, 1}), 1e-12, "unit weights see the Euclidean defect");
        double[] band = bounds.timescaleBand();
        assertTrue(band[0] < 16 && 16 < band[1] && band[0] > 0, java.util.Arrays.toString(band));
        // band edges: (3.2/sqrt(r) + 0.2 sqrt(r))/2 = 1, i.e. sqrt(r) = 5 -+ 3 → r = 4 and 64
        assertEquals(4.0, band[0], 1e-9);
        assertEquals(64.0, band[1], 1e-9);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "coupling {0}, imbalance {1}, curvature {2}")
    @org.junit.jupiter.params.provider.CsvSource({"0.9,0.1,3", "0.5,40,0.2", "0.99,2,1", "0,1,2"})
    void theSampledFiguresMatchTheClosedFormsAcrossParameters(double coupling, double imbalance, double curvature) {
        CoupledQuadraticGame g = new CoupledQuadraticGame(4, coupling, imbalance, curvature, 11);
        SmallGainBounds b = new SmallGainBounds(g, SmallGainNash.regionSamples(g.start(), 2.0));
        double[] w = b.bestWeights();
        assertEquals(g.euclideanMonotonicity(), b.euclideanMonotonicity(), 1e-10);
        assertEquals(g.smallGainMargin(), b.margin(w), 1e-10);
        assertEquals(g.weightedLipschitz(), b.weightedLipschitz(w), 1e-10);
        assertEquals(curvature, b.mu(1), 1e-10);
        assertTrue(b.margin(w) >= b.margin(new double[] {1, 1}) - 1e-12, "the chosen weights are no worse than unit weights");
    }

    @Test
    void eulerContractsEveryStepWithinTheCertifiedRateAndReachesTheEquilibrium() {
        Result r = run(Map.of());
        assertEquals(Status.CONVERGED, r.status(), r.message());
        Certificate c = r.certificate();
        assertEquals(Certificate.CONTRACTION, c.criterion());
        assertEquals(Math.sqrt(1 - ALPHA * ALPHA / (LW * LW)), c.rate(), 1e-12);
        assertEquals(2 * ALPHA / (LW * LW), c.safeStep(), 1e-12);
        assertEquals("weighted-l2[1.0,16.0]", c.metric());
        assertTrue(c.satisfied());
        assertTrue(r.message().contains("Euclidean lambda_min(sym J)=-0.700000 (not monotone)"), r.message());
        assertTrue(r.message().contains("SGN margin 0.200000"), r.message());
        assertEquals(ALPHA / (LW * LW), r.series().get(SmallGainNash.STEP_SIZE)[0], 1e-15);
        double[] s = r.series().get(SmallGainNash.STEP_LENGTH);
        assertEquals(r.iterations(), s.length);
        double worst = 0;
        for (int k = 0; k + 1 < s.length; k++) {
            if (s[k] > 1e-9) {
                worst = Math.max(worst, s[k + 1] / s[k]);
            }
        }
        assertTrue(worst <= c.rate(), "measured " + worst + " > certified " + c.rate());
        assertEquals(1 - ALPHA * ALPHA / (LW * LW), s[s.length - 1] / s[s.length - 2], 1e-6, "slow-mode ratio 1 - eta*alpha");
        double[] star = game.knownSolution().get();
        double err = 0;
        for (int i = 0; i < star.length; i++) {
            err = Math.max(err, Math.abs(r.solution()[i] - star[i]));
        }
        assertTrue(err < 1e-7, "distance to z* " + err);
    }

    @Test
    void rk4IsCertifiedWithItsOwnBoundAndConverges() {
        Result r = run(Map.of("integrator", "rk4"));
        assertEquals(Status.CONVERGED, r.status(), r.message());
        Certificate c = r.certificate();
        assertTrue(c.satisfied() && c.rate() > Math.sqrt(1 - ALPHA * ALPHA / (LW * LW)) && c.rate() < 1, "" + c.rate());
        assertTrue(c.safeStep() < 2 * ALPHA / (LW * LW));
        double[] s = r.series().get(SmallGainNash.STEP_LENGTH);
        for (int k = 0; k + 1 < s.length; k++) {
            if (s[k] > 1e-9) {
                assertTrue(s[k + 1] / s[k] <= c.rate(), "step " + k);
            }
        }
    }

    @Test
    void aStepFarAboveTheSafeStepDivergesAndIsNotCertified() {
        Result r = run(Map.of("step", "1.5"));
        assertEquals(Status.DIVERGED, r.status(), r.message());
        assertFalse(r.certificate().satisfied());
        assertTrue(r.certificate().rate() >= 1);
        assertTrue(r.message().contains("exceeds the certified safe step 0.123457"), r.message());
        assertTrue(r.message().contains("NOT certified"), r.message());
    }

    @Test
    void aStepAboveTheSafeStepButInsideStabilityConvergesUncertified() {
        Result r = run(Map.of("step", "0.5"));
        assertEquals(Status.CONVERGED, r.status(), r.message());
        assertFalse(r.certificate().satisfied());
        assertEquals(Math.sqrt(1 - 2 * 0.5 * ALPHA + 0.25 * LW * LW), r.certificate().rate(), 1e-12);
        assertTrue(r.message().contains("NOT certified"), r.message());
    }

    @Test
    void whenTheSmallGainConditionFailsNoStepIsCertified() {
        CoupledQuadraticGame strong = new CoupledQuadraticGame(2, 1.25, 4, 1, 1);
        Result r = solver.solve(strong, settings(Map.of()), new TestMonitor());
        assertEquals(Status.FAILED, r.status());
        assertTrue(r.message().contains("small-gain condition fails"), r.message());
        assertTrue(r.message().contains("L12*L21/(mu1*mu2)=1.5625"), r.message());
    }

    @Test
    void theVerifierRecomputesTheClaimedRateAndRejectsATamperedOne() {
        Result r = run(Map.of());
        GameContractionVerifier v = new GameContractionVerifier();
        Certificate check = v.verify(game, r, r.certificate().tolerance());
        assertEquals(r.certificate().rate(), check.value(), 1e-10);
        assertTrue(check.satisfied());
        Verification ok = CertificateCheck.check(game, r, Optional.of(v));
        assertTrue(ok.agrees() && ok.satisfied(), ok.message());

        Result tampered = r.toBuilder().certificate(Certificate.contraction(0.9, 1.0, r.certificate().metric(),
                r.certificate().safeStep())).build();
        Verification bad = CertificateCheck.check(game, tampered, Optional.of(v));
        assertFalse(bad.agrees(), "a claimed rate 0.9 below the true 0.99381 must be rejected");
        assertEquals(r.certificate().rate(), bad.value(), 1e-10);
    }

    @Test
    void theDefaultFiniteDifferenceJacobianMatchesTheClosedForm() {
        FiniteDifferenceGame fd = new FiniteDifferenceGame(game);
        java.util.SplittableRandom rng = new java.util.SplittableRandom(3);
        int d = game.dimension();
        for (int t = 0; t < 5; t++) {
            double[] z = new double[d];
            double[] v = new double[d];
            for (int i = 0; i < d; i++) {
                z[i] = 4 * rng.nextDouble() - 2;
                v[i] = 2 * rng.nextDouble() - 1;
            }
            double[] exact = new double[d];
            double[] approx = new double[d];
            game.jacobianVector(z, v, exact);
            fd.jacobianVector(z, v, approx);
            for (int i = 0; i < d; i++) {
                assertEquals(exact[i], approx[i], 1e-8 * (1 + Math.abs(exact[i])), "component " + i);
            }
        }
    }

    @Test
    void theProviderServesBothGamesWithTheirDimensionsAndRefusesUnknownParameters() {
        SmallGainProblemProvider provider = new SmallGainProblemProvider();
        assertEquals(2, provider.problems().size());
        for (var d : provider.problems()) {
            var p = provider.create(d.id(), Map.of());
            assertEquals(d.dimension(), p.dimension(), d.id());
            assertEquals(d.family(), p.family(), d.id());
            assertTrue(p.name().startsWith(d.id()), p.name());
            org.junit.jupiter.api.Assertions.assertThrows(org.banach.api.InvalidProblemException.class,
                    () -> provider.create(d.id(), Map.of("size", "3")));
        }
        var q = (CoupledQuadraticGame) provider.create(CoupledQuadraticGame.ID, Map.of("n", "5", "coupling", "0.5", "imbalance", "9"));
        assertEquals(10, q.dimension());
        assertEquals(1 - 0.5, q.smallGainMargin(), 1e-12);
        assertEquals(1 - (0.5 * 3 + 0.5 / 3) / 2, q.euclideanMonotonicity(), 1e-12);
        org.junit.jupiter.api.Assertions.assertThrows(org.banach.api.InvalidProblemException.class,
                () -> provider.create("games/unknown", Map.of()));
    }
}
