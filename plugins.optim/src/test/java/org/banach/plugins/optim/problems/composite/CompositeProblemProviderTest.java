package org.banach.plugins.optim.problems.composite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;

import org.banach.api.InvalidProblemException;
import org.banach.api.ProblemDescriptor;
import org.banach.plugins.optim.TestSupport;
import org.junit.jupiter.api.Test;

/**
 * The constants the provider publishes are the data's own: L = λ_max(AᵀA/N) by power iteration,
 * L_max = maxᵢ‖aᵢ‖², the PL inequality f − f* ≤ ‖∇f‖²/(2μ) at random points (with equality along the
 * slowest direction), no strong convexity when rank &lt; d; the hinge SVM's subgradients satisfy the
 * subgradient inequality and stay below G on the documented ball.
 */
class CompositeProblemProviderTest {

    final CompositeProblemProvider provider = new CompositeProblemProvider();

    SpectralLeastSquares leastSquares(String rank) {
        return (SpectralLeastSquares) provider.create(CompositeProblemProvider.PL_LEAST_SQUARES, Map.of("rank", rank));
    }

    @Test
    void leastSquaresConstantsAreTheDataConstants() {
        SpectralLeastSquares p = leastSquares("10");
        int d = p.dimension();
        double[] v = new SplittableRandom(3).doubles(d).toArray();
        double lambda = 0;
        double lMax = 0;
        for (int it = 0; it < 500; it++) {
            double[] w = new double[d];
            for (int i = 0; i < p.components(); i++) {
                double[] a = p.row(i);
                double s = RandomMatrices.dot(a, v) / p.components();
                for (int k = 0; k < d; k++) {
                    w[k] += s * a[k];
                }
            }
            lambda = Math.sqrt(RandomMatrices.dot(w, w) / RandomMatrices.dot(v, v));
            v = w;
        }
        for (int i = 0; i < p.components(); i++) {
            lMax = Math.max(lMax, RandomMatrices.dot(p.row(i), p.row(i)));
        }
        assertEquals(p.smoothness().getAsDouble(), lambda, 1e-9, "L = largest eigenvalue of A^T A / N");
        assertEquals(p.componentSmoothness().getAsDouble(), lMax, 1e-12);
        assertTrue(p.strongConvexity().isEmpty(), "rank 10 < d = 20: not strongly convex");
        assertTrue(leastSquares("0").strongConvexity().isPresent(), "full rank: strongly convex");
        assertTrue(TestSupport.gradientError(p, new SplittableRandom(4).doubles(d).toArray()) < 1e-7);
    }

    @Test
    void plInequalityHoldsAndIsTight() {
        SpectralLeastSquares p = leastSquares("10");
        double mu = p.polyakLojasiewicz().getAsDouble();
        double fStar = p.knownOptimalValue().getAsDouble();
        double[] g = new double[p.dimension()];
        SplittableRandom random = new SplittableRandom(5);
        double tightest = 0;
        for (int trial = 0; trial < 200; trial++) {
            double[] x = random.doubles(p.dimension(), -3, 3).toArray();
            double gap = p.valueAndGradient(x, g) - fStar;
            double bound = RandomMatrices.dot(g, g) / (2 * mu);
            assertTrue(gap <= bound * (1 + 1e-10) + 1e-12, "PL at trial " + trial);
            tightest = Math.max(tightest, gap / bound);
        }
        // along the gradient-descent path the slowest direction dominates: the PL ratio approaches 1
        double[] x = p.start();
        for (int k = 0; k < 100; k++) {
            p.valueAndGradient(x, g);
            for (int i = 0; i < x.length; i++) {
                x[i] -= g[i];
            }
        }
        double gap = p.valueAndGradient(x, g) - fStar;
        double ratio = gap / (RandomMatrices.dot(g, g) / (2 * mu));
        assertEquals(1.0, ratio, 1e-2, "mu is the largest valid PL constant");
        assertTrue(tightest > 0.1, "random points: " + tightest);
    }

    @Test
    void hingeSubgradientsAreSubgradientsAndBoundedByG() {
        HingeSvm p = (HingeSvm) provider.create(HingeSvm.ID, Map.of("samples", "60", "d", "5"));
        double big = p.lipschitz().getAsDouble();
        double radius = p.lipschitzRadius();
        SplittableRandom random = new SplittableRandom(6);
        double[] s = new double[p.dimension()];
        for (int trial = 0; trial < 200; trial++) {
            double[] x = random.doubles(p.dimension(), -1, 1).toArray();
            double scale = radius * random.nextDouble() / Math.sqrt(RandomMatrices.dot(x, x));
            for (int i = 0; i < x.length; i++) {
                x[i] *= scale;
            }
            double[] y = random.doubles(p.dimension(), -radius, radius).toArray();
            double fx = p.valueAndSubgradient(x, s);
            double linear = fx;
            for (int i = 0; i < x.length; i++) {
                linear += s[i] * (y[i] - x[i]);
            }
            assertTrue(p.value(y) >= linear - 1e-12, "subgradient inequality");
            assertTrue(Math.sqrt(RandomMatrices.dot(s, s)) <= big, "G bounds subgradients on the ball");
        }
        assertTrue(p.referenceGap() < 1e-10, "reference optimum certified by duality: " + p.referenceGap());
        double[] xStar = p.knownMinimizer().orElseThrow();
        assertTrue(Math.sqrt(RandomMatrices.dot(xStar, xStar)) <= radius, "the minimiser lies in the ball");
    }

    @Test
    void lassoProxIsSoftThresholding() {
        Lasso p = (Lasso) provider.create(Lasso.ID, Map.of("lambda", "0.5"));
        double[] out = new double[3];
        p.prox(new double[] {2, -0.3, -1}, 2, out);
        assertEquals(1, out[0], 0);
        assertEquals(0, out[1], 0);
        assertEquals(0, out[2], 0);
        assertEquals(0.5 * 3.3, p.regularizer(new double[] {2, -0.3, -1}), 1e-15);
        assertEquals(1.0, p.certificateStep(), 0, "gamma = 1/L with L = 1");
    }

    @Test
    void descriptorsAndErrors() {
        assertEquals(3, provider.problems().size());
        for (ProblemDescriptor d : provider.problems()) {
            assertTrue(d.id().startsWith("optim/"), d.id());
        }
        InvalidProblemException e = assertThrows(InvalidProblemException.class,
                () -> provider.create(CompositeProblemProvider.PL_LEAST_SQUARES, Map.of("rank", "25")));
        assertTrue(e.getMessage().contains("rank 25"), e.getMessage());
        assertThrows(InvalidProblemException.class, () -> provider.create("optim/nope", Map.of()));
        assertThrows(InvalidProblemException.class, () -> provider.create(Lasso.ID, Map.of("lambda", "-1")));
    }
}
