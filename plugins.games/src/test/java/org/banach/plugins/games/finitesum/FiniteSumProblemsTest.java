package org.banach.plugins.games.finitesum;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.banach.api.InvalidProblemException;
import org.banach.api.ParameterSpec;
import org.banach.api.ProblemDescriptor;
import org.banach.api.games.FiniteSumOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The instances: descriptors, the known solutions, the average operator and the constants L and β. */
class FiniteSumProblemsTest {

    private final FiniteSumProblemProvider provider = new FiniteSumProblemProvider();

    private FiniteSumOperator create(String id, String... kv) {
        Map<String, String> p = new java.util.HashMap<>();
        for (String s : kv) {
            String[] t = s.split("=", 2);
            p.put(t[0], t[1]);
        }
        return (FiniteSumOperator) provider.create(id, p);
    }

    @Test
    void describesThreeFamiliesWithDocumentedParameters() {
        List<ProblemDescriptor> all = provider.problems();
        assertEquals(List.of(FiniteSumFactory.LINEAR, FiniteSumFactory.BILINEAR, FiniteSumFactory.QUADRATIC),
                all.stream().map(ProblemDescriptor::id).collect(Collectors.toList()));
        for (ProblemDescriptor d : all) {
            assertEquals(FiniteSumOperator.FAMILY, d.family());
            d.parameters().forEach(p -> assertTrue(!p.help().isBlank(), p.name()));
        }
        Map<String, Object> linear = all.get(0).parameters().stream()
                .collect(Collectors.toMap(ParameterSpec::name, ParameterSpec::defaultValue));
        assertEquals(Map.of("n", 100L, "d", 20L, "seed", 0L), linear);
        FiniteSumOperator p = create(FiniteSumFactory.LINEAR);
        assertEquals(100, p.components());
        assertEquals(20, p.dimension());
        assertEquals(FiniteSumOperator.FAMILY, p.family());
    }

    @ParameterizedTest
    @ValueSource(strings = {FiniteSumFactory.LINEAR, FiniteSumFactory.BILINEAR, FiniteSumFactory.QUADRATIC})
    void knownSolutionSolvesTheAveragedVi(String id) {
        FiniteSumOperator p = create(id, "n=30", "seed=3");
        double[] z = p.knownSolution().orElseThrow();
        assertTrue(Sums.residual(p, z) < 1e-12, id + ": " + Sums.residual(p, z));
        assertTrue(Sums.residual(p, p.start()) > 1e-2);
    }

    @ParameterizedTest
    @ValueSource(strings = {FiniteSumFactory.LINEAR, FiniteSumFactory.BILINEAR, FiniteSumFactory.QUADRATIC})
    void averageOperatorIsTheMeanOfTheComponents(String id) {
        FiniteSumOperator p = create(id, "n=17", "seed=5");
        double[] z = randomPoint(new SplittableRandom(1), p.dimension());
        double[] fast = new double[z.length];
        double[] plain = new double[z.length];
        p.operator(z, fast);
        plainAverage(p).operator(z, plain);
        assertArrayEquals(plain, fast, 1e-12);
    }

    @ParameterizedTest
    @ValueSource(strings = {FiniteSumFactory.LINEAR, FiniteSumFactory.BILINEAR, FiniteSumFactory.QUADRATIC})
    void constantsBoundEveryPairAndTheLipschitzBoundIsTight(String id) {
        FiniteSumOperator p = create(id, "n=40", "seed=7");
        int n = p.components();
        int d = p.dimension();
        double lip = p.meanSquareLipschitz();
        double beta = p.meanSquareCocoercivity();
        SplittableRandom rng = new SplittableRandom(11);
        double worst = 0;
        double[] fi = new double[d];
        double[] fw = new double[d];
        for (int trial = 0; trial < 200; trial++) {
            double[] z = randomPoint(rng, d);
            double[] w = randomPoint(rng, d);
            double meanSquare = 0;
            for (int i = 0; i < n; i++) {
                p.componentOperator(i, z, fi);
                p.componentOperator(i, w, fw);
                meanSquare += squaredDistance(fi, fw) / n;
            }
            double dz = squaredDistance(z, w);
            worst = Math.max(worst, Math.sqrt(meanSquare / dz));
            p.operator(z, fi);
            p.operator(w, fw);
            double inner = 0;
            for (int k = 0; k < d; k++) {
                inner += (fi[k] - fw[k]) * (z[k] - w[k]);
            }
            assertTrue(inner >= beta * meanSquare - 1e-12 * meanSquare, id + " trial " + trial);
        }
        assertTrue(worst <= lip, worst + " > " + lip);
        // random pairs see most of the top eigenvalue of Q = (1/n) sum M_i'M_i in these dimensions
        assertTrue(worst >= 0.5 * lip, worst + " vs " + lip);
    }

