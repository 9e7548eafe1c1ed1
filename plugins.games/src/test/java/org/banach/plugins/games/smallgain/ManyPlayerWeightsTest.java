package org.banach.plugins.games.smallgain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Status;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.games.DifferentiableGame;
import org.junit.jupiter.api.Test;

/** Weights for more than two players (pattern search) and the dimension limit. */
class ManyPlayerWeightsTest {

    /** Scalar players with F(z) = Jz (row-major J), solution 0, start (1, …, 1). */
    private static DifferentiableGame linear(double[] j) {
        int n = (int) Math.round(Math.sqrt(j.length));
        return new DifferentiableGame() {
            @Override
            public String name() {
                return "test/linear-" + n;
            }

            @Override
            public int players() {
                return n;
            }

            @Override
            public int blockSize(int player) {
                return 1;
            }

            @Override
            public double loss(int player, double[] z) {
                double s = 0;
                for (int c = 0; c < n; c++) {
                    s += (c == player ? 0.5 : 1.0) * j[player * n + c] * z[c] * z[player];
                }
                return s;
            }

            @Override
            public void operator(double[] z, double[] out) {
                for (int r = 0; r < n; r++) {
                    double s = 0;
                    for (int c = 0; c < n; c++) {
                        s += j[r * n + c] * z[c];
                    }
                    out[r] = s;
                }
            }

            @Override
            public void jacobianVector(double[] z, double[] v, double[] out) {
                operator(v, out);
            }

            @Override
            public double[] start() {
                double[] s = new double[n];
                java.util.Arrays.fill(s, 1.0);
                return s;
            }
        };
    }

    @Test
    void aDecoupledThirdPlayerLeavesTheTwoPlayerOptimum() {
        DifferentiableGame g = linear(new double[] {1, 3.2, 0, 0.2, 1, 0, 0, 0, 1});
        SmallGainBounds b = new SmallGainBounds(g, List.of(g.start()));
        double[] w = b.bestWeights();
        assertEquals(0.2, b.margin(w), 1e-9, "the two-player margin 1 - sqrt(3.2*0.2)");
        assertEquals(16.0, w[1] / w[0], 1e-3);
    }

    @Test
    void thePatternSearchBeatsUnitAndRandomWeightsOnACyclicGame() {
        // player i is pushed by player i+1 strongly and by player i-1 weakly
        double[] j = {1, 2.0, 0.1, 0.1, 1, 2.0, 2.0, 0.1, 1.2};
        DifferentiableGame g = linear(j);
        SmallGainBounds b = new SmallGainBounds(g, List.of(g.start()));
        double best = b.margin(b.bestWeights());
        assertTrue(best > b.margin(new double[] {1, 1, 1}), best + " vs unit weights");
        SplittableRandom rng = new SplittableRandom(2);
        for (int t = 0; t < 200; t++) {
            double[] w = {1, Math.exp(6 * rng.nextDouble() - 3), Math.exp(6 * rng.nextDouble() - 3)};
            assertTrue(best >= b.margin(w) - 1e-9, "random weights " + java.util.Arrays.toString(w));
        }
    }

    @Test
    void gamesBeyondTheDenseLimitAreRefusedWithTheLimit() {
        SmallGainNash solver = new SmallGainNash();
        Result r = solver.solve(new CoupledQuadraticGame(101, 0.8, 16, 1, 0),
                Settings.validate(solver.parameters(), Map.of(), 0L), new TestMonitor());
        assertEquals(Status.INVALID_INPUT, r.status());
        assertTrue(r.message().contains("at most 200"), r.message());
    }
}
