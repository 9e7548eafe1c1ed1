package org.banach.plugins.optim.stochastic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.banach.api.Result;
import org.banach.api.Status;
import org.banach.api.optim.Bounds;
import org.banach.api.optim.FiniteSumObjective;
import org.banach.plugins.optim.problems.finitesum.AmsgradCounterexample;
import org.banach.plugins.optim.problems.finitesum.FiniteSumProblemProvider;
import org.junit.jupiter.api.Test;

/**
 * O5, Reddi, Kale &amp; Kumar (ICLR 2018), Theorem 1 and §3: on f_t(x) = C x (t mod 3 = 1), −x
 * otherwise, over [−1, 1] with C = 3, β₁ = 0, β₂ = 1/(1 + C²) and α_t = α/√t, replayed in the paper's
 * order (cyclic sampling, batch size 1), Adam ends at the worst point +1 with linear regret while
 * AMSGrad ends at the optimum −1 with average regret R_T/T → 0. The regret of the online learner is
 * read off the component calls: R_T = Σ_{t≤T} f_t(x_t) − min_{x∈[−1,1]} Σ_{t≤T} f_t(x).
 */
class AdamCounterexampleTest {

    static final int DOUBLINGS = 14;
    static final long T_MAX = 3L << DOUBLINGS;
    static final double ALPHA = 0.5;

    /** The counterexample, recording the online regret at T = 3·2^k. */
    static final class Regret implements FiniteSumObjective {
        final AmsgradCounterexample p;
        final double[] checkpoints = new double[DOUBLINGS + 1];
        final double[] regret = new double[DOUBLINGS + 1];
        long t;
        double loss;
        double slopes;

        Regret(AmsgradCounterexample p) {
            this.p = p;
        }

        @Override
        public double componentValueAndGradient(int i, double[] x, double[] gradient) {
            double f = p.componentValueAndGradient(i, x, gradient);
            t++;
            loss += f;
            slopes += p.slope(i);
            long k = Long.numberOfTrailingZeros(t / 3);
            if (t % 3 == 0 && Long.bitCount(t / 3) == 1 && k <= DOUBLINGS) {
                checkpoints[(int) k] = t;
                regret[(int) k] = loss + Math.abs(slopes); // min over [-1,1] of x·Σslopes is −|Σslopes|
            }
            return f;
        }

        @Override
        public int components() {
            return 3;
        }

        @Override
        public double valueAndGradient(double[] x, double[] g) {
            return p.valueAndGradient(x, g);
        }

        @Override
        public String name() {
            return p.name();
        }

        @Override
        public int dimension() {
            return 1;
        }

        @Override
        public double[] start() {
            return p.start();
        }

        @Override
        public Optional<Bounds> bounds() {
            return p.bounds();
        }

        @Override
        public OptionalDouble knownOptimalValue() {
            return p.knownOptimalValue();
        }

        double[] averageRegret() {
            double[] r = new double[regret.length];
            for (int k = 0; k < r.length; k++) {
                r[k] = regret[k] / checkpoints[k];
            }
            return r;
        }
    }

    static Regret problem() {
        return new Regret((AmsgradCounterexample) new FiniteSumProblemProvider()
                .create(AmsgradCounterexample.ID, Map.of("C", "3")));
    }

    static Result run(StochasticSolver s, Regret p) {
        double c = p.p.c();
        return Runs.solve(s, p, 0L, new Runs.QuietMonitor(), "batchSize=1", "sampling=cyclic", "decay=inverse-sqrt",
                "learningRate=" + ALPHA, "beta1=0", "beta2=" + 1 / (1 + c * c), "tolerance=0",
                "maxIterations=" + T_MAX / 3);
    }

    /** Slope of log(R_T/T) over log T for T = 3·2^4 … 3·2^14 (the first doublings are transient). */
    static double slope(Regret p) {
        int from = 4;
        double[] t = java.util.Arrays.copyOfRange(p.checkpoints, from, p.checkpoints.length);
        double[] r = java.util.Arrays.copyOfRange(p.averageRegret(), from, p.checkpoints.length);
        return Runs.logLogSlope(t, r);
    }

