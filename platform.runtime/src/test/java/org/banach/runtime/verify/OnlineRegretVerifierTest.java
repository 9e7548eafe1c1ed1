package org.banach.runtime.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.banach.api.Certificate;
import org.banach.api.optim.OnlineFiniteSum;
import org.banach.runtime.catalog.Catalog;
import org.junit.jupiter.api.Test;

/** The online regret certificate: R_T/T read from the problem's own score. */
class OnlineRegretVerifierTest {

    /** f_i(x) = s_i·x on [−1, 1], scoring every component call. */
    static final class Linear implements OnlineFiniteSum {
        private final double[] slopes;
        long rounds;
        double loss;
        double sum;

        Linear(double... slopes) {
            this.slopes = slopes;
        }

        @Override
        public double componentValueAndGradient(int i, double[] x, double[] g) {
            g[0] = slopes[i];
            rounds++;
            loss += slopes[i] * x[0];
            sum += slopes[i];
            return slopes[i] * x[0];
        }

        @Override
        public int components() {
            return slopes.length;
        }

        @Override
        public double valueAndGradient(double[] x, double[] g) {
            double s = java.util.Arrays.stream(slopes).sum() / slopes.length;
            g[0] = s;
            return s * x[0];
        }

        @Override
        public double[] start() {
            return new double[1];
        }

        @Override
        public String name() {
            return "test/online-linear";
        }

        @Override
        public int dimension() {
            return 1;
        }

        @Override
        public long rounds() {
            return rounds;
        }

        @Override
        public double cumulativeLoss() {
            return loss;
        }

        @Override
        public double bestFixedLoss() {
            return -Math.abs(sum);
        }
    }

    @Test
    void averageRegretIsTheScoreAgainstTheBestFixedPoint() {
        Linear p = new Linear(3, -1, -1);
        OnlineRegretVerifier v = new OnlineRegretVerifier();
        assertTrue(Double.isNaN(v.verify(p, new double[] {0}, 0.1).value()), "no round played yet");
        double[] g = new double[1];
        for (int t = 0; t < 30; t++) { // the learner always plays +1: loss 3 − 1 − 1 per cycle
            p.componentValueAndGradient(t % 3, new double[] {1}, g);
        }
        // Σ f_t(x_t) = 10·(3 − 2) = 10; Σ slopes = 10, best fixed x = −1 gives −10: R_T/T = 20/30
        Certificate c = v.verify(p, new double[] {1}, 0.1);
        assertEquals(20.0 / 30, c.value(), 1e-15);
        assertEquals(Certificate.REGRET, c.criterion());
        assertTrue(!c.satisfied());
    }

    @Test
    void aRegretClaimOnAnOnlineProblemGoesToThisVerifier() {
        Catalog catalog = new Catalog();
        GradientNormVerifier gradient = new GradientNormVerifier();
        OnlineRegretVerifier regret = new OnlineRegretVerifier();
        SequenceRegretVerifier sequences = new SequenceRegretVerifier();
        catalog.addVerifier(1, gradient);
        catalog.addVerifier(2, regret);
        catalog.addVerifier(3, sequences);
        Linear p = new Linear(1, -1);
        assertSame(regret, catalog.verifierFor(p, Certificate.REGRET).orElseThrow());
        assertSame(gradient, catalog.verifierFor(p, Certificate.GRADIENT_NORM).orElseThrow());
    }
}
