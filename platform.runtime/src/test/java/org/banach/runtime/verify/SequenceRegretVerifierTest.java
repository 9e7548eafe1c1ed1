package org.banach.runtime.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;

import org.banach.api.Certificate;
import org.banach.api.Result;
import org.banach.api.Status;
import org.banach.api.optim.LinearSystem;
import org.banach.api.optim.LinearSystemSequence;
import org.banach.runtime.catalog.Catalog;
import org.junit.jupiter.api.Test;

/**
 * The regret certificate of learned-SOR runs, on diagonal systems where SOR's iteration count has a
 * closed form: from x = 0 the relative residual after k sweeps is |1 − ω|^k, so ω = 1 needs one
 * sweep and ω needs ⌈log tol / log |1 − ω|⌉.
 */
class SequenceRegretVerifierTest {

    private static final double TOL = 1e-8;
    private static final double[] GRID = {1.0, 1.25, 1.5, 1.75};

    /** T diagonal systems diag(1..n)·x = 1. */
    static LinearSystemSequence diagonal(int length, int n) {
        double[][] rows = new double[n][n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            rows[i][i] = i + 1;
            b[i] = 1;
        }
        LinearSystem system = new SmallSystem(rows, b);
        return new LinearSystemSequence() {
            @Override
            public String name() {
                return "test/diagonal-sequence";
            }

            @Override
            public int dimension() {
                return n;
            }

            @Override
            public int length() {
                return length;
            }

            @Override
            public LinearSystem system(int t) {
                return system;
            }
        };
    }

    private static Result run(double[] omegas) {
        return Result.builder(Status.CONVERGED).solution(new double[omegas.length * 3])
                .series(SequenceRegretVerifier.OMEGA_SERIES, omegas).series(SequenceRegretVerifier.GRID_SERIES, GRID)
                .settings(Map.of("tolerance", TOL, "maxIterations", 10_000L)).build();
    }

    private static long closedForm(double omega) {
        return omega == 1.0 ? 1 : (long) Math.ceil(Math.log(TOL) / Math.log(Math.abs(1 - omega)));
    }

    @Test
    void replayedCountsMatchTheClosedForm() {
        LinearSystem system = diagonal(1, 3).system(0);
        for (double omega : new double[] {1.0, 1.25, 1.5, 1.75}) {
            assertEquals(closedForm(omega), SorReplay.iterations(system, omega, TOL, 10_000), "omega " + omega);
        }
        assertEquals(7, SorReplay.iterations(system, 1.9, TOL, 7), "the cap counts");
    }

    @Test
    void regretIsTheExcessOverTheBestFixedOmegaInHindsight() {
        SequenceRegretVerifier v = new SequenceRegretVerifier();
        LinearSystemSequence seq = diagonal(10, 3);
        double[] best = new double[10];
        Arrays.fill(best, 1.0);
        assertEquals(0.0, v.verify(seq, run(best), 0.1).value(), 0.0, "always the best omega: no regret");

        double[] mixed = best.clone();
        mixed[0] = 1.5; // one exploratory pull of a poor arm
        mixed[1] = 1.25;
        Certificate c = v.verify(seq, run(mixed), 0.1);
        double total = 8 + closedForm(1.5) + closedForm(1.25);
        assertEquals((total - 10) / 10, c.value(), 1e-15);
        assertEquals(Certificate.REGRET, c.criterion());
        assertTrue(!c.satisfied() && c.value() > 1, "two poor pulls in ten systems: " + c);
    }

    @Test
    void withoutTheRecordThereIsNothingToCertify() {
        SequenceRegretVerifier v = new SequenceRegretVerifier();
        LinearSystemSequence seq = diagonal(2, 3);
        Certificate c = v.verify(seq, Result.builder(Status.CONVERGED).solution(new double[6]).build(), 0.1);
        assertTrue(Double.isNaN(c.value()) && !c.satisfied(), c.toString());
        assertThrows(IllegalArgumentException.class, () -> v.verify(seq, run(new double[] {1.0}), 0.1),
                "one omega for two systems");
    }

    @Test
    void theCatalogPicksTheVerifierOfTheClaimedCriterion() {
        Catalog catalog = new Catalog();
        SequenceResidualVerifier residual = new SequenceResidualVerifier();
        SequenceRegretVerifier regret = new SequenceRegretVerifier();
        catalog.addVerifier(1, residual);
        catalog.addVerifier(2, regret);
        LinearSystemSequence seq = diagonal(2, 3);
        assertSame(regret, catalog.verifierFor(seq, Certificate.REGRET).orElseThrow());
        assertSame(residual, catalog.verifierFor(seq, Certificate.RELATIVE_RESIDUAL).orElseThrow());
    }
}