    @Test
    void adamEndsAtTheWrongEndWithLinearRegret() {
        Regret p = problem();
        Result r = run(new Adam(), p);
        double slope = slope(p);
        double last = p.averageRegret()[DOUBLINGS];
        System.out.printf("Adam: x = %s, R_T/T = %.4f at T = %d, slope %.3f%n", r.solution()[0], last, T_MAX, slope);
        assertEquals(Status.ITERATION_LIMIT, r.status());
        assertEquals(1.0, r.solution()[0], 1e-2, "Adam's final iterate");
        assertTrue(slope > -0.1, "Adam's average regret should not decay, slope " + slope);
        assertTrue(last > 0.5, "Adam's average regret R_T/T = " + last);
    }

    @Test
    void amsgradReachesTheOptimumWithVanishingAverageRegret() {
        Regret p = problem();
        Result r = run(new AmsGrad(), p);
        double slope = slope(p);
        double last = p.averageRegret()[DOUBLINGS];
        System.out.printf("AMSGrad: x = %s, R_T/T = %.4g at T = %d, slope %.3f%n", r.solution()[0], last, T_MAX, slope);
        // the online iterate leaves −1 by two steps of size ~α_t/√v̂ per cycle: within 1e-2 at T = 49152
        assertEquals(-1.0, r.solution()[0], 1e-2, "AMSGrad's final iterate");
        assertTrue(slope < -0.3, "AMSGrad's average regret should decay like T^(-1/2), slope " + slope);
        assertTrue(last < 0.05, "AMSGrad's average regret R_T/T = " + last);
    }

    /**
     * The same runs with {@code certificate=regret}: the solvers claim R_T/T from the problem's score and
     * the runtime's verifier, reading that score itself, agrees; only AMSGrad's claim holds.
     */
    @Test
    void regretClaimsAreCertifiedFromTheProblemsScore() {
        for (StochasticSolver s : new StochasticSolver[] {new Adam(), new AmsGrad()}) {
            AmsgradCounterexample p = (AmsgradCounterexample) new FiniteSumProblemProvider()
                    .create(AmsgradCounterexample.ID, Map.of("C", "3"));
            double c = p.c();
            Result r = Runs.solve(s, p, 0L, new Runs.QuietMonitor(), "batchSize=1", "sampling=cyclic",
                    "decay=inverse-sqrt", "learningRate=" + ALPHA, "beta1=0", "beta2=" + 1 / (1 + c * c), "tolerance=0",
                    "maxIterations=" + T_MAX / 3, "certificate=regret", "regretTolerance=0.05");
            assertEquals(org.banach.api.Certificate.REGRET, r.certificate().criterion());
            assertEquals(T_MAX, p.rounds(), "one round per component call");
            org.banach.api.Certificate verified = new org.banach.runtime.verify.OnlineRegretVerifier()
                    .verify(p, r.solution(), 0.05);
            assertEquals(verified.value(), r.certificate().value(), 0.0, s.getClass().getSimpleName());
            boolean amsgrad = s instanceof AmsGrad;
            assertEquals(amsgrad, r.certificate().satisfied(), s.getClass().getSimpleName() + ": " + r.certificate());
            assertTrue(amsgrad ? r.certificate().value() < 0.05 : r.certificate().value() > 0.5, r.certificate()::toString);
        }
        FiniteSumObjective leastSquares = (FiniteSumObjective) new FiniteSumProblemProvider()
                .create("optim/least-squares", Map.of("n", "20", "d", "2"));
        Result refused = Runs.solve(new Adam(), leastSquares, 0L, new Runs.QuietMonitor(), "certificate=regret");
        assertEquals(Status.INVALID_INPUT, refused.status());
        assertTrue(refused.message().contains("online problem"), refused.message());
    }
}
