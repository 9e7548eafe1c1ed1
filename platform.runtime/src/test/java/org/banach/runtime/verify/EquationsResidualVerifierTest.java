package org.banach.runtime.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.banach.api.Certificate;
import org.banach.api.optim.NonlinearEquations;
import org.banach.runtime.catalog.Catalog;
import org.junit.jupiter.api.Test;

class EquationsResidualVerifierTest {

    /** F(x) = (x₁² + x₂² − 1, 0): the unit circle is the solution set; the start is {@code start}. */
    private static NonlinearEquations circle(double... start) {
        return new NonlinearEquations() {
            @Override
            public String name() {
                return "circle";
            }

            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public int equationCount() {
                return 2;
            }

            @Override
            public void residual(double[] x, double[] out) {
                out[0] = x[0] * x[0] + x[1] * x[1] - 1;
                out[1] = 0;
            }

            @Override
            public void jacobian(double[] x, double[] out) {
                out[0] = 2 * x[0];
                out[1] = 2 * x[1];
                out[2] = 0;
                out[3] = 0;
            }

            @Override
            public double[] start() {
                return start.clone();
            }
        };
    }

    private final EquationsResidualVerifier verifier = new EquationsResidualVerifier();

    @Test
    void residualRelativeToTheStart() {
        NonlinearEquations p = circle(2, 0); // ‖F(x₀)‖ = 3
        Certificate c = verifier.verify(p, new double[] {1, 1}, 0.5);
        assertEquals(Certificate.RELATIVE_RESIDUAL, c.criterion());
        assertEquals(1.0 / 3, c.value(), 1e-15);
        assertTrue(c.satisfied());
        assertEquals(0.0, verifier.verify(p, new double[] {0.6, 0.8}, 1e-12).value(), 1e-15);
        assertFalse(verifier.verify(p, new double[] {3, 0}, 1).satisfied()); // 8/3
    }

    @Test
    void absoluteWhenTheStartSolves() {
        assertEquals(3.0, verifier.verify(circle(1, 0), new double[] {2, 0}, 1).value(), 1e-15);
    }

    @Test
    void nanAndWrongLength() {
        assertTrue(Double.isNaN(verifier.verify(circle(2, 0), new double[] {Double.NaN, 0}, 1).value()));
        assertFalse(verifier.verify(circle(2, 0), new double[] {Double.NaN, 0}, 1).satisfied());
        assertThrows(IllegalArgumentException.class, () -> verifier.verify(circle(2, 0), new double[] {1}, 1));
    }

    @Test
    void theCatalogPicksItForTheFamily() {
        Catalog catalog = new Catalog();
        catalog.addVerifier(1, new GradientNormVerifier());
        catalog.addVerifier(2, new RelativeResidualVerifier());
        catalog.addVerifier(3, verifier);
        assertSame(verifier, catalog.verifierFor(circle(2, 0)).orElseThrow());
    }

    @Test
    void isRegisteredAsAVerifierService() throws IOException {
        String cls = EquationsResidualVerifier.class.getName();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("OSGI-INF/" + cls + ".xml")) {
            assertNotNull(in, "the DS component descriptor exists");
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(xml.contains("provide interface=\"org.banach.api.CertificateVerifier\""), xml);
            assertTrue(xml.contains(Certificate.RELATIVE_RESIDUAL), xml);
        }
    }
}
