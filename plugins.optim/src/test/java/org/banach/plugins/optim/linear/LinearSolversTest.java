package org.banach.plugins.optim.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;

import org.banach.api.Certificate;
import org.banach.api.Result;
import org.banach.api.Solver;
import org.banach.api.Status;
import org.banach.api.optim.CsrMatrix;
import org.banach.api.optim.LinearSystem;
import org.banach.plugins.optim.problems.linear.CsrLinearSystem;
import org.banach.plugins.optim.problems.linear.GridOperators;
import org.banach.plugins.optim.problems.linear.LinearProblemProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Known answers of the linear solvers: x* = 1 on Poisson, GMRES on convection–diffusion, refusals, limits. */
class LinearSolversTest {

    private static final LinearProblemProvider PROVIDER = new LinearProblemProvider(null);

    static LinearSystem poisson(int n) {
        return (LinearSystem) PROVIDER.create(LinearProblemProvider.POISSON, Map.of("n", Integer.toString(n)));
    }

    static Stream<Arguments> solvers() {
        String omegaStar = "omega=" + GridOperators.optimalOmega(16);
        return Stream.of(Arguments.of(new Jacobi(), new String[0]), Arguments.of(new GaussSeidel(), new String[0]),
                Arguments.of(new Sor(), new String[] {omegaStar}), Arguments.of(new ConjugateGradient(), new String[0]),
                Arguments.of(new Gmres(), new String[0]));
    }

    @ParameterizedTest
    @MethodSource("solvers")
    void everySolverFindsTheOnesSolutionOfPoisson16(Solver<LinearSystem> solver, String[] settings) {
        LinearSystem p = poisson(16);
        LinearTestSupport.BackendMonitor m = new LinearTestSupport.BackendMonitor();
        Result r = LinearTestSupport.solve(solver, p, m, settings);
        assertEquals(Status.CONVERGED, r.status(), r::toString);
        Certificate c = r.certificate();
        assertEquals(Certificate.RELATIVE_RESIDUAL, c.criterion());
        assertTrue(c.satisfied() && c.value() <= 1e-8, c::toString);
        assertEquals(1e-8, c.tolerance());
        // κ(A) ≈ 0.4/h² ≈ 120, so relres 1e-8 gives ‖x − 1‖ of order 1e-6 at most
        assertTrue(LinearTestSupport.distanceToOnes(r.solution()) < 1e-5, "far from x* = 1");
        assertEquals(r.iterations() + 1, m.trace().size(), "one report per iteration plus the start");
        assertTrue(Double.isNaN(m.trace().get(1).objective()));
        assertTrue(m.counter("matvec") >= r.iterations(), "mat-vecs counted");
    }

    @Test
    void gmresSolvesConvectionDiffusionAndCgRefusesIt() {
        for (String scheme : new String[] {"upwind", "central"}) {
            LinearSystem p = (LinearSystem) PROVIDER.create(LinearProblemProvider.CONVECTION_DIFFUSION,
                    Map.of("n", "24", "peclet", "40", "scheme", scheme));
            Result g = LinearTestSupport.solve(new Gmres(), p, "restart=30");
            assertEquals(Status.CONVERGED, g.status(), g::toString);
            assertTrue(LinearTestSupport.distanceToOnes(g.solution()) < 1e-5);
            Result c = LinearTestSupport.solve(new ConjugateGradient(), p);
            assertEquals(Status.INVALID_INPUT, c.status());
            assertTrue(c.message().contains("not symmetric") && c.message().contains("use optim.gmres"), c.message());
        }
    }

    @Test
    void cgStopsOnAnIndefiniteMatrix() {
        // 5-point stencil shifted by −10·I/h²: symmetric, eigenvalues in (−10, −2)/h², negative definite
        CsrMatrix a = GridOperators.assemble(4, -10 * 25.0, 0, true);
        LinearSystem p = new CsrLinearSystem("indefinite", a, CsrLinearSystem.timesOnes(a), false);
        Result r = LinearTestSupport.solve(new ConjugateGradient(), p);
        assertEquals(Status.NUMERICAL_ERROR, r.status());
        assertTrue(r.message().startsWith("the matrix is not positive definite (pᵀAp = -"), r.message());
        assertTrue(r.message().endsWith("at iteration 0); use optim.gmres"), r.message());
        Result g = LinearTestSupport.solve(new Gmres(), p);
        assertEquals(Status.CONVERGED, g.status(), "GMRES handles it");
    }