    @Test
    void cocoercivityIsPositiveForTheLinearFamilyAndZeroForTheBilinearGame() {
        FiniteSumOperator linear = create(FiniteSumFactory.LINEAR);
        assertTrue(linear.meanSquareCocoercivity() > 0.03 && linear.meanSquareCocoercivity() < 0.06,
                "beta = " + linear.meanSquareCocoercivity());
        assertTrue(linear.meanSquareLipschitz() > 7 && linear.meanSquareLipschitz() < 10.5);
        assertEquals(0.0, create(FiniteSumFactory.BILINEAR).meanSquareCocoercivity());
        // the average alone (n = 1) is β(F)-cocoercive with 2β(F) above games.halpern's default step 0.1,
        // so I − 0.1·F is nonexpansive and Halpern's bound applies
        LinearFiniteSum p = (LinearFiniteSum) linear;
        double[] mean = p.meanMatrix();
        double betaF = FiniteSumConstants.of(1, p.dimension(), mean, mean).cocoercivity();
        assertTrue(2 * betaF >= 0.1 && 2 * betaF < 0.13, "2 beta(F) = " + 2 * betaF);
        assertTrue(betaF >= linear.meanSquareCocoercivity());
        // while the components are not monotone one by one: Sym(M_0) has a negative eigenvalue
        int d = p.dimension();
        double[][] sym0 = new double[d][d];
        double[] column = new double[d];
        double[] zero = new double[d];
        double[] f0 = new double[d];
        p.componentOperator(0, zero, f0);
        for (int j = 0; j < d; j++) {
            double[] e = new double[d];
            e[j] = 1;
            p.componentOperator(0, e, column);
            for (int i = 0; i < d; i++) {
                sym0[i][j] += 0.5 * (column[i] - f0[i]);
                sym0[j][i] += 0.5 * (column[i] - f0[i]);
            }
        }
        double least = Double.POSITIVE_INFINITY;
        for (double ev : new EigenDecomposition(new Array2DRowRealMatrix(sym0)).getRealEigenvalues()) {
            least = Math.min(least, ev);
        }
        assertTrue(least < 0, "lambda_min(Sym M_0) = " + least);
    }

    @Test
    void sameSeedSameInstanceOtherSeedOtherInstance() {
        double[] a = create(FiniteSumFactory.LINEAR, "n=5", "d=4", "seed=9").knownSolution().orElseThrow();
        double[] b = create(FiniteSumFactory.LINEAR, "n=5", "d=4", "seed=9").knownSolution().orElseThrow();
        double[] c = create(FiniteSumFactory.LINEAR, "n=5", "d=4", "seed=10").knownSolution().orElseThrow();
        assertArrayEquals(a, b, 0);
        assertTrue(squaredDistance(a, c) > 0);
        assertEquals(FiniteSumFactory.SOLUTION_NORM, Math.sqrt(squaredDistance(a, new double[4])), 1e-15);
    }

    @Test
    void refusesOversizedAndUnknownInstances() {
        assertThrows(InvalidProblemException.class, () -> create(FiniteSumFactory.LINEAR, "n=1000000", "d=100"));
        assertThrows(InvalidProblemException.class, () -> create(FiniteSumFactory.LINEAR, "n=0"));
        assertThrows(InvalidProblemException.class, () -> create(FiniteSumFactory.BILINEAR, "d=4"));
        assertThrows(InvalidProblemException.class, () -> create("games/nope"));
    }

    /** The same components with the interface's default operator, the plain average of the n components. */
    private static FiniteSumOperator plainAverage(FiniteSumOperator p) {
        return new FiniteSumOperator() {
            @Override
            public String name() {
                return p.name();
            }

            @Override
            public int dimension() {
                return p.dimension();
            }

            @Override
            public int components() {
                return p.components();
            }

            @Override
            public void componentOperator(int i, double[] z, double[] out) {
                p.componentOperator(i, z, out);
            }

            @Override
            public void project(double[] z) {
                p.project(z);
            }

            @Override
            public double[] start() {
                return p.start();
            }

            @Override
            public double meanSquareLipschitz() {
                return p.meanSquareLipschitz();
            }
        };
    }

    static double[] randomPoint(SplittableRandom rng, int d) {
        double[] z = new double[d];
        for (int i = 0; i < d; i++) {
            z[i] = rng.nextDouble(-2, 2);
        }
        return z;
    }

    static double squaredDistance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double t = a[i] - b[i];
            s += t * t;
        }
        return s;
    }
}
