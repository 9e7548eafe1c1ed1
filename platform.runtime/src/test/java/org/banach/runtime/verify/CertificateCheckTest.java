package org.banach.runtime.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.banach.api.Certificate;
import org.banach.api.CertificateVerifier;
import org.banach.api.Result;
import org.banach.api.Status;
import org.banach.api.Verification;
import org.junit.jupiter.api.Test;

class CertificateCheckTest {

    final Quadratic q = new Quadratic(3);
    final Optional<CertificateVerifier<?>> verifier = Optional.of(new GradientNormVerifier());

    @Test
    void recomputesGradientNormFromTheProblem() {
        double[] x = {1e-3, 0, 0};
        Result r = Result.builder(Status.CONVERGED).solution(x)
                .certificate(Certificate.of(Certificate.GRADIENT_NORM, 1e-3, 1e-2)).build();
        Verification v = CertificateCheck.check(q, r, verifier);
        assertEquals(1e-3, v.value(), 1e-15);
        assertTrue(v.satisfied());
        assertTrue(v.agrees());
    }

    @Test
    void flagsAFalseClaim() {
        double[] x = {1, 1, 1}; // gradient (1,2,3), norm sqrt(14)
        Result r = Result.builder(Status.CONVERGED).solution(x)
                .certificate(Certificate.of(Certificate.GRADIENT_NORM, 1e-9, 1e-6)).build();
        Verification v = CertificateCheck.check(q, r, verifier);
        assertEquals(Math.sqrt(14), v.value(), 1e-12);
        assertFalse(v.satisfied());
        assertFalse(v.agrees());
        assertTrue(v.message().contains("recomputed"), v.message());
    }

    @Test
    void noPointMeansNothingCertified() {
        Result r = Result.failure(Status.TIME_LIMIT, "abandoned");
        Verification v = CertificateCheck.check(q, r, verifier);
        assertFalse(v.satisfied());
        assertTrue(v.message().contains("no point"));
    }

    @Test
    void missingVerifierIsSaid() {
        Result r = Result.builder(Status.CONVERGED).solution(new double[3]).build();
        Verification v = CertificateCheck.check(q, r, Optional.empty());
        assertFalse(v.satisfied());
        assertTrue(v.message().contains("no verifier"));
    }

    @Test
    void wrongDimensionIsReportedNotThrown() {
        Result r = Result.builder(Status.CONVERGED).solution(new double[2])
                .certificate(Certificate.of(Certificate.GRADIENT_NORM, 0, 1e-6)).build();
        Verification v = CertificateCheck.check(q, r, verifier);
        assertFalse(v.satisfied());
        assertFalse(v.agrees());
        assertTrue(v.message().contains("dimension 3"), v.message());
    }

    @Test
    void projectedGradientWithBounds() {
        Quadratic boxed = new Quadratic(1) {
            @Override
            public Optional<org.banach.api.optim.Bounds> bounds() {
                return Optional.of(new org.banach.api.optim.Bounds(new double[] {1}, new double[] {2}));
            }
        };
        // minimiser on the box is x = 1 where the gradient is 1 but the projected gradient is 0
        Certificate c = new GradientNormVerifier().verify(boxed, new double[] {1}, 1e-9);
        assertEquals(0.0, c.value(), 0.0);
        assertTrue(c.satisfied());
    }

    /** The check hands the verifier the whole result: optimal transport reads the run's epsilon from it. */
    @Test
    void verifiersGetTheWholeResult() {
        // a = b = (½, ½), C = [[0, 1], [1, 0]], ε = 1: f = g = (φ, φ) with e^{2φ} = 2/(1 + 1/e) is optimal
        SmallTransport ot = new SmallTransport(new double[] {0.5, 0.5}, new double[] {0.5, 0.5},
                new double[] {0, 1, 1, 0});
        double phi = 0.5 * Math.log(2 / (1 + Math.exp(-1)));
        Result r = Result.builder(Status.CONVERGED).solution(new double[] {phi, phi, phi, phi})
                .settings(java.util.Map.of("epsilon", 1.0))
                .certificate(Certificate.of(Certificate.MARGINAL_ERROR, 1e-12, 1e-9)).build();
        Verification v = CertificateCheck.check(ot, r, Optional.of(new MarginalErrorVerifier()));
        assertEquals(Certificate.MARGINAL_ERROR, v.criterion());
        assertEquals(0.0, v.value(), 1e-15);
        assertTrue(v.satisfied());
        assertTrue(v.agrees(), v.message());
        // the same potentials claimed at ε = 0.5 are not a fixed point: the check recomputes with 0.5
        Result wrongEps = r.toBuilder().settings(java.util.Map.of("epsilon", 0.5)).build();
        Verification w = CertificateCheck.check(ot, wrongEps, Optional.of(new MarginalErrorVerifier()));
        assertFalse(w.satisfied());
        assertFalse(w.agrees());
        assertTrue(w.value() > 0.1, "error " + w.value());
    }

    @Test
    void aRejectedResultIsReportedNotThrown() {
        SmallTransport ot = new SmallTransport(new double[] {1}, new double[] {1}, new double[] {0});
        Result r = Result.builder(Status.CONVERGED).solution(new double[] {0, 0})
                .settings(java.util.Map.of("epsilon", "large")).build();
        Verification v = CertificateCheck.check(ot, r, Optional.of(new MarginalErrorVerifier()));
        assertFalse(v.satisfied());
        assertTrue(v.message().contains("'epsilon' setting is large"), v.message());
    }
}