    @Test
    void zeroDiagonalIsRefusedNamingTheRow() {
        // [[2, 1, 0], [1, 0, 1], [0, 1, 2]]: row 1 has no diagonal entry
        CsrMatrix a = new CsrMatrix(3, 3, new int[] {0, 2, 4, 6}, new int[] {0, 1, 0, 2, 1, 2},
                new double[] {2, 1, 1, 1, 1, 2});
        LinearSystem p = new CsrLinearSystem("zero-diagonal", a, new double[] {3, 2, 3}, false);
        for (Solver<LinearSystem> s : java.util.List.of(new Jacobi(), new GaussSeidel(), new Sor())) {
            Result r = LinearTestSupport.solve(s, p);
            assertEquals(Status.INVALID_INPUT, r.status());
            assertTrue(r.message().contains("a[1][1] of row 1 is zero"), r.message());
        }
        Result g = LinearTestSupport.solve(new Gmres(), p);
        assertEquals(Status.CONVERGED, g.status(), g::toString);
    }

    @Test
    void nonSquareAndWrongRhsLengthAreRefused() {
        CsrMatrix rect = new CsrMatrix(2, 3, new int[] {0, 1, 2}, new int[] {0, 1}, new double[] {1, 1});
        Result r = LinearTestSupport.solve(new Gmres(), new CsrLinearSystem("rect", rect, new double[] {1, 1}, false));
        assertEquals(Status.INVALID_INPUT, r.status());
        assertTrue(r.message().contains("2x3"), r.message());
        CsrMatrix a = GridOperators.assemble(3, 0, 0, true);
        Result s = LinearTestSupport.solve(new ConjugateGradient(), new CsrLinearSystem("short", a, new double[4], true));
        assertEquals(Status.INVALID_INPUT, s.status());
        assertTrue(s.message().contains("length 4") && s.message().contains("9 rows"), s.message());
    }

    @Test
    void maxIterationsIsHonoured() {
        LinearSystem p = poisson(16);
        for (Solver<LinearSystem> s : java.util.List.of(new Jacobi(), new GaussSeidel(), new Sor(),
                new ConjugateGradient(), new Gmres())) {
            LinearTestSupport.BackendMonitor m = new LinearTestSupport.BackendMonitor();
            Result r = LinearTestSupport.solve(s, p, m, "maxIterations=7");
            assertEquals(Status.ITERATION_LIMIT, r.status(), s.getClass().getSimpleName());
            assertEquals(7, r.iterations());
            assertFalse(r.certificate().satisfied());
            assertEquals(r.certificate().value(), new SystemCheck(p).relativeResidual(r.solution()), 1e-12,
                    "certificate from the true residual");
        }
    }

    @Test
    void aStopRequestEndsTheRunWithItsReason() {
        for (Solver<LinearSystem> s : java.util.List.of(new GaussSeidel(), new ConjugateGradient(), new Gmres())) {
            LinearTestSupport.BackendMonitor m = new LinearTestSupport.BackendMonitor(5);
            Result r = LinearTestSupport.solve(s, poisson(16), m);
            assertEquals(Status.CANCELLED, r.status(), s.getClass().getSimpleName());
            assertTrue(r.iterations() <= 5);
            assertNotNull(r.certificate());
        }
    }

    @Test
    void jacobiDivergesOnANonDominantMatrix() {
        // [[1, 2], [2, 1]]: Jacobi iteration matrix has spectral radius 2
        CsrMatrix a = new CsrMatrix(2, 2, new int[] {0, 2, 4}, new int[] {0, 1, 0, 1}, new double[] {1, 2, 2, 1});
        Result r = LinearTestSupport.solve(new Jacobi(), new CsrLinearSystem("bad", a, new double[] {3, 3}, false));
        assertEquals(Status.DIVERGED, r.status(), r::toString);
        assertTrue(r.iterations() < 60);
    }
}
