package org.banach.plugins.games.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.banach.api.Certificate;
import org.banach.api.RateFit;
import org.banach.api.Result;
import org.banach.api.Status;
import org.banach.api.Verification;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.games.DifferentiableGame;
import org.banach.runtime.verify.CertificateCheck;
import org.banach.runtime.verify.GameContractionVerifier;
import org.banach.runtime.verify.MomentumContraction;
import org.banach.runtime.verify.OperatorResidualVerifier;
import org.junit.jupiter.api.Test;

/**
 * G9, Lorraine et al. (AISTATS 2022): on bilinear games the complex-momentum iteration is linear; the
 * solver's spectral radius matches an independent numpy computation of the 3×3 per-mode matrices,
 * the semi-log fit of the measured residuals, is below 1 for β = 0.9·e^{iπ/8}, and is ≥ 1 (divergence)
 * for every real momentum in the simultaneous form; alternating updates with negative momentum converge
 * (Gidel et al. 2019) and alternating GDA (β = 0) has radius exactly 1. The claim is that radius as a
 * contraction certificate, and the runtime's {@link GameContractionVerifier} reproduces it.
 */
class ComplexMomentumTest {

    /** numpy.linalg.eigvals of [[1−αλ, αβr, −αβi], [−λ, βr, −βi], [0, βi, βr]] for λ = ±i, β = 0.9e^{iπ/8}, α = 0.05. */
    private static final double RHO_SIMULTANEOUS = 0.9856900672620259;
    /** the same for the alternating update of x·y (6×6 state matrix, numpy). */
    private static final double RHO_ALTERNATING = 0.984567;
    /** numpy: the largest step with radius &lt; 1 at β = 0.9e^{iπ/8} on x·y (bisection of the 3×3 radii). */
    private static final double SAFE_STEP = 0.07220727698366917;
    private static final String METRIC = "complex-momentum[step=0.05,momentum=0.9,phase=0.125,mode=simultaneous]";

    private static double spectral(Result r) {
        return r.series().get(ComplexMomentum.SPECTRAL_RADIUS)[0];
    }

    private static double measured(Result r) {
        return r.series().get(ComplexMomentum.MEASURED_RATE)[0];
    }

    private static Verification verified(DifferentiableGame game, Result r) {
        return CertificateCheck.check(game, r, Optional.of(new GameContractionVerifier()));
    }

    private static double lastResidual(Result r) {
        double[] res = r.series().get(ComplexMomentum.RESIDUAL);
        return res[res.length - 1];
    }

    @Test
    void complexMomentumContractsAtItsSpectralRadius() {
        DifferentiableGame xy = Runs.bilinear("n=1", "matrix=identity");
        TestMonitor m = new TestMonitor();
        Result r = Runs.solve(new ComplexMomentum(), xy, m, "tolerance=0", "maxIterations=3000");
        assertEquals(Status.ITERATION_LIMIT, r.status());
        assertEquals(RHO_SIMULTANEOUS, spectral(r), 1e-12);
        RateFit fit = RateFit.semiLog(Runs.trace(m), 1000, 3000);
        assertEquals(spectral(r), fit.factor(), 2e-4, fit.toString());
        assertEquals(spectral(r), measured(r), 2e-4);
        Certificate claim = r.certificate();
        assertEquals(Certificate.CONTRACTION, claim.criterion());
        assertEquals(RHO_SIMULTANEOUS, claim.rate(), 1e-12);
        assertTrue(claim.satisfied());
        assertEquals(METRIC, claim.metric());
        assertEquals(SAFE_STEP, claim.safeStep(), 2e-9, "where the radius is 1 - 1e-9, about 7e-10 below numpy's root");
        assertEquals(r.iterations() + 1, r.series().get(ComplexMomentum.RESIDUAL).length);
        assertEquals(m.trace().get(m.trace().size() - 1).measure(), lastResidual(r));
        assertEquals(OperatorResidualVerifier.naturalResidual(xy, r.solution()), lastResidual(r), 1e-30);
        assertEquals(r.iterations() + 1, m.counter("operator"));
        assertEquals(2, m.counter(IterationSpectrum.JACOBIAN_VECTOR));
        Verification v = verified(xy, r);
        assertTrue(v.agrees() && v.satisfied(), v.message());
        assertEquals(RHO_SIMULTANEOUS, v.value(), 1e-12);
    }

    @Test
    void theSafeStepIsWhereTheRadiusCrossesOne() {
        DifferentiableGame xy = Runs.bilinear("n=1", "matrix=identity");
        Result r = Runs.solve(new ComplexMomentum(), xy, new TestMonitor(), "tolerance=1e-8", "maxIterations=5000");
        assertEquals(Status.CONVERGED, r.status());
        double safe = r.certificate().safeStep();
        for (double[] stepAndSide : new double[][] {{safe * (1 - 1e-6), -1}, {safe * (1 + 1e-6), 1}}) {
            String metric = METRIC.replace("step=0.05", "step=" + stepAndSide[0]);
            double rho = MomentumContraction.radius(xy, MomentumContraction.parse(metric), r.solution());
            assertEquals(stepAndSide[1], Math.signum(rho - 1), "radius " + rho + " at " + stepAndSide[0]);
        }
        double[] j = IterationSpectrum.jacobian(xy, r.solution(), new TestMonitor());
        double perMode = ComplexMomentumCertificate.simultaneousRadius(ComplexMomentumCertificate.eigenvalues(j, 2), 0.05,
                0.9 * Math.cos(Math.PI / 8), 0.9 * Math.sin(Math.PI / 8));
        assertEquals(RHO_SIMULTANEOUS, perMode, 1e-12, "per-eigenvalue 3x3 radii = the 6x6 state matrix's");
        assertTrue(verified(xy, r).agrees());
        Result tight = Runs.solve(new ComplexMomentum(), xy, new TestMonitor(), "tolerance=1e-8", "maxRate=0.98");
        assertFalse(tight.certificate().satisfied());
        assertTrue(tight.message().contains("maxRate"), tight.message());
        assertTrue(verified(xy, tight).agrees());
    }

