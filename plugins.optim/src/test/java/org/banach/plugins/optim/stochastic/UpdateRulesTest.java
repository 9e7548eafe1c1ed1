package org.banach.plugins.optim.stochastic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import org.banach.api.Settings;
import org.junit.jupiter.api.Test;

/** Each method's first steps against the papers' formulas, worked by hand. */
class UpdateRulesTest {

    static UpdateRule rule(StochasticSolver s, String... settings) {
        Map<String, String> given = new HashMap<>();
        for (String kv : settings) {
            int eq = kv.indexOf('=');
            given.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return s.newRule(2, Settings.validate(s.parameters(), given, 0L));
    }

    static final double[] G1 = {2, -0.5};
    static final double[] G2 = {0.1, 1};

    @Test
    void sgdHeavyBallAndNesterov() {
        double[] x = {1, 1};
        UpdateRule hb = rule(new Sgd(), "momentum=0.9");
        hb.apply(x, G1, 1, 0.1);
        assertEquals(1 - 0.1 * 2, x[0], 1e-15);
        hb.apply(x, G2, 2, 0.1);
        assertEquals(0.8 - 0.1 * (0.9 * 2 + 0.1), x[0], 1e-15);
        double[] y = {1, 1};
        rule(new Sgd(), "momentum=0.9", "nesterov=true").apply(y, G1, 1, 0.1);
        assertEquals(1 - 0.1 * (2 + 0.9 * 2), y[0], 1e-15);
        assertEquals(1 + 0.1 * (0.5 + 0.9 * 0.5), y[1], 1e-15);
    }

    @Test
    void adaGradSumsSquares() {
        double[] x = {0, 0};
        UpdateRule r = rule(new AdaGrad(), "eps=0");
        r.apply(x, G1, 1, 0.1);
        r.apply(x, G2, 2, 0.1);
        assertEquals(-0.1 - 0.1 * 0.1 / Math.sqrt(4 + 0.01), x[0], 1e-15);
        assertEquals(0.1 - 0.1 * 1 / Math.sqrt(0.25 + 1), x[1], 1e-15);
    }

    @Test
    void rmsPropMovingAverage() {
        double[] x = {0, 0};
        rule(new RmsProp(), "eps=0").apply(x, G1, 1, 0.1);
        assertEquals(-0.1 * 2 / Math.sqrt(0.1 * 4), x[0], 1e-15);
    }

    @Test
    void adamFirstStepIsSignedLearningRateAndBiasCorrected() {
        double[] x = {1, 1};
        UpdateRule r = rule(new Adam(), "eps=0");
        r.apply(x, G1, 1, 0.1);
        assertEquals(0.9, x[0], 1e-15);
        assertEquals(1.1, x[1], 1e-15);
        r.apply(x, G2, 2, 0.1);
        double m = (0.9 * 0.1 * 2 + 0.1 * 0.1) / (1 - 0.81);
        double v = (0.999 * 0.001 * 4 + 0.001 * 0.01) / (1 - 0.999 * 0.999);
        assertEquals(0.9 - 0.1 * m / Math.sqrt(v), x[0], 1e-14);
    }

    @Test
    void adamWDecaysDecoupled() {
        double[] x = {1, -2};
        rule(new AdamW(), "eps=0", "weightDecay=0.5").apply(x, G1, 1, 0.1);
        assertEquals(1 - 0.1 * (1 + 0.5 * 1), x[0], 1e-15);
        assertEquals(-2 - 0.1 * (-1 + 0.5 * -2), x[1], 1e-15);
    }

    @Test
    void amsGradKeepsTheLargestSecondMoment() {
        double[] x = {0, 0};
        UpdateRule r = rule(new AmsGrad(), "eps=0", "beta1=0");
        r.apply(x, G1, 1, 0.1);
        r.apply(x, G2, 2, 0.1);
        double v1 = 0.001 * 4;
        double v2 = 0.999 * v1 + 0.001 * 0.01;
        double vMax = Math.max(v1, v2);
        assertEquals(-0.1 - 0.1 * 0.1 / Math.sqrt(vMax / (1 - 0.999 * 0.999)), x[0], 1e-15);
        double[] y = {0, 0};
        UpdateRule adam = rule(new Adam(), "eps=0", "beta1=0");
        adam.apply(y, G1, 1, 0.1);
        adam.apply(y, G2, 2, 0.1);
        assertEquals(-0.1 - 0.1 * 0.1 / Math.sqrt(v2 / (1 - 0.999 * 0.999)), y[0], 1e-15);
    }

    @Test
    void lionSignOfInterpolatedMomentumWithDecay() {
        double[] x = {1, 1};
        UpdateRule r = rule(new Lion(), "weightDecay=0.5");
        r.apply(x, G1, 1, 0.1);
        assertEquals(1 - 0.1 * (1 + 0.5), x[0], 1e-15);
        assertEquals(1 - 0.1 * (-1 + 0.5), x[1], 1e-15);
        // m = 0.01·G1 = (0.02, −0.005); c = 0.9 m + 0.1 G2 = (0.028, 0.0955): both positive
        r.apply(x, G2, 2, 0.1);
        assertEquals(0.85 - 0.1 * (1 + 0.5 * 0.85), x[0], 1e-15);
        assertEquals(1.05 - 0.1 * (1 + 0.5 * 1.05), x[1], 1e-15);
    }
}
