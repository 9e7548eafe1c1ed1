package org.banach.runtime.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.banach.api.Certificate;
import org.banach.api.optim.FixedPointMap;
import org.junit.jupiter.api.Test;

class ContractionVerifierTest {

    private final ContractionVerifier verifier = new ContractionVerifier();

    /** g(x) = A·x + b, so J = A everywhere and the fixed point solves (I − A)x = b. */
    private static FixedPointMap affine(double[] a, double[] b) {
        return new FixedPointMap() {
            @Override
            public String name() {
                return "test/affine";
            }

            @Override
            public int dimension() {
                return b.length;
            }

            @Override
            public void map(double[] x, double[] out) {
                int n = b.length;
                for (int i = 0; i < n; i++) {
                    double s = b[i];
                    for (int k = 0; k < n; k++) {
                        s += a[i * n + k] * x[k];
                    }
                    out[i] = s;
                }
            }

            @Override
            public void jacobian(double[] x, double[] out) {
                System.arraycopy(a, 0, out, 0, a.length);
            }

            @Override
            public double[] start() {
                return new double[b.length];
            }
        };
    }

    /** g(x) = x² in one dimension: fixed point 0 with J = 0, but |g'| = 2|x| exceeds 1 beyond 1/2. */
    private static final FixedPointMap SQUARE = new FixedPointMap() {
        @Override
        public String name() {
            return "test/square";
        }

        @Override
        public int dimension() {
            return 1;
        }

        @Override
        public void map(double[] x, double[] out) {
            out[0] = x[0] * x[0];
        }

        @Override
        public void jacobian(double[] x, double[] out) {
            out[0] = 2 * x[0];
        }

        @Override
        public double[] start() {
            return new double[] {0.3};
        }
    };

    @Test
    void spectralNormMatchesClosedForms() {
        // [[a, b], [0, d]]: σ_max² = (s + √(s² − 4a²d²))/2 with s = a² + b² + d²
        double a = 0.3;
        double b = -0.7;
        double d = 0.2;
        double s = a * a + b * b + d * d;
        double expected = Math.sqrt((s + Math.sqrt(s * s - 4 * a * a * d * d)) / 2);
        assertEquals(expected, FixedPointMap.spectralNorm(new double[] {a, b, 0, d}, 2), 1e-15);
        // a rotation times 2: all singular values 2
        double c = Math.cos(0.4);
        double sn = Math.sin(0.4);
        assertEquals(2.0, FixedPointMap.spectralNorm(new double[] {2 * c, -2 * sn, 2 * sn, 2 * c}, 2), 1e-15);
        // diagonal 3×3
        assertEquals(5.0, FixedPointMap.spectralNorm(new double[] {1, 0, 0, 0, -5, 0, 0, 0, 2}, 3), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> FixedPointMap.spectralNorm(new double[3], 2));
    }

    @Test
    void aContractionIsCertifiedWithItsNormEverywhere() {
        double[] a = {0.5, 0.2, 0.0, 0.3};
        FixedPointMap g = affine(a, new double[] {1, 1});
        double q = FixedPointMap.spectralNorm(a, 2);
        // fixed point: (I − A)x = b → x₂ = 1/0.7, x₁ = (1 + 0.2·x₂)/0.5
        double x2 = 1 / 0.7;
        double[] fixed = {(1 + 0.2 * x2) / 0.5, x2};
        assertEquals(0, ContractionVerifier.residual(g, fixed), 1e-15);
        Certificate at = verifier.verify(g, fixed, 1.0);
        assertEquals(Certificate.CONTRACTION, at.criterion());
        assertEquals(q, at.rate(), 1e-15);
        assertTrue(at.satisfied());
        // far away the map still contracts with the same rate: the ball is mapped into itself
        Certificate far = verifier.verify(g, new double[] {-10, 40}, 1.0);
        assertEquals(q, far.rate(), 1e-15);
        assertTrue(far.satisfied());
        // a tolerance below the rate fails
        assertFalse(verifier.verify(g, fixed, 0.5 * q).satisfied());
    }

    @Test
    void anExpansionFails() {
        double[] a = {1.5, 0.0, 0.0, 0.2};
        Certificate c = verifier.verify(affine(a, new double[] {1, 0}), new double[] {-2, 0}, 1.0);
        assertEquals(1.5, c.rate(), 1e-15);
        assertFalse(c.satisfied());
    }

    @Test
    void aPointWhoseBallLeavesTheContractingRegionIsNotCertified() {
        Certificate atFixed = verifier.verify(SQUARE, new double[] {0.0}, 1.0);
        assertEquals(0.0, atFixed.rate(), 0.0);
        assertTrue(atFixed.satisfied());
        Certificate near = verifier.verify(SQUARE, new double[] {1e-9}, 1.0);
        // r ≈ 1e-9, q₀ = 2e-9, ball radius ρ ≈ 2e-9: the sampled rate is |g'(x + ρ)| ≈ 6e-9
        assertEquals(2 * (1e-9 + 2 * (1e-9 - 1e-18) / (1 - 2e-9)), near.rate(), 1e-20);
        assertTrue(near.satisfied());
        // at 0.3: r = 0.21, |g'| = 0.6, ball radius 1.05 reaches |g'| = 2.7
        Certificate far = verifier.verify(SQUARE, new double[] {0.3}, 1.0);
        assertTrue(Double.isNaN(far.rate()), far.toString());
        assertFalse(far.satisfied());
    }

    @Test
    void wrongDimensionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> verifier.verify(SQUARE, new double[2], 1.0));
    }

    @Test
    void isRegisteredAsAVerifierService() throws IOException {
        String cls = ContractionVerifier.class.getName();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("OSGI-INF/" + cls + ".xml")) {
            assertNotNull(in, "the DS component descriptor exists");
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(xml.contains("provide interface=\"org.banach.api.CertificateVerifier\""), xml);
            assertTrue(xml.contains(Certificate.CONTRACTION), xml);
        }
    }
}
