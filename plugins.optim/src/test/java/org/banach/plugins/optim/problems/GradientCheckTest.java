package org.banach.plugins.optim.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;

import org.banach.api.optim.SmoothObjective;
import org.banach.plugins.optim.TestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped problem's analytic gradient against central differences, at the standard start and
 * at three seeded random points near it; value and valueAndGradient must agree; Hessian-vector
 * products against differences of the gradient.
 */
class GradientCheckTest {

    static Stream<Arguments> problems() {
        Stream<SmoothObjective> mgh = MghCatalog.all().stream().map(p -> p);
        Stream<SmoothObjective> ros = Stream.of(new GeneralRosenbrock(7, true), new GeneralRosenbrock(8, false));
        return Stream.concat(mgh, ros).map(p -> Arguments.of(p.toString().startsWith("optim/rosenbrock") ? p.toString()
                : p.name(), p));
    }

    /** Points x₀ + 0.1·(1 + |x₀|)·u with u uniform in [−1, 1]ⁿ, seeded per problem. */
    private static double[] near(double[] x0, Random rnd) {
        double[] x = x0.clone();
        for (int i = 0; i < x.length; i++) {
            x[i] += 0.1 * (1 + Math.abs(x0[i])) * (2 * rnd.nextDouble() - 1);
        }
        return x;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void gradientMatchesFiniteDifferences(String id, SmoothObjective p) {
        Random rnd = new Random(id.hashCode());
        double[] x0 = p.start();
        assertEquals(p.dimension(), x0.length);
        double[][] points = {x0, near(x0, rnd), near(x0, rnd), near(x0, rnd)};
        for (double[] x : points) {
            double err = TestSupport.gradientError(p, x);
            assertTrue(err <= 1e-6, id + ": gradient error " + err + " at " + java.util.Arrays.toString(x));
            double f = p.value(x);
            double fg = p.valueAndGradient(x, new double[p.dimension()]);
            assertEquals(f, fg, 1e-14 * Math.max(1, Math.abs(f)), id + ": value vs valueAndGradient");
        }
    }

    /** Wood with its first Jacobian entry 1% off, and (when {@code gaussNewton}) Hv without the curvature term. */
    private static LeastSquaresProblem brokenWood(boolean gaussNewton) {
        LeastSquaresProblem p = MghCatalog.create("optim/mgh/wood");
        return new LeastSquaresProblem("wrong-wood", 14, 4, 6, p.start(), 0.0, 0, "test", "test") {
            @Override
            protected void residuals(double[] x, double[] r) {
                p.residuals(x, r);
            }

            @Override
            protected void jacobian(double[] x, double[][] j) {
                p.jacobian(x, j);
                if (!gaussNewton) {
                    j[0][0] *= 1.01;
                }
            }

            @Override
            protected boolean hasResidualHessians() {
                return true;
            }

            @Override
            protected void addResidualCurvature(double[] x, double[] w, double[] v, double[] out) {
                // left out on purpose: this makes hessianVector the Gauss-Newton product 2J'Jv
            }
        };
    }

    @org.junit.jupiter.api.Test
    void detectsAGradientOffByOnePercentInOneEntry() {
        LeastSquaresProblem wrong = brokenWood(false);
        assertTrue(TestSupport.gradientError(wrong, wrong.start()) > 1e-4);
    }

    @org.junit.jupiter.api.Test
    void detectsAGaussNewtonProductPosingAsTheHessian() {
        org.junit.jupiter.api.Assertions.assertThrows(org.opentest4j.AssertionFailedError.class,
                () -> hessianVectorMatchesGradientDifferences("wrong-wood", brokenWood(true)));
    }

    static Stream<Arguments> problemsWithHessianVector() {
        return problems().filter(a -> ((SmoothObjective) a.get()[1]).hasHessianVector());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problemsWithHessianVector")
    void hessianVectorMatchesGradientDifferences(String id, SmoothObjective p) {
        Random rnd = new Random(7);
        int n = p.dimension();
        double[] x = near(p.start(), rnd);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 2 * rnd.nextDouble() - 1;
        }
        double[] hv = new double[n];
        p.hessianVector(x, v, hv);
        double scale = 1;
        for (double e : hv) {
            scale = Math.max(scale, Math.abs(e));
        }
        // best of several steps, as for the gradient: truncation error falls with h, cancellation grows
        double best = Double.POSITIVE_INFINITY;
        for (int e = 2; e <= 8; e++) {
            double h = Math.pow(10, -e);
            double[] gp = new double[n];
            double[] gm = new double[n];
            double[] xp = x.clone();
            double[] xm = x.clone();
            for (int i = 0; i < n; i++) {
                xp[i] += h * v[i];
                xm[i] -= h * v[i];
            }
            p.valueAndGradient(xp, gp);
            p.valueAndGradient(xm, gm);
            double err = 0;
            for (int i = 0; i < n; i++) {
                err = Math.max(err, Math.abs((gp[i] - gm[i]) / (2 * h) - hv[i]) / scale);
            }
            best = Math.min(best, err);
        }
        assertTrue(best <= 1e-6, id + ": Hessian-vector error " + best);
    }
}