    @Test
    void withoutTheSpectrumTheClaimIsTheOperatorResidual() {
        DifferentiableGame xy = Runs.bilinear("n=1", "matrix=identity");
        Result r = Runs.solve(new ComplexMomentum(), xy, new TestMonitor(), "tolerance=1e-8", "spectrumMaxDimension=0");
        assertEquals(Certificate.OPERATOR_RESIDUAL, r.certificate().criterion());
        assertTrue(r.certificate().satisfied());
        assertEquals(OperatorResidualVerifier.naturalResidual(xy, r.solution()), r.certificate().value(), 1e-15);
        assertTrue(r.message().contains("spectrumMaxDimension"), r.message());
    }

    @Test
    void convergesOnARandomBilinearGameAtTheRadius() {
        DifferentiableGame game = Runs.bilinear("n=4", "seed=5");
        TestMonitor m = new TestMonitor();
        Result r = Runs.solve(new ComplexMomentum(), game, m, "tolerance=1e-10", "step=0.025", "maxIterations=200000");
        assertEquals(Status.CONVERGED, r.status(), r + " rho " + spectral(r));
        assertTrue(Runs.norm(r.solution()) < 1e-9);
        assertEquals(OperatorResidualVerifier.naturalResidual(game, r.solution()), lastResidual(r), 1e-15);
        assertTrue(new OperatorResidualVerifier().verify(game, r.solution(), 1e-10).satisfied());
        double rho = spectral(r);
        assertTrue(rho < 1, "rho " + rho);
        assertEquals(rho, r.certificate().rate());
        assertTrue(r.certificate().satisfied());
        assertTrue(r.certificate().safeStep() >= 0.025, "the step used contracts");
        Verification v = verified(game, r);
        assertTrue(v.agrees() && v.satisfied(), v.message());
        long k = r.iterations();
        RateFit fit = RateFit.semiLog(Runs.trace(m), k / 2, k);
        assertEquals(rho, fit.factor(), 5e-3 * (1 - rho) + 1e-4, fit + " vs " + rho);
    }

    @Test
    void realMomentumDivergesInTheSimultaneousForm() {
        DifferentiableGame xy = Runs.bilinear("n=1", "matrix=identity");
        for (String phase : new String[] {"0", "1"}) {
            for (String modulus : new String[] {"0", "0.5", "0.9"}) {
                TestMonitor m = new TestMonitor();
                Result r = Runs.solve(new ComplexMomentum(), xy, m, "tolerance=0", "maxIterations=4000",
                        "phase=" + phase, "momentum=" + modulus);
                double rho = spectral(r);
                assertTrue(rho > 1, "beta " + modulus + " phase " + phase + ": rho " + rho);
                assertFalse(r.certificate().satisfied());
                assertEquals(0, r.certificate().safeStep(), "no real momentum contracts at any step");
                assertTrue(r.message().contains("no step") && r.message().contains("momentum=0.9, phase=0.125"), r.message());
                Verification v = verified(xy, r);
                assertTrue(v.agrees() && !v.satisfied(), v.message());
                assertTrue(m.trace().get(m.trace().size() - 1).measure() > m.trace().get(0).measure(), String.valueOf(r));
                if (r.iterations() > 200) {
                    assertEquals(rho, measured(r), 1e-3, "beta " + modulus + " phase " + phase);
                }
            }
        }
        Result gda = Runs.solve(new ComplexMomentum(), xy, new TestMonitor(), "tolerance=0", "maxIterations=100000",
                "momentum=0.9", "phase=0", "step=0.3");
        assertEquals(Status.DIVERGED, gda.status(), String.valueOf(gda));
    }

    @Test
    void alternatingUpdates() {
        DifferentiableGame xy = Runs.bilinear("n=1", "matrix=identity");
        TestMonitor m = new TestMonitor();
        Result r = Runs.solve(new ComplexMomentum(), xy, m, "tolerance=0", "maxIterations=3000", "alternating=true");
        assertEquals(RHO_ALTERNATING, spectral(r), 1e-6);
        assertEquals(spectral(r), measured(r), 2e-4);
        assertEquals(METRIC.replace("simultaneous", "alternating"), r.certificate().metric());
        assertTrue(r.certificate().satisfied());
        Verification v = verified(xy, r);
        assertTrue(v.agrees() && v.satisfied(), v.message());
        assertEquals(RHO_ALTERNATING, v.value(), 1e-6);
        assertEquals(2 * r.iterations() + 1, m.counter("operator"));
        Result negative = Runs.solve(new ComplexMomentum(), xy, new TestMonitor(), "tolerance=1e-8", "alternating=true",
                "momentum=0.5", "phase=1", "step=0.5");
        assertEquals(Status.CONVERGED, negative.status(), String.valueOf(negative));
        assertTrue(spectral(negative) < 1);
        Result plain = Runs.solve(new ComplexMomentum(), xy, new TestMonitor(), "tolerance=0", "maxIterations=50",
                "alternating=true", "momentum=0", "step=0.5");
        assertEquals(1, spectral(plain), 1e-9);
        assertFalse(plain.certificate().satisfied());
        assertTrue(verified(xy, plain).agrees());
    }
}
