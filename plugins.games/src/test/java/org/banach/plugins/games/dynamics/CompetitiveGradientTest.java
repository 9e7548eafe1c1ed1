package org.banach.plugins.games.dynamics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.banach.api.RateFit;
import org.banach.api.Result;
import org.banach.api.Status;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.games.DifferentiableGame;
import org.banach.plugins.games.firstorder.Gda;
import org.banach.runtime.verify.OperatorResidualVerifier;
import org.junit.jupiter.api.Test;

/**
 * G10, competitive gradient descent (Schäfer &amp; Anandkumar 2019): on min_x max_y xy its iteration
 * contracts by exactly 1/√(1+η²) where GDA expands by √(1+η²) (semi-log fits); it reaches the saddle of
 * random bilinear games; its first step differs from GDA's by O(η²) (log-log slope 2); on a general-sum
 * quadratic game it converges to the equilibrium found by a direct linear solve.
 */
class CompetitiveGradientTest {

    private static final double ETA = 0.3;

    @Test
    void contractsOnXyWhereGdaSpiralsOut() {
        DifferentiableGame xy = Runs.bilinear("n=1", "matrix=identity");
        TestMonitor m = new TestMonitor();
        Result r = Runs.solve(new CompetitiveGradient(), xy, m, "step=" + ETA, "tolerance=0", "maxIterations=200");
        RateFit fit = RateFit.semiLog(Runs.trace(m), 0, 200);
        assertEquals(1 / Math.sqrt(1 + ETA * ETA), fit.factor(), 1e-9, fit.toString());
        assertEquals(r.iterations() + 1, m.counter("operator"));
        TestMonitor g = new TestMonitor();
        Runs.solve(new Gda(), xy, g, "step=" + ETA, "tolerance=0", "maxIterations=200");
        RateFit gda = RateFit.semiLog(Runs.trace(g), 0, 200);
        assertEquals(Math.sqrt(1 + ETA * ETA), gda.factor(), 1e-9, gda.toString());
    }

    /** On xy each mode's step is δz with δ = (1 ± iη)/(1 + η²) − 1; the optimistic recursion z' = (1 + 2δ)z − δz₋ contracts by its largest root. */
    @Test
    void optimisticVariantContractsAtItsPredictedRate() {
        DifferentiableGame xy = Runs.bilinear("n=1", "matrix=identity");
        TestMonitor m = new TestMonitor();
        Runs.solve(new CompetitiveGradient(), xy, m, "step=" + ETA, "tolerance=0", "maxIterations=300",
                "optimistic=true");
        double q = 1 + ETA * ETA;
        double dr = 1 / q - 1; // δ = dr + i·di
        double di = ETA / q;
        // s² − b s + δ = 0 with b = 1 + 2δ: s = (b ± √(b² − 4δ))/2 in complex arithmetic
        double br = 1 + 2 * dr;
        double bi = 2 * di;
        double discR = br * br - bi * bi - 4 * dr;
        double discI = 2 * br * bi - 4 * di;
        double mod = Math.hypot(discR, discI);
        double sr = Math.sqrt((mod + discR) / 2);
        double si = Math.copySign(Math.sqrt((mod - discR) / 2), discI);
        double predicted = Math.max(Math.hypot((br + sr) / 2, (bi + si) / 2), Math.hypot((br - sr) / 2, (bi - si) / 2));
        RateFit fit = RateFit.semiLog(Runs.trace(m), 100, 300);
        assertTrue(predicted < 1, "predicted " + predicted);
        assertEquals(predicted, fit.factor(), 1e-6, fit.toString());
    }

    @Test
    void reachesTheSaddleOfARandomBilinearGame() {
        DifferentiableGame game = Runs.bilinear("n=6", "seed=4");
        TestMonitor m = new TestMonitor();
        Result r = Runs.solve(new CompetitiveGradient(), game, m, "step=1", "tolerance=1e-10");
        assertEquals(Status.CONVERGED, r.status(), String.valueOf(r));
        assertTrue(Runs.norm(r.solution()) < 1e-9, String.valueOf(r));
        assertTrue(new OperatorResidualVerifier().verify(game, r.solution(), 1e-10).satisfied());
        assertEquals(OperatorResidualVerifier.naturalResidual(game, r.solution()), r.certificate().value(), 1e-15);
        assertTrue(m.counter(CompetitiveGradient.KRYLOV) <= 6 * r.iterations(), "GMRES needs at most n1 = 6 steps");
        Result gda = Runs.solve(new Gda(), game, new TestMonitor(), "step=1", "tolerance=1e-10");
        assertEquals(Status.DIVERGED, gda.status(), String.valueOf(gda));
    }

