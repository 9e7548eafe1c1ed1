package org.banach.plugins.games.smallgain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Status;
import org.banach.api.Verification;
import org.banach.api.conformance.TestMonitor;
import org.banach.runtime.verify.CertificateCheck;
import org.banach.runtime.verify.GameContractionVerifier;
import org.junit.jupiter.api.Test;

class EntropicMatrixGameTest {

    private final SmallGainNash solver = new SmallGainNash();

    @Test
    void thePseudoGradientIsEachPlayersLogitGradientAndVanishesAtUniformPlay() {
        EntropicMatrixGame g = new EntropicMatrixGame(3, 4, 0.7, 1.0, 5);
        double[] z = g.start();
        double[] f = new double[z.length];
        g.operator(z, f);
        double h = 1e-6;
        for (int i = 0; i < z.length; i++) {
            int player = i < 2 ? 0 : 1;
            double[] p = z.clone();
            double[] m = z.clone();
            p[i] += h;
            m[i] -= h;
            double derivative = (g.loss(player, p) - g.loss(player, m)) / (2 * h);
            assertEquals(derivative, f[i], 1e-8, "dl_" + player + "/dz_" + i);
        }
        double[] zero = new double[z.length];
        g.operator(zero, f);
        for (double v : f) {
            assertEquals(0.0, v, 1e-15);
        }
        double[][] s = g.strategies(zero);
        assertEquals(1.0 / 3, s[0][1], 1e-15);
        assertEquals(0.25, s[1][3], 1e-15);
    }

    @Test
    void smallGainNashCertifiesTheDefaultGameAndReachesUniformPlay() {
        EntropicMatrixGame g = (EntropicMatrixGame) new SmallGainProblemProvider().create(EntropicMatrixGame.ID, Map.of());
        Settings s = Settings.validate(solver.parameters(), Map.of("radius", "0.5"), 0L);
        Result r = solver.solve(g, s, new TestMonitor()).toBuilder().settings(s.asMap()).build();
        assertEquals(Status.CONVERGED, r.status(), r.message());
        assertTrue(r.certificate().satisfied() && r.certificate().rate() < 1, r.message());
        for (double[] p : g.strategies(r.solution())) {
            for (double v : p) {
                assertEquals(1.0 / 3, v, 1e-7);
            }
        }
        double[] lengths = r.series().get(SmallGainNash.STEP_LENGTH);
        double measured = GameContractionVerifier.measuredRate(lengths, 0);
        assertTrue(measured <= r.certificate().rate(), measured + " > " + r.certificate().rate());
        Verification v = CertificateCheck.check(g, r, Optional.of(new GameContractionVerifier()));
        assertTrue(v.agrees() && v.satisfied(), v.message());
    }

    @Test
    void weakRegularisationIsNotCertifiedInLogitCoordinates() {
        EntropicMatrixGame g = new EntropicMatrixGame(5, 5, 0.5, 0.25, 1);
        Result r = solver.solve(g, Settings.validate(solver.parameters(), Map.of("radius", "0.5"), 0L), new TestMonitor());
        assertEquals(Status.FAILED, r.status());
        assertTrue(r.message().contains("small-gain condition fails"), r.message());
    }
}
