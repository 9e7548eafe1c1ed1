package org.banach.runtime.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.banach.api.Certificate;
import org.banach.api.conformance.KitGames;
import org.banach.api.games.MatrixGame;
import org.banach.api.games.NormalFormGame;
import org.banach.api.games.VariationalInequality;
import org.junit.jupiter.api.Test;

/** Exploitability (exact best responses) and the natural operator residual, against closed forms. */
class GameVerifiersTest {

    /** Rock–paper–scissors, zero-sum, value 0, unique equilibrium uniform. */
    static final MatrixGame RPS = KitGames.rps();

    @Test
    void rpsUniformIsUnexploitableAndAPureStrategyIsNot() {
        ExploitabilityVerifier v = new ExploitabilityVerifier();
        double third = 1.0 / 3;
        assertEquals(0.0, v.verify(RPS, new double[] {third, third, third, third, third, third}, 1e-9).value(), 1e-15);
        // row plays rock, column uniform: the column's best response (paper) gains 1, the row gains 0
        Certificate c = v.verify(RPS, new double[] {1, 0, 0, third, third, third}, 1e-9);
        assertEquals(1.0, c.value(), 1e-15);
        assertEquals(Certificate.EXPLOITABILITY, c.criterion());
        assertTrue(!c.satisfied());
        // equals the duality gap max_i (Ay)_i − min_j (x'A)_j for zero-sum games
        double[] x = {0.5, 0.3, 0.2};
        double[] y = {0.1, 0.6, 0.3};
        double[] sigma = {x[0], x[1], x[2], y[0], y[1], y[2]};
        double[] ay = new double[3];
        double[] xa = new double[3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                ay[i] += RPS.rowPayoffs()[i * 3 + j] * y[j];
                xa[j] += x[i] * RPS.rowPayoffs()[i * 3 + j];
            }
        }
        double gap = java.util.Arrays.stream(ay).max().getAsDouble() - java.util.Arrays.stream(xa).min().getAsDouble();
        assertEquals(gap, ExploitabilityVerifier.exploitability(RPS, sigma), 1e-15);
    }

    @Test
    void aProfileOutsideTheSimplexCannotBeCertified() {
        assertTrue(Double.isNaN(ExploitabilityVerifier.exploitability(RPS, new double[] {1, 1, -1, 1, 0, 0})));
        assertTrue(Double.isNaN(ExploitabilityVerifier.exploitability(RPS, new double[] {0.5, 0.5, 0, 1, 0})));
        assertTrue(Double.isNaN(ExploitabilityVerifier.exploitability(RPS, new double[] {0.5, 0.4, 0, 1, 0, 0})));
    }

    @Test
    void threePlayerNashConvSumsEachPlayersGain() {
        // each player gets 1 for matching player 0's choice, 0 otherwise (player 0 gets 1 always)
        NormalFormGame g = new NormalFormGame() {
            @Override
            public int players() {
                return 3;
            }

            @Override
            public int strategies(int player) {
                return 2;
            }

            @Override
            public double payoff(int player, int[] s) {
                return player == 0 || s[player] == s[0] ? 1 : 0;
            }

            @Override
            public String name() {
                return "test/follow-the-leader";
            }
        };
        // player 0 plays 0; players 1 and 2 play 1: each could gain 1 by matching
        assertEquals(2.0, ExploitabilityVerifier.exploitability(g, new double[] {1, 0, 0, 1, 0, 1}), 1e-15);
        assertEquals(0.0, ExploitabilityVerifier.exploitability(g, new double[] {1, 0, 1, 0, 1, 0}), 1e-15);
    }

    @Test
    void naturalResidualIsZeroAtTheSolutionOfABoxConstrainedVi() {
        // F(z) = z − c on the box [−1, 1]²: solution P(c)
        double[] c = {2.0, 0.25};
        VariationalInequality vi = new VariationalInequality() {
            @Override
            public void operator(double[] z, double[] out) {
                out[0] = z[0] - c[0];
                out[1] = z[1] - c[1];
            }

            @Override
            public void project(double[] z) {
                for (int i = 0; i < z.length; i++) {
                    z[i] = Math.max(-1, Math.min(1, z[i]));
                }
            }

            @Override
            public double[] start() {
                return new double[2];
            }

            @Override
            public String name() {
                return "test/box-vi";
            }

            @Override
            public int dimension() {
                return 2;
            }
        };
        OperatorResidualVerifier v = new OperatorResidualVerifier();
        assertEquals(0.0, v.verify(vi, new double[] {1, 0.25}, 1e-9).value(), 0.0);
        // at 0: z − F(z) = c, projected (1, 0.25): residual ‖(−1, −0.25)‖
        assertEquals(Math.hypot(1, 0.25), v.verify(vi, new double[] {0, 0}, 1e-9).value(), 1e-15);
        assertTrue(Double.isNaN(v.verify(vi, new double[] {0}, 1e-9).value()));
    }
}