    @Test
    void stepTendsToGdasAsTheStepVanishes() {
        DifferentiableGame game = Runs.bilinear("n=3", "seed=1");
        double[] z0 = game.start();
        double[] f = new double[z0.length];
        game.operator(z0, f);
        double[] etas = {1e-1, 3e-2, 1e-2, 3e-3, 1e-3};
        double[] gap = new double[etas.length];
        for (int k = 0; k < etas.length; k++) {
            double[] z1 = Runs.solve(new CompetitiveGradient(), game, new TestMonitor(), "step=" + etas[k],
                    "tolerance=0", "maxIterations=1").solution();
            double[] diff = new double[z0.length];
            for (int i = 0; i < z0.length; i++) {
                diff[i] = z1[i] - (z0[i] - etas[k] * f[i]);
            }
            gap[k] = Runs.norm(diff);
        }
        RateFit fit = RateFit.logLog(etas, gap);
        assertEquals(2, fit.slope(), 0.02, fit.toString());
        // interaction = 0 is plain simultaneous GDA
        Result gda = Runs.solve(new Gda(), game, new TestMonitor(), "step=0.1", "tolerance=0", "maxIterations=5");
        Result none = Runs.solve(new CompetitiveGradient(), game, new TestMonitor(), "step=0.1", "tolerance=0",
                "maxIterations=5", "interaction=0");
        assertArrayEquals(gda.solution(), none.solution(), 1e-15);
    }

    @Test
    void convergesOnAGeneralSumQuadraticGame() {
        QuadraticGame game = new QuadraticGame(3, 2, 7);
        TestMonitor m = new TestMonitor();
        Result r = Runs.solve(new CompetitiveGradient(), game, m, "step=0.2", "tolerance=1e-11");
        assertEquals(Status.CONVERGED, r.status(), String.valueOf(r));
        double[] exact = new LUDecomposition(new Array2DRowRealMatrix(game.m)).getSolver()
                .solve(new ArrayRealVector(game.q).mapMultiply(-1)).toArray();
        assertArrayEquals(exact, r.solution(), 1e-9);
        TestMonitor g = new TestMonitor();
        Result gda = Runs.solve(new Gda(), game, g, "step=0.2", "tolerance=1e-11");
        assertEquals(Status.CONVERGED, gda.status(), String.valueOf(gda));
    }

    @Test
    void refusesMoreThanTwoPlayers() {
        DifferentiableGame three = new QuadraticGame(2, 2, 1) {
            @Override
            public int players() {
                return 3;
            }

            @Override
            public int blockSize(int player) {
                return player == 2 ? 0 : super.blockSize(player);
            }
        };
        Result r = Runs.solve(new CompetitiveGradient(), three, new TestMonitor());
        assertEquals(Status.INVALID_INPUT, r.status());
        assertTrue(r.message().contains("two players"), r.message());
        Result alt = Runs.solve(new ComplexMomentum(), three, new TestMonitor(), "alternating=true");
        assertEquals(Status.INVALID_INPUT, alt.status());
    }

    @Test
    void gmresSolvesANonSymmetricSystem() {
        Random rng = new Random(3);
        int n = 7;
        double[][] a = new double[n][n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = rng.nextGaussian();
            for (int j = 0; j < n; j++) {
                a[i][j] = (i == j ? 3 : 0) + rng.nextGaussian();
            }
        }
        double[] x = new double[n];
        int its = Gmres.solve((v, out) -> {
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < n; j++) {
                    s += a[i][j] * v[j];
                }
                out[i] = s;
            }
        }, b, 1e-13, 50, x);
        assertTrue(its <= n);
        double[] exact = new LUDecomposition(new Array2DRowRealMatrix(a)).getSolver().solve(new ArrayRealVector(b)).toArray();
        assertArrayEquals(exact, x, 1e-11);
    }

    /**
     * ℓ₁ = ½xᵀPx + xᵀAy + pᵀx, ℓ₂ = ½yᵀQy + yᵀCx + qᵀy with P, Q = I + small symmetric noise and A, C
     * independent (general-sum): F(z) = M z + q with M = [[P, A], [C, Q]], strongly monotone here.
     */
    static class QuadraticGame implements DifferentiableGame {
        final int n1;
        final int n2;
        final double[][] m;
        final double[] q;

        QuadraticGame(int n1, int n2, long seed) {
            this.n1 = n1;
            this.n2 = n2;
            int d = n1 + n2;
            Random rng = new Random(seed);
            m = new double[d][d];
            q = new double[d];
            for (int i = 0; i < d; i++) {
                q[i] = rng.nextGaussian();
                for (int j = 0; j < d; j++) {
                    boolean own = (i < n1) == (j < n1);
                    m[i][j] = own ? (i == j ? 1.5 : 0) : rng.nextGaussian();
                }
            }
        }

        @Override
        public String name() {
            return "quadratic-general-sum";
        }

        @Override
        public int players() {
            return 2;
        }

        @Override
        public int blockSize(int player) {
            return player == 0 ? n1 : n2;
        }

        @Override
        public double loss(int player, double[] z) {
            return Double.NaN; // not needed by the solvers under test
        }

        @Override
        public void operator(double[] z, double[] out) {
            for (int i = 0; i < q.length; i++) {
                double s = q[i];
                for (int j = 0; j < q.length; j++) {
                    s += m[i][j] * z[j];
                }
                out[i] = s;
            }
        }

        @Override
        public double[] start() {
            return new double[q.length];
        }
    }
}
