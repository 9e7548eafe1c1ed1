package org.banach.plugins.games.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.banach.api.Certificate;
import org.banach.api.RateFit;
import org.banach.api.Result;
import org.banach.api.Status;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.games.DifferentiableGame;
import org.banach.runtime.verify.OperatorResidualVerifier;
import org.junit.jupiter.api.Test;

/**
 * G9, Lorraine et al. (AISTATS 2022): on bilinear games the complex-momentum iteration is linear; the
 * solver's spectral radius matches an independent numpy computation of the 3×3 per-mode matrices,
 * the semi-log fit of the measured residuals, is below 1 for β = 0.9·e^{iπ/8}, and is ≥ 1 (divergence)
 * for every real momentum in the simultaneous form; alternating updates with negative momentum converge
 * (Gidel et al. 2019) and alternating GDA (β = 0) has radius exactly 1.
 */
class ComplexMomentumTest {

    /** numpy.linalg.eigvals of [[1−αλ, αβr, −αβi], [−λ, βr, −βi], [0, βi, βr]] for λ = ±i, β = 0.9e^{iπ/8}, α = 0.05. */
    private static final double RHO_SIMULTANEOUS = 0.9856900672620259;
    /** the same for the alternating update of x·y (6×6 state matrix, numpy). */
    private static final double RHO_ALTERNATING = 0.984567;

    private static double spectral(Result r) {
        return r.series().get(ComplexMomentum.SPECTRAL_RADIUS)[0];
    }

    private static double measured(Result r) {
        return r.series().get(ComplexMomentum.MEASURED_RATE)[0];
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
        assertEquals(Certificate.OPERATOR_RESIDUAL, r.certificate().criterion());
        assertEquals(r.iterations() + 1, m.counter("operator"));
        assertEquals(2, m.counter(IterationSpectrum.JACOBIAN_VECTOR));
    }

    @Test
    void convergesOnARandomBilinearGameAtTheRadius() {
        DifferentiableGame game = Runs.bilinear("n=4", "seed=5");
        TestMonitor m = new TestMonitor();
        Result r = Runs.solve(new ComplexMomentum(), game, m, "tolerance=1e-10", "step=0.025", "maxIterations=200000");
        assertEquals(Status.CONVERGED, r.status(), r + " rho " + spectral(r));
        assertTrue(Runs.norm(r.solution()) < 1e-9);
        assertEquals(OperatorResidualVerifier.naturalResidual(game, r.solution()), r.certificate().value(), 1e-15);
        assertTrue(new OperatorResidualVerifier().verify(game, r.solution(), 1e-10).satisfied());
        double rho = spectral(r);
        assertTrue(rho < 1, "rho " + rho);
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
        assertEquals(2 * r.iterations() + 1, m.counter("operator"));
        Result negative = Runs.solve(new ComplexMomentum(), xy, new TestMonitor(), "tolerance=1e-8", "alternating=true",
                "momentum=0.5", "phase=1", "step=0.5");
        assertEquals(Status.CONVERGED, negative.status(), String.valueOf(negative));
        assertTrue(spectral(negative) < 1);
        Result plain = Runs.solve(new ComplexMomentum(), xy, new TestMonitor(), "tolerance=0", "maxIterations=50",
                "alternating=true", "momentum=0", "step=0.5");
        assertEquals(1, spectral(plain), 1e-9);
    }
}
