package org.banach.runtime.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.banach.api.Certificate;
import org.banach.api.optim.ConvexSetObjective;
import org.banach.runtime.catalog.Catalog;
import org.junit.jupiter.api.Test;

class FrankWolfeGapVerifierTest {

    /** f(x) = ½‖x − c‖² over the probability simplex in R³, c = (1, 0, 0): minimiser e₁. */
    static final class SimplexDistance implements ConvexSetObjective {
        @Override
        public String name() {
            return "test/simplex-distance";
        }

        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public double value(double[] x) {
            return valueAndGradient(x, new double[3]);
        }

        @Override
        public double valueAndGradient(double[] x, double[] g) {
            double[] c = {1, 0, 0};
            double f = 0;
            for (int i = 0; i < 3; i++) {
                g[i] = x[i] - c[i];
                f += 0.5 * g[i] * g[i];
            }
            return f;
        }

        @Override
        public double[] start() {
            return new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3};
        }

        @Override
        public void linearMinimizer(double[] d, double[] s) {
            int best = 0;
            for (int i = 1; i < d.length; i++) {
                if (d[i] < d[best]) {
                    best = i;
                }
            }
            java.util.Arrays.fill(s, 0.0);
            s[best] = 1;
        }

        @Override
        public String feasibleSet() {
            return "probability simplex in R^3";
        }
    }

    @Test
    void gapIsZeroAtTheMinimiserAndMatchesTheClosedFormElsewhere() {
        SimplexDistance p = new SimplexDistance();
        assertEquals(0.0, FrankWolfeGapVerifier.gap(p, new double[] {1, 0, 0}), 0.0);
        // at the barycentre: g = (-2/3, 1/3, 1/3), s = e1, gap = <g, x - e1> = -2/9 - 2/9·... computed:
        double[] x = p.start();
        double expected = (-2.0 / 3) * (1.0 / 3 - 1) + (1.0 / 3) * (1.0 / 3) + (1.0 / 3) * (1.0 / 3);
        assertEquals(expected, FrankWolfeGapVerifier.gap(p, x), 1e-15);
        Certificate c = new FrankWolfeGapVerifier().verify(p, x, 1e-6);
        assertEquals(Certificate.DUALITY_GAP, c.criterion());
        assertTrue(!c.satisfied());
    }

    @Test
    void theMostSpecificVerifierIsChosen() {
        Catalog catalog = new Catalog();
        GradientNormVerifier smooth = new GradientNormVerifier();
        FrankWolfeGapVerifier fw = new FrankWolfeGapVerifier();
        catalog.addVerifier(1, smooth);
        catalog.addVerifier(2, fw);
        assertSame(fw, catalog.verifierFor(new SimplexDistance()).orElseThrow());
        assertSame(smooth, catalog.verifierFor(new Quadratic(2)).orElseThrow());
    }
}
