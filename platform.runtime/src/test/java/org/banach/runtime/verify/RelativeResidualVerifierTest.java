package org.banach.runtime.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.banach.api.Certificate;
import org.banach.api.optim.LinearSystem;
import org.banach.api.optim.LinearSystemSequence;
import org.junit.jupiter.api.Test;

/**
 * The relative residual ‖b − Ax‖₂/‖b‖₂ of single systems and sequences, against closed forms:
 * exact solutions give 0 (or ≤ 4u where the data round), perturbed ones the residual formula to
 * within 4u relatively (u = 2⁻⁵³).
 */
class RelativeResidualVerifierTest {

    private static final double U = 0x1p-53;

    private final RelativeResidualVerifier verifier = new RelativeResidualVerifier();

    /** diag(2, 4), b = (2, 8): x* = (1, 2). */
    private final SmallSystem diag = new SmallSystem(new double[][] {{2, 0}, {0, 4}}, new double[] {2, 8});

    @Test
    void exactSolutionsGiveZero() {
        Certificate c = verifier.verify(diag, new double[] {1, 2}, 1e-12);
        assertEquals(Certificate.RELATIVE_RESIDUAL, c.criterion());
        assertEquals(0.0, c.value(), 0.0);
        assertTrue(c.satisfied());
        double[] ones = new double[1000];
        Arrays.fill(ones, 1.0);
        assertEquals(0.0, verifier.verify(SmallSystem.tridiagonal(1000), ones, 1e-12).value(), 0.0);
        assertEquals(LinearSystem.class, verifier.problemType());
        assertEquals(Certificate.RELATIVE_RESIDUAL, verifier.criterion());
    }

    @Test
    void perturbedSolutionGivesTheClosedForm() {
        double delta = 0x1p-10; // a binary fraction: 1 + δ is exact
        // r = b − A x = (−2δ, 0), ‖b‖ = √68
        Certificate c = verifier.verify(diag, new double[] {1 + delta, 2}, 1e-6);
        double expected = 2 * delta / Math.sqrt(68);
        assertEquals(expected, c.value(), 4 * U * expected);
        assertFalse(c.satisfied());
        assertEquals(1e-6, c.tolerance(), 0.0);
    }

    @Test
    void zeroRightHandSideGivesTheNormOfAx() {
        SmallSystem homogeneous = new SmallSystem(new double[][] {{2, 0}, {0, 4}}, new double[2]);
        assertEquals(Math.sqrt(36 + 256), verifier.verify(homogeneous, new double[] {3, 4}, 1).value(),
                4 * U * Math.sqrt(292));
        assertEquals(0.0, verifier.verify(homogeneous, new double[2], 1).value(), 0.0);
    }

    /** b = (1e16, 1) and A·x = (1e16 + 1, 1) exactly: a plain double residual rounds the 1 away. */
    @Test
    void residualIsComputedInTwiceThePrecision() {
        SmallSystem s = new SmallSystem(new double[][] {{1e16, 1}, {0, 1}}, new double[] {1e16, 1});
        double expected = 1.0 / Math.hypot(1e16, 1);
        assertEquals(expected, verifier.verify(s, new double[] {1, 1}, 1).value(), 4 * U * expected);
    }

    @Test
    void badInputIsRejectedClearly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> verifier.verify(diag, new double[3], 1e-6));
        assertEquals("solution has 3 entries but the system has dimension 2", e.getMessage());
        SmallSystem rectangular = new SmallSystem(new double[][] {{1, 2, 3}}, new double[] {1});
        e = assertThrows(IllegalArgumentException.class, () -> verifier.verify(rectangular, new double[3], 1e-6));
        assertEquals("the system's matrix is 1x3 and its right-hand side has 1 entries; a square system is needed",
                e.getMessage());
        assertTrue(Double.isNaN(verifier.verify(diag, new double[] {Double.NaN, 1}, 1).value()));
    }

    /** Three diagonal systems diag(t+1, t+2), b_t = (t+1, 2(t+2)): x_t = (1, 2). */
    static LinearSystemSequence sequence() {
        List<SmallSystem> systems = List.of(
                new SmallSystem(new double[][] {{1, 0}, {0, 2}}, new double[] {1, 4}),
                new SmallSystem(new double[][] {{2, 0}, {0, 3}}, new double[] {2, 6}),
                new SmallSystem(new double[][] {{3, 0}, {0, 4}}, new double[] {3, 8}));
        return new LinearSystemSequence() {
            @Override
            public String name() {
                return "test/sequence";
            }

            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public int length() {
                return systems.size();
            }

            @Override
            public LinearSystem system(int t) {
                return systems.get(t);
            }
        };
    }

    @Test
    void sequenceTakesTheLargestResidual() {
        SequenceResidualVerifier sv = new SequenceResidualVerifier();
        LinearSystemSequence seq = sequence();
        Certificate exact = sv.verify(seq, new double[] {1, 2, 1, 2, 1, 2}, 1e-10);
        assertEquals(Certificate.RELATIVE_RESIDUAL, exact.criterion());
        assertEquals(0.0, exact.value(), 0.0);
        assertTrue(exact.satisfied());
        // x_1 = (1, 2 + δ): r_1 = (0, −3δ), ‖b_1‖ = √40; x_2 = (1 + δ/16, 2): r_2 = (−3δ/16, 0), ‖b_2‖ = √73
        double delta = 0x1p-13;
        Certificate c = sv.verify(seq, new double[] {1, 2, 1, 2 + delta, 1 + delta / 16, 2}, 1e-10);
        double expected = 3 * delta / Math.sqrt(40);
        assertEquals(expected, c.value(), 4 * U * expected);
        assertFalse(c.satisfied());
        assertEquals(Certificate.RELATIVE_RESIDUAL, sv.criterion());
        assertEquals(LinearSystemSequence.class, sv.problemType());
    }

    @Test
    void sequenceChecksLengths() {
        SequenceResidualVerifier sv = new SequenceResidualVerifier();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sv.verify(sequence(), new double[5], 1e-6));
        assertEquals("solution has 5 entries but the sequence of 3 systems of dimension 2 needs 6 (the solutions "
                + "x_0, ..., x_2 one after the other)", e.getMessage());
        LinearSystemSequence mixed = new LinearSystemSequence() {
            @Override
            public String name() {
                return "test/mixed";
            }

            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public int length() {
                return 1;
            }

            @Override
            public LinearSystem system(int t) {
                return SmallSystem.tridiagonal(3);
            }
        };
        e = assertThrows(IllegalArgumentException.class, () -> sv.verify(mixed, new double[2], 1e-6));
        assertEquals("system 0 has dimension 3 but the sequence has dimension 2", e.getMessage());
    }
}
