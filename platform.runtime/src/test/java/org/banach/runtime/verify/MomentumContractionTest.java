package org.banach.runtime.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.banach.api.Certificate;
import org.banach.api.Result;
import org.banach.api.Status;
import org.banach.api.Verification;
import org.banach.api.games.DifferentiableGame;
import org.junit.jupiter.api.Test;

/**
 * Complex-momentum contraction claims on min_x max_y xy (F = (y, −x), J = [[0, 1], [−1, 0]], eigenvalues
 * ±i), replayed here from the iteration's definition (not the solver's code): the radii are numpy's
 * eigenvalues of the 3×3 per-mode matrices [[1−αλ, αβr, −αβi], [−λ, βr, −βi], [0, βi, βr]], λ = ±i
 * (β = 0.9e^{iπ/8}: 0.9856900672620259; β = 0.9: 1.1210984071111325; β = 0, plain GDA: √1.0025), and of
 * the 6×6 alternating matrix (0.984567).
 */
class MomentumContractionTest {

    private static final double RHO_SIMULTANEOUS = 0.9856900672620259;
    private static final double RHO_REAL = 1.1210984071111325;
    private static final double RHO_ALTERNATING = 0.984567;
    private static final String METRIC = "complex-momentum[step=0.05,momentum=0.9,phase=0.125,mode=simultaneous]";
    private final GameContractionVerifier verifier = new GameContractionVerifier();

    private static final DifferentiableGame XY = new AffinePairGame("test/xy", new double[][] {{0, 1}, {-1, 0}},
            new double[2], new double[] {1, 1}, true);

