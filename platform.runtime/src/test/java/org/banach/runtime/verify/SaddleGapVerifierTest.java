package org.banach.runtime.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.banach.api.Certificate;
import org.banach.api.games.SaddlePoint;
import org.junit.jupiter.api.Test;

/**
 * The duality-gap certificate of saddle points on the 2×2 assignment programme with costs
 * [[1, 2], [3, 1]]: optimum 2 at the identity, dual potentials u = (1, 1), v = (0, 0), i.e. y = −(u, v).
 */
class SaddleGapVerifierTest {

    private static final double[] OPTIMUM = {1, 0, 0, 1, -1, -1, 0, 0};

    /** min cᵀx s.t. row and column sums 1, x ≥ 0, in the Chambolle–Pock form of the API's javadoc. */
    static SaddlePoint assignment2x2() {
        double[] c = {1, 2, 3, 1};
        return new SaddlePoint() {
            @Override
            public String name() {
                return "assignment-2x2";
            }

            @Override
            public int primalDimension() {
                return 4;
            }

            @Override
            public int dualDimension() {
                return 4;
            }

            @Override
            public void applyK(double[] x, double[] out) {
                out[0] = x[0] + x[1];
                out[1] = x[2] + x[3];
                out[2] = x[0] + x[2];
                out[3] = x[1] + x[3];
            }

            @Override
            public void applyKT(double[] y, double[] out) {
                out[0] = y[0] + y[2];
                out[1] = y[0] + y[3];
                out[2] = y[1] + y[2];
                out[3] = y[1] + y[3];
            }

            @Override
            public void proxG(double tau, double[] x) {
                for (int k = 0; k < 4; k++) {
                    x[k] = Math.max(0, x[k] - tau * c[k]);
                }
            }

            @Override
            public void proxFStar(double sigma, double[] y) {
                for (int i = 0; i < 4; i++) {
                    y[i] -= sigma;
                }
            }

            @Override
            public double[] start() {
                return new double[8];
            }

            @Override
            public double primalObjective(double[] x) {
                return c[0] * x[0] + c[1] * x[1] + c[2] * x[2] + c[3] * x[3];
            }

            @Override
            public double dualObjective(double[] y) {
                return -(y[0] + y[1] + y[2] + y[3]);
            }

            @Override
            public double primalInfeasibility(double[] x) {
                double[] ax = new double[4];
                applyK(x, ax);
                double s = 0;
                for (int i = 0; i < 4; i++) {
                    s += (ax[i] - 1) * (ax[i] - 1) + (x[i] < 0 ? x[i] * x[i] : 0);
                }
                return Math.sqrt(s) / (1 + 2);
            }

            @Override
            public double dualInfeasibility(double[] y) {
                double[] aty = new double[4];
                applyKT(y, aty);
                double s = 0;
                for (int k = 0; k < 4; k++) {
                    double slack = c[k] + aty[k];
                    s += slack < 0 ? slack * slack : 0;
                }
                return Math.sqrt(s) / (1 + Math.sqrt(15));
            }
        };
    }

    private final SaddleGapVerifier verifier = new SaddleGapVerifier();

    @Test
    void certifiesTheOptimalPrimalDualPair() {
        Certificate c = verifier.verify(assignment2x2(), OPTIMUM, 1e-9);
        assertEquals(Certificate.DUALITY_GAP, c.criterion());
        assertEquals(0, c.value(), 0);
        assertTrue(c.satisfied());
    }

    @Test
    void measuresTheRelativeGapOfAFeasibleButSuboptimalPair() {
        // x the anti-diagonal (cost 5), y optimal (dual value 2): |5 - 2| / (1 + 5 + 2) = 3/8
        double[] z = {0, 1, 1, 0, -1, -1, 0, 0};
        assertEquals(3.0 / 8, SaddleGapVerifier.gap(assignment2x2(), z), 1e-15);
    }

    @Test
    void refusesAnInfeasiblePrimalWithTheOptimalObjective() {
        // x = [[2, 0], [0, 0]] costs 2, the optimum, and the objectives agree, but the row and column sums are off
        double[] z = OPTIMUM.clone();
        z[0] = 2;
        z[3] = 0;
        SaddlePoint p = assignment2x2();
        assertEquals(p.primalObjective(new double[] {2, 0, 0, 0}), p.dualObjective(new double[] {-1, -1, 0, 0}), 0);
        Certificate c = verifier.verify(p, z, 1e-3);
        assertEquals(Math.sqrt(4) / 3, c.value(), 1e-15); // ‖(1, −1, 1, −1)‖ / (1 + ‖b‖)
        assertFalse(c.satisfied());
    }

    @Test
    void refusesADualInfeasibleCertificateOfABetterValue() {
        // y = (-2, -2, 0, 0) claims the dual value 4 > 2, but c + Aᵀy has entries −1
        double[] z = {1, 0, 0, 1, -2, -2, 0, 0};
        assertFalse(verifier.verify(assignment2x2(), z, 1e-3).satisfied());
    }

    @Test
    void cannotCertifyAMisshapenOrNonFinitePoint() {
        assertTrue(Double.isNaN(verifier.verify(assignment2x2(), new double[] {1, 0, 0, 1}, 1).value()));
        double[] nan = OPTIMUM.clone();
        nan[5] = Double.NaN;
        assertFalse(verifier.verify(assignment2x2(), nan, 1).satisfied());
    }

    @Test
    void isRegisteredAsTheSaddleDualityGapVerifier() throws IOException {
        assertEquals(SaddlePoint.class, verifier.problemType());
        String cls = SaddleGapVerifier.class.getName();
        String xml;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("OSGI-INF/" + cls + ".xml")) {
            assertNotNull(in, "the DS component descriptor exists");
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(xml.contains("provide interface=\"org.banach.api.CertificateVerifier\""), xml);
        assertTrue(xml.matches("(?s).*property name=\"banach.verifier.criterion\"( type=\"String\")? value=\""
                + Certificate.DUALITY_GAP + "\".*"), xml);
    }
}
