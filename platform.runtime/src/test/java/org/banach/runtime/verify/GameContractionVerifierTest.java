package org.banach.runtime.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.banach.api.Certificate;
import org.banach.api.Result;
import org.banach.api.Status;
import org.banach.api.Verification;
import org.banach.api.games.DifferentiableGame;
import org.banach.runtime.catalog.Catalog;
import org.junit.jupiter.api.Test;

/**
 * The two-player scalar game F(z) = J(z − z*), J = [[1, 3.2], [0.2, 1]]: λ_min(sym J) = 1 − 1.7 = −0.7,
 * while the weights w = (1, 16) give the SGN margin α = 1 − √(3.2·0.2) = 0.2 and L_w = 1.8 (W^½JW^−½ =
 * [[1, 0.8], [0.8, 1]]). Euler at η = α/L² is certified with rate √(1 − α²/L²) = 0.993808; its trajectory
 * contracts at 1 − ηα = 0.987654 per step.
 */
class GameContractionVerifierTest {

    private static final double[] STAR = {0.3, -0.5};
    private static final double ALPHA = 0.2;
    private static final double LW = 1.8;
    private static final String METRIC = "weighted-l2[1.0,16.0]";
    private final GameContractionVerifier verifier = new GameContractionVerifier();

    private static final DifferentiableGame GAME = new AffinePairGame("test/coupled-scalar",
            new double[][] {{1, 3.2}, {0.2, 1}}, STAR, new double[2], false);

    /** An Euler run of the game with step eta from the start, recorded as the solver records it. */
    private static Result euler(double eta, int steps, Certificate claim, String integrator) {
        double[] z = GAME.start();
        double[] f = new double[2];
        double[] lengths = new double[steps];
        for (int k = 0; k < steps; k++) {
            GAME.operator(z, f);
            double dx = eta * f[0];
            double dy = eta * f[1];
            z[0] -= dx;
            z[1] -= dy;
            lengths[k] = Math.sqrt(dx * dx + 16 * dy * dy);
        }
        return Result.builder(Status.CONVERGED).solution(z).certificate(claim)
                .series(GameContractionVerifier.STEP_LENGTH, lengths)
                .series(GameContractionVerifier.STEP_SIZE, new double[] {eta})
                .settings(Map.of("integrator", integrator, "radius", 1.0)).build();
    }

    private static double eulerRate(double eta) {
        return Math.sqrt(1 - 2 * eta * ALPHA + eta * eta * LW * LW);
    }

    @Test
    void recomputesTheCertifiedRateOfAnHonestClaimAndAgrees() {
        double eta = ALPHA / (LW * LW);
        double q = Math.sqrt(1 - ALPHA * ALPHA / (LW * LW));
        Result r = euler(eta, 400, Certificate.contraction(q, 1.0, METRIC, 2 * ALPHA / (LW * LW)), "euler");
        Certificate c = verifier.verify(GAME, r, 1.0);
        assertEquals(q, c.value(), 1e-9, "the game has no closed-form Jacobian: central differences");
        assertEquals(2 * ALPHA / (LW * LW), c.safeStep(), 1e-9);
        assertTrue(c.satisfied());
        double measured = GameContractionVerifier.measuredRate(r.series().get(GameContractionVerifier.STEP_LENGTH), 1);
        assertTrue(measured <= q, measured + " > " + q);
        assertEquals(1 - eta * ALPHA, measured, 1e-6, "the slow mode's per-step factor");
        Verification v = CertificateCheck.check(GAME, r, Optional.of(verifier));
        assertTrue(v.agrees() && v.satisfied(), v.message());
    }

    @Test
    void rejectsAClaimedRateSmallerThanTheTruth() {
        double eta = ALPHA / (LW * LW);
        Result r = euler(eta, 400, Certificate.contraction(0.95, 1.0, METRIC, 0.12), "euler");
        Verification v = CertificateCheck.check(GAME, r, Optional.of(verifier));
        assertFalse(v.agrees(), "claimed 0.95 but the certified rate is 0.9938");
        assertEquals(eulerRate(eta), v.value(), 1e-9);
    }

    @Test
    void aTrajectoryThatContractsSlowerThanTheBoundFailsWithTheMeasuredRate() {
        double eta = ALPHA / (LW * LW);
        double[] slow = new double[50];
        for (int k = 0; k < slow.length; k++) {
            slow[k] = Math.pow(0.999, k);
        }
        Result r = euler(eta, 10, Certificate.contraction(eulerRate(eta), 1.0, METRIC, 0.12), "euler").toBuilder()
                .series(GameContractionVerifier.STEP_LENGTH, slow).build();
        Certificate c = verifier.verify(GAME, r, 1.0);
        assertFalse(c.satisfied());
        assertEquals(0.999, c.value(), 1e-12);
    }

    @Test
    void euclideanWeightsCertifyNothingOnThisGame() {
        double eta = 0.05;
        Result r = euler(eta, 100, Certificate.contraction(0.99, 1.0, "weighted-l2[1.0,1.0]", 0.1), "euler");
        Certificate c = verifier.verify(GAME, r, 1.0);
        // unit weights: alpha = 1 - 1.7 = -0.7, L = ||J||_2
        assertTrue(c.value() > 1, "" + c.value());
        assertFalse(c.satisfied());
    }

    @Test
    void rk4RatesCarryThePerturbationOfTheStages() {
        double eta = 0.02;
        Result r = euler(eta, 10, Certificate.contraction(0.999, 1.0, METRIC, 0.1), "rk4");
        double h = eta * LW;
        double e = LW * (h / 2 + h * h / 6 + h * h * h / 24);
        double q = Math.sqrt(1 - 2 * eta * (ALPHA - e) + eta * eta * (LW + e) * (LW + e));
        assertEquals(q, verifier.verify(GAME, r, 1.0).value(), 1e-9);
        assertTrue(q > eulerRate(eta));
    }

    @Test
    void aMissingOrMalformedMetricCertifiesNothing() {
        Result r = euler(0.05, 10, Certificate.contraction(0.99, 1.0, "l2", 0.1), "euler");
        assertTrue(Double.isNaN(verifier.verify(GAME, r, 1.0).value()));
        assertEquals(null, GameContractionVerifier.weights("weighted-l2[1.0,-2]", 2));
        assertEquals(null, GameContractionVerifier.weights("weighted-l2[1.0]", 2));
        assertEquals(16.0, GameContractionVerifier.weights(METRIC, 2)[1]);
    }

    @Test
    void isChosenForContractionClaimsOnlyAndRegisteredAsAService() throws IOException {
        Catalog catalog = new Catalog();
        OperatorResidualVerifier residual = new OperatorResidualVerifier();
        catalog.addVerifier(1, residual);
        catalog.addVerifier(2, verifier);
        assertSame(verifier, catalog.verifierFor(GAME, Certificate.CONTRACTION).orElseThrow());
        assertSame(residual, catalog.verifierFor(GAME, Certificate.OPERATOR_RESIDUAL).orElseThrow());
        assertSame(residual, catalog.verifierFor(GAME, null).orElseThrow(), "a run that claims nothing is certified by its residual");
        assertSame(residual, catalog.verifierFor(GAME).orElseThrow());
        String cls = GameContractionVerifier.class.getName();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("OSGI-INF/" + cls + ".xml")) {
            assertNotNull(in, "the DS component descriptor exists");
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(xml.contains("provide interface=\"org.banach.api.CertificateVerifier\""), xml);
            assertTrue(xml.contains("value=\"" + Certificate.CONTRACTION + "\""), xml);
        }
    }
}
