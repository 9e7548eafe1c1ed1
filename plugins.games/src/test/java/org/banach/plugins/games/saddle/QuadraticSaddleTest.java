package org.banach.plugins.games.saddle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;

import org.banach.api.Result;
import org.banach.api.Solver;
import org.banach.api.Status;
import org.banach.api.backend.Backend;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.games.SaddlePoint;
import org.banach.runtime.cpu.CpuBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The quadratic–bilinear saddle: its closed form, and both solvers reaching it with K on the Backend. */
class QuadraticSaddleTest {

    static Stream<Solver<SaddlePoint>> solvers() {
        return Stream.of(new ChambollePock(), new AdaptivePdhg());
    }

    private static QuadraticSaddle problem() {
        return (QuadraticSaddle) new SaddleProblemProvider().create(SaddleProblemProvider.QUADRATIC,
                Map.of("d", "40", "seed", "5"));
    }

    @Test
    void closedFormSolutionIsASaddlePoint() {
        QuadraticSaddle q = problem();
        double[] z = q.knownSolution().orElseThrow();
        int d = q.primalDimension();
        double[] x = java.util.Arrays.copyOf(z, d);
        double[] y = java.util.Arrays.copyOfRange(z, d, 2 * d);
        // P(x*) = D(y*): zero duality gap, so both are optimal
        assertEquals(q.primalObjective(x), q.dualObjective(y), 1e-9 * Math.abs(q.primalObjective(x)));
        assertTrue(SaddlePoint.relativeGap(q, z) < 1e-12);
        // and it is a fixed point of both proximal steps: x = prox_τG(x − τKᵀy), y = prox_σF*(y + σKx)
        double[] kty = new double[d];
        q.applyKT(y, kty);
        double[] kx = new double[d];
        q.applyK(x, kx);
        double[] px = new double[d];
        double[] py = new double[d];
        for (int i = 0; i < d; i++) {
            px[i] = x[i] - 0.3 * kty[i];
            py[i] = y[i] + 0.7 * kx[i];
        }
        q.proxG(0.3, px);
        q.proxFStar(0.7, py);
        for (int i = 0; i < d; i++) {
            assertEquals(x[i], px[i], 1e-10);
            assertEquals(y[i], py[i], 1e-10);
        }
        // a perturbed point has a positive gap
        z[0] += 0.1;
        assertTrue(SaddlePoint.relativeGap(q, z) > 1e-6);
    }

    @ParameterizedTest
    @MethodSource("solvers")
    void reachesTheClosedFormSaddleWithProductsOnTheBackend(Solver<SaddlePoint> solver) {
        QuadraticSaddle q = problem();
        long[] gemv = {0};
        CpuBackend cpu = new CpuBackend();
        Backend counting = (Backend) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Backend.class}, (proxy, method, args) -> {
                    if (method.getName().equals("gemv")) {
                        gemv[0]++;
                    }
                    try {
                        return method.invoke(cpu, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        TestMonitor m = new TestMonitor() {
            @Override
            public Backend backend() {
                return counting;
            }
        };
        Result r = Saddles.solve(solver, q, m, "tolerance=1e-12", "maxIterations=100000");
        assertEquals(Status.CONVERGED, r.status(), r.message());
        System.out.printf("quadratic-saddle d=40 seed=5 tol=1e-12: %s %d iterations%n", solver.getClass().getSimpleName(),
                r.iterations());
        double[] star = q.knownSolution().orElseThrow();
        double distance = 0;
        double scale = 0;
        for (int i = 0; i < star.length; i++) {
            distance += (r.solution()[i] - star[i]) * (r.solution()[i] - star[i]);
            scale += star[i] * star[i];
        }
        assertTrue(Math.sqrt(distance) <= 1e-5 * Math.sqrt(scale), "distance " + Math.sqrt(distance));
        assertEquals(m.counter(SaddleOperator.MATVEC), gemv[0], "every product with the dense K is a Backend gemv");
        assertTrue(gemv[0] > 0);
    }
}