    /**
     * The iteration μ ← βμ − F(ω), ω ← ω + αℜμ from (1, 1), μ₀ = 0, for n steps (alternating: x first, then
     * y with F at the new x), with the residual ‖F(ω_k)‖ of every iterate recorded and the given claim.
     */
    private static Result run(double alpha, double modulus, double phase, boolean alternating, int n, Certificate claim) {
        double br = modulus * Math.cos(Math.PI * phase);
        double bi = modulus * Math.sin(Math.PI * phase);
        double[] w = XY.start();
        double[] mr = new double[2];
        double[] mi = new double[2];
        double[] f = new double[2];
        double[] r = new double[n + 1];
        XY.operator(w, f);
        r[0] = Math.hypot(f[0], f[1]);
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < 2; i++) {
                if (alternating && i == 1) {
                    XY.operator(w, f);
                }
                double nr = br * mr[i] - bi * mi[i] - f[i];
                mi[i] = bi * mr[i] + br * mi[i];
                mr[i] = nr;
                w[i] += alpha * nr;
            }
            XY.operator(w, f);
            r[k + 1] = Math.hypot(f[0], f[1]);
        }
        return Result.builder(Status.ITERATION_LIMIT).solution(w).iterations(n).certificate(claim)
                .series(MomentumContraction.RESIDUAL, r).build();
    }

    private static Certificate claim(double rate, String metric) {
        return Certificate.contraction(rate, 1.0, metric, 0.072);
    }

    @Test
    void rebuildsTheSimultaneousIterationOfAnHonestClaimAndAgrees() {
        Result r = run(0.05, 0.9, 0.125, false, 3000, claim(RHO_SIMULTANEOUS, METRIC));
        Certificate c = verifier.verify(XY, r, 1.0);
        assertEquals(RHO_SIMULTANEOUS, c.value(), 1e-12);
        assertTrue(c.satisfied());
        assertEquals(METRIC, c.metric());
        double measured = MomentumContraction.measuredRate(r.series().get(MomentumContraction.RESIDUAL));
        assertEquals(RHO_SIMULTANEOUS, measured, 2e-4, "the residuals decay at the radius");
        Verification v = CertificateCheck.check(XY, r, Optional.of(verifier));
        assertTrue(v.agrees() && v.satisfied(), v.message());
    }

    @Test
    void refusesAClaimedRateSmallerThanTheRadius() {
        Result r = run(0.05, 0.9, 0.125, false, 3000, claim(0.95, METRIC));
        Verification v = CertificateCheck.check(XY, r, Optional.of(verifier));
        assertFalse(v.agrees(), "claimed 0.95 but the radius is 0.98569");
        assertEquals(RHO_SIMULTANEOUS, v.value(), 1e-12);
    }

    @Test
    void realMomentumHasRadiusAboveOneAndIsNotCertified() {
        String metric = "complex-momentum[step=0.05,momentum=0.9,phase=0.0,mode=simultaneous]";
        Result r = run(0.05, 0.9, 0, false, 200, claim(RHO_REAL, metric));
        Certificate c = verifier.verify(XY, r, 1.0);
        assertEquals(RHO_REAL, c.value(), 1e-12);
        assertFalse(c.satisfied());
        Verification v = CertificateCheck.check(XY, r, Optional.of(verifier));
        assertFalse(v.satisfied());
        assertTrue(v.agrees(), "a failed claim of the right radius agrees: " + v.message());
        double gda = MomentumContraction.radius(XY, MomentumContraction.parse(metric.replace("0.9", "0.0")), XY.start());
        assertEquals(Math.sqrt(1.0025), gda, 1e-12, "beta = 0: plain GDA, |1 - 0.05i|");
    }

    @Test
    void reproducesTheAlternatingRadius() {
        String metric = "complex-momentum[mode=alternating,step=0.05,momentum=0.9,phase=0.125]";
        Result r = run(0.05, 0.9, 0.125, true, 3000, claim(RHO_ALTERNATING, metric));
        Certificate c = verifier.verify(XY, r, 1.0);
        assertEquals(RHO_ALTERNATING, c.value(), 1e-6);
        assertTrue(c.satisfied());
        assertEquals(RHO_ALTERNATING,
                MomentumContraction.measuredRate(r.series().get(MomentumContraction.RESIDUAL)), 2e-4);
        assertTrue(CertificateCheck.check(XY, r, Optional.of(verifier)).agrees());
        assertTrue(Math.abs(c.value() - RHO_SIMULTANEOUS) > 1e-3, "the alternating matrix is another one");
    }

    @Test
    void aTighterToleranceThanTheRadiusFails() {
        Result r = run(0.05, 0.9, 0.125, false, 3000, claim(RHO_SIMULTANEOUS, METRIC));
        Certificate c = verifier.verify(XY, r, 0.98);
        assertEquals(RHO_SIMULTANEOUS, c.value(), 1e-12);
        assertFalse(c.satisfied());
    }

    @Test
    void residualsThatDecaySlowerThanTheRadiusFailWithTheMeasuredRate() {
        double[] slow = new double[400];
        for (int k = 0; k < slow.length; k++) {
            slow[k] = Math.pow(0.995, k);
        }
        Result r = run(0.05, 0.9, 0.125, false, 3000, claim(RHO_SIMULTANEOUS, METRIC)).toBuilder()
                .series(MomentumContraction.RESIDUAL, slow).build();
        Certificate c = verifier.verify(XY, r, 1.0);
        assertEquals(0.995, c.value(), 1e-12);
        assertFalse(c.satisfied());
        assertFalse(CertificateCheck.check(XY, r, Optional.of(verifier)).agrees());
    }

    @Test
    void theMeasuredRateIgnoresTheRoundingFloorAndShortRuns() {
        double[] r = new double[200];
        for (int k = 0; k < r.length; k++) {
            r[k] = Math.max(Math.pow(0.8, k), 1e-14);
        }
        assertEquals(0.8, MomentumContraction.measuredRate(r), 1e-12, "cut where r drops below 1e-12 r0");
        assertTrue(Double.isNaN(MomentumContraction.measuredRate(new double[] {1, 0.5, 0.25})));
        assertTrue(Double.isNaN(MomentumContraction.measuredRate(null)));
    }

    @Test
    void aMalformedMetricCertifiesNothing() {
        for (String bad : new String[] {
                "complex-momentum[step=0.05,momentum=0.9,phase=0.125]",
                "complex-momentum[step=0.05,momentum=0.9,phase=0.125,mode=sideways]",
                "complex-momentum[step=-0.05,momentum=0.9,phase=0.125,mode=simultaneous]",
                "complex-momentum[step=0.05,momentum=0.9,phase=x,mode=simultaneous]",
                "complex-momentum[step=0.05,step=0.05,phase=0.125,mode=simultaneous]",
                "complex-momentum[step=0.05,momentum=0.9,phase=0.125,mode=simultaneous,extra=1]",
                "complex-momentum[step=0.05,momentum=0.9,phase=0.125,mode=simultaneous"}) {
            assertNull(MomentumContraction.parse(bad), bad);
            Result r = run(0.05, 0.9, 0.125, false, 50, claim(RHO_SIMULTANEOUS, bad));
            assertTrue(Double.isNaN(verifier.verify(XY, r, 1.0).value()), bad);
        }
        Result wrongLength = run(0.05, 0.9, 0.125, false, 50, claim(RHO_SIMULTANEOUS, METRIC)).toBuilder()
                .solution(new double[] {1, 2, 3}).build();
        assertTrue(Double.isNaN(verifier.verify(XY, wrongLength, 1.0).value()));
    }
}
