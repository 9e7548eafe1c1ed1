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
import java.util.OptionalDouble;

import org.banach.api.Certificate;
import org.banach.api.optim.CompositeObjective;
import org.banach.api.optim.NonsmoothObjective;
import org.banach.api.optim.ProblemConstants;
import org.banach.api.optim.SmoothObjective;
import org.banach.runtime.catalog.Catalog;
import org.junit.jupiter.api.Test;

/** The prox-gradient-mapping and optimality-gap verifiers on problems with closed-form answers. */
class CompositeAndNonsmoothVerifiersTest {

    /** F(x) = ½‖x − c‖² + λ‖x‖₁ with L = 1: minimiser soft(c, λ). */
    static final class OneDimLasso implements CompositeObjective, ProblemConstants {
        final double[] c;
        final double lambda;

        OneDimLasso(double[] c, double lambda) {
            this.c = c;
            this.lambda = lambda;
        }

        @Override
        public String name() {
            return "test/l1-distance";
        }

        @Override
        public SmoothObjective smoothPart() {
            return new SmoothObjective() {
                @Override
                public String name() {
                    return "test/distance";
                }

                @Override
                public int dimension() {
                    return c.length;
                }

                @Override
                public double value(double[] x) {
                    return valueAndGradient(x, new double[c.length]);
                }

                @Override
                public double valueAndGradient(double[] x, double[] g) {
                    double f = 0;
                    for (int i = 0; i < c.length; i++) {
                        g[i] = x[i] - c[i];
                        f += 0.5 * g[i] * g[i];
                    }
                    return f;
                }

                @Override
                public double[] start() {
                    return new double[c.length];
                }
            };
        }

        @Override
        public double regularizer(double[] x) {
            double s = 0;
            for (double v : x) {
                s += Math.abs(v);
            }
            return lambda * s;
        }

        @Override
        public void prox(double[] v, double gamma, double[] out) {
            for (int i = 0; i < v.length; i++) {
                out[i] = Math.signum(v[i]) * Math.max(0, Math.abs(v[i]) - gamma * lambda);
            }
        }

        @Override
        public OptionalDouble smoothness() {
            return OptionalDouble.of(1);
        }
    }

    /** f(x) = |x₁| + |x₂ − 1|, minimum 0 at (0, 1); optimum published or not. */
    static final class Absolute implements NonsmoothObjective {
        final boolean publishes;

        Absolute(boolean publishes) {
            this.publishes = publishes;
        }

        @Override
        public String name() {
            return "test/absolute";
        }

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public double value(double[] x) {
            return Math.abs(x[0]) + Math.abs(x[1] - 1);
        }

        @Override
        public double valueAndSubgradient(double[] x, double[] s) {
            s[0] = x[0] >= 0 ? 1 : -1;
            s[1] = x[1] >= 1 ? 1 : -1;
            return value(x);
        }

        @Override
        public double[] start() {
            return new double[2];
        }

        @Override
        public OptionalDouble knownOptimalValue() {
            return publishes ? OptionalDouble.of(0) : OptionalDouble.empty();
        }
    }

    @Test
    void gradientMappingVanishesAtTheMinimiserAndHasTheClosedFormElsewhere() {
        OneDimLasso p = new OneDimLasso(new double[] {3, -0.5, -2}, 1);
        assertEquals(1.0, p.certificateStep(), 0.0);
        assertEquals(0.0, ProxGradientMappingVerifier.mappingNorm(p, new double[] {2, 0, -1}, 1), 0.0);
        // at x = 0 with γ = 1: prox(c) = (2, 0, -1), G = (0 − prox)/1, norm √5
        Certificate c = new ProxGradientMappingVerifier().verify(p, new double[3], 1e-6);
        assertEquals(CompositeObjective.PROX_GRADIENT_MAPPING, c.criterion());
        assertEquals(Math.sqrt(5), c.value(), 1e-15);
        assertFalse(c.satisfied());
        // a smaller γ: prox_{γλ|.|}(x − γ(x − c)) at x = 0 is soft(γc, γ) = γ·soft(c, 1): same norm
        assertEquals(Math.sqrt(5), ProxGradientMappingVerifier.mappingNorm(p, new double[3], 0.25), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> ProxGradientMappingVerifier.mappingNorm(p, new double[2], 1));
    }

    @Test
    void optimalityGapIsMeasuredAgainstThePublishedOptimumAndRefusedWithoutOne() {
        Certificate c = new OptimalityGapVerifier().verify(new Absolute(true), new double[] {0.5, 0.75}, 1e-3);
        assertEquals(NonsmoothObjective.OPTIMALITY_GAP, c.criterion());
        assertEquals(0.75, c.value(), 1e-15);
        assertTrue(new OptimalityGapVerifier().verify(new Absolute(true), new double[] {0, 1}, 1e-12).satisfied());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new OptimalityGapVerifier().verify(new Absolute(false), new double[] {0, 1}, 1e-3));
        assertTrue(e.getMessage().contains("publishes no optimal value"), e.getMessage());
    }

    @Test
    void catalogPicksTheFamilyVerifier() {
        Catalog catalog = new Catalog();
        GradientNormVerifier smooth = new GradientNormVerifier();
        ProxGradientMappingVerifier prox = new ProxGradientMappingVerifier();
        OptimalityGapVerifier gap = new OptimalityGapVerifier();
        catalog.addVerifier(1, smooth);
        catalog.addVerifier(2, prox);
        catalog.addVerifier(3, gap);
        assertSame(prox, catalog.verifierFor(new OneDimLasso(new double[] {1}, 1)).orElseThrow());
        assertSame(gap, catalog.verifierFor(new Absolute(true)).orElseThrow());
        assertSame(smooth, catalog.verifierFor(new Quadratic(2)).orElseThrow());
    }

    @Test
    void bothAreRegisteredAsVerifierServices() throws IOException {
        for (String[] v : new String[][] {{"ProxGradientMappingVerifier", CompositeObjective.PROX_GRADIENT_MAPPING},
            {"OptimalityGapVerifier", NonsmoothObjective.OPTIMALITY_GAP}}) {
            String cls = "org.banach.runtime.verify." + v[0];
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("OSGI-INF/" + cls + ".xml")) {
                assertNotNull(in, "the DS component descriptor of " + v[0] + " exists");
                String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(xml.contains("value=\"" + v[1] + "\""), xml);
            }
        }
    }
}
