package org.banach.plugins.games.firstorder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.banach.api.Result;
import org.banach.api.Status;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.games.VariationalInequality;
import org.banach.plugins.games.dynamics.DynamicsProblemProvider;
import org.banach.plugins.games.problems.GamesProblemProvider;
import org.junit.jupiter.api.Test;

/**
 * Fault (a): a non-monotone operator given to a method that needs monotonicity ends with INVALID_INPUT
 * and a message naming the witnessed pair of iterates and what to do, instead of a silent wrong answer;
 * monotone problems (skew bilinear, constrained affine) are never flagged.
 */
class MonotonicityFaultTest {

    private static final List<ViSolver<VariationalInequality>> MONOTONE_METHODS = List.of(new Gda(), new Extragradient(),
            new OptimisticGda(), new Halpern(), new PastExtragradient(), new ReflectedGradient());

    private static VariationalInequality nonMonotone(double r) {
        return (VariationalInequality) new DynamicsProblemProvider().create("games/nonmonotone-vi",
                Map.of("r", Double.toString(r)));
    }

    @Test
    void nonMonotoneOperatorStopsWithInvalidInputAndAWitness() {
        for (ViSolver<VariationalInequality> s : MONOTONE_METHODS) {
            TestMonitor m = Games.monitor();
            Result r = Games.solve(s, nonMonotone(2), m, "step=0.1");
            assertEquals(Status.INVALID_INPUT, r.status(), s.id() + " " + r);
            assertTrue(r.message().contains("not monotone") && r.message().contains("nonMonotone=continue")
                    && r.message().contains(s.id()), r.message());
            assertEquals(1, m.counter(ViSolver.MONOTONICITY_VIOLATIONS), s.id());
            // the witness is genuine: the returned iterate z_k and the previous one violate monotonicity
            Result previous = Games.solve(s, nonMonotone(2), Games.monitor(), "step=0.1",
                    "maxIterations=" + (r.iterations() - 1));
            double[] z = r.solution();
            double[] w = previous.solution();
            double[] fz = new double[2];
            double[] fw = new double[2];
            nonMonotone(2).operator(z, fz);
            nonMonotone(2).operator(w, fw);
            double inner = (fz[0] - fw[0]) * (z[0] - w[0]) + (fz[1] - fw[1]) * (z[1] - w[1]);
            assertTrue(inner < 0, s.id() + ": " + inner);
            assertEquals(Games.naturalResidual(nonMonotone(2), z), r.certificate().value(), 1e-12);
        }
    }

    @Test
    void continueCountsViolationsAndRunsOn() {
        TestMonitor m = Games.monitor();
        Result r = Games.solve(new PastExtragradient(), nonMonotone(2), m, "step=0.1", "nonMonotone=continue",
                "maxIterations=50");
        assertNotEquals(Status.INVALID_INPUT, r.status(), String.valueOf(r));
        assertNotEquals(Status.CONVERGED, r.status(), String.valueOf(r)); // from (2, 2) the cubic term wins
        assertTrue(m.counter(ViSolver.MONOTONICITY_VIOLATIONS) >= 1);
    }

    @Test
    void monotoneProblemsAreNeverFlagged() {
        VariationalInequality bilinear = (VariationalInequality) new GamesProblemProvider().create("games/bilinear",
                Map.of("n", "6"));
        VariationalInequality box = (VariationalInequality) new GamesProblemProvider().create("games/monotone-linear-vi",
                Map.of("d", "12"));
        for (ViSolver<VariationalInequality> s : List.of(new Extragradient(), new OptimisticGda(),
                new PastExtragradient(), new ReflectedGradient())) {
            for (VariationalInequality vi : List.of(bilinear, box)) {
                TestMonitor m = Games.monitor();
                Result r = Games.solve(s, vi, m, "step=0.1", "tolerance=1e-12", "maxIterations=20000");
                assertEquals(Status.CONVERGED, r.status(), s.id() + " " + vi.name() + " " + r);
                assertEquals(0, m.counter(ViSolver.MONOTONICITY_VIOLATIONS), s.id() + " " + vi.name());
            }
        }
    }

    @Test
    void nonFiniteOperatorIsANumericalErrorWithTheLastFiniteIterate() {
        // fault (b) for the single-call methods: F turns NaN at its 6th call
        for (ViSolver<VariationalInequality> s : List.of(new PastExtragradient(), new ReflectedGradient())) {
            Result r = Games.solve(s, Games.box(new double[] {0.3, 0.7}, new double[] {1, 0}, 5), Games.monitor(),
                    "step=0.1", "output=average");
            assertEquals(Status.NUMERICAL_ERROR, r.status(), String.valueOf(r));
            assertEquals(-1, Vectors.firstNonFinite(r.solution()));
            assertTrue(r.message().contains("non-finite"), r.message());
            Result same = Games.solve(s, Games.box(new double[] {0.3, 0.7}, new double[] {1, 0}, Integer.MAX_VALUE),
                    Games.monitor(), "step=0.1", "output=average", "maxIterations=" + r.iterations());
            assertArrayEquals(same.solution(), r.solution(), 0);
        }
    }
}
