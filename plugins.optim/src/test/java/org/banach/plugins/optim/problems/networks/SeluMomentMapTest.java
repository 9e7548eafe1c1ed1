package org.banach.plugins.optim.problems.networks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.banach.api.optim.FixedPointMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The closed-form SELU moment map (Klambauer et al. 2017, eqs. (4)–(5)) and its Jacobian. */
class SeluMomentMapTest {

    @ParameterizedTest(name = "erfc({0}) = {1}")
    @CsvSource({"0, 1", "0.5, 0.4795001221869534623", "1, 0.1572992070502851307", "2, 0.004677734981047265838",
        "1.49, 0.03510213515679579", "1.5, 0.033894853524689274", "2.9, 4.1097878099458836e-5", "3, 2.2090496998585441e-5", "5, 1.5374597944280348502e-12",
        "-1, 1.8427007929497148693", "10, 2.0884875837625447570e-45"})
    void erfcMatchesReferenceValues(double x, double expected) {
        assertEquals(expected, NormalDistribution.erfc(x), 2e-16 + 1e-14 * expected);
    }

    /**
     * E h(z), z ~ N(m, v), by composite Simpson on [m − 14√v, 0] and [0, m + 14√v] (split at SELU's kink)
     * with 40 000 panels each: a reference independent of the closed form.
     */
    private static double expectation(java.util.function.DoubleUnaryOperator h, double m, double v) {
        double s = Math.sqrt(v);
        double lo = m - 14 * s;
        double hi = m + 14 * s;
        if (lo >= 0 || hi <= 0) {
            return simpson(h, m, s, lo, hi);
        }
        return simpson(h, m, s, lo, 0) + simpson(h, m, s, 0, hi);
    }

    private static double simpson(java.util.function.DoubleUnaryOperator h, double m, double s, double lo, double hi) {
        int panels = 40_000;
        double step = (hi - lo) / panels;
        double sum = 0;
        for (int k = 0; k <= panels; k++) {
            double z = lo + k * step;
            double w = k == 0 || k == panels ? 1 : (k % 2 == 1 ? 4 : 2);
            double u = (z - m) / s;
            sum += w * h.applyAsDouble(z) * Math.exp(-0.5 * u * u) / (s * Math.sqrt(2 * Math.PI));
        }
        return sum * step / 3;
    }

    private static double selu(double z) {
        return SeluMoments.LAMBDA * (z > 0 ? z : SeluMoments.ALPHA * Math.expm1(z));
    }

    @ParameterizedTest(name = "mu {0}, nu {1}, omega {2}, tau {3}")
    @CsvSource({"0, 1, 0, 1", "0.1, 1.5, 0.1, 1.1", "-0.1, 0.8, -0.1, 0.95", "0.5, 2, 1, 1", "-3, 0.3, 0.7, 2.5"})
    void closedFormMatchesQuadrature(double mu, double nu, double omega, double tau) {
        double[] out = new double[2];
        new SeluMoments(omega, tau).map(new double[] {mu, nu}, out);
        double mean = expectation(SeluMomentMapTest::selu, mu * omega, nu * tau);
        double second = expectation(z -> selu(z) * selu(z), mu * omega, nu * tau);
        assertEquals(mean, out[0], 1e-10, "mean");
        assertEquals(second - mean * mean, out[1], 1e-10, "variance");
    }

    @ParameterizedTest(name = "mu {0}, nu {1}, omega {2}, tau {3}")
    @CsvSource({"0, 1, 0, 1", "0.1, 1.5, 0.1, 1.1", "-0.1, 0.8, -0.1, 0.95", "0.5, 2, 1, 1", "-3, 0.3, 0.7, 2.5"})
    void jacobianMatchesCentralDifferences(double mu, double nu, double omega, double tau) {
        SeluMoments g = new SeluMoments(omega, tau);
        double[] j = new double[4];
        double[] x = {mu, nu};
        g.jacobian(x, j);
        double h = 1e-6;
        double[] plus = new double[2];
        double[] minus = new double[2];
        for (int c = 0; c < 2; c++) {
            double[] xp = x.clone();
            double[] xm = x.clone();
            xp[c] += h;
            xm[c] -= h;
            g.map(xp, plus);
            g.map(xm, minus);
            for (int r = 0; r < 2; r++) {
                assertEquals((plus[r] - minus[r]) / (2 * h), j[r * 2 + c], 1e-8, "J[" + r + "][" + c + "]");
            }
        }
    }

    @Test
    void zeroOneIsTheFixedPointWithThePapersJacobian() {
        SeluMomentMap g = new SeluMomentMap(0, 1, 0.1, 1.5);
        double[] out = new double[2];
        g.map(new double[] {0, 1}, out);
        assertEquals(0, out[0], 1e-14);
        assertEquals(1, out[1], 1e-14);
        double[] j = new double[4];
        g.jacobian(new double[] {0, 1}, j);
        // J(0, 1) = [[0, 0.088834], [0, 0.782648]] to the 6 digits quoted from the paper, spectral norm 0.7877 (the paper)
        assertEquals(0, j[0], 0);
        assertEquals(0.088834, j[1], 1e-6);
        assertEquals(0, j[2], 0);
        assertEquals(0.782648, j[3], 1e-6);
        assertEquals(0.7877, FixedPointMap.spectralNorm(j, 2), 5e-5);
    }

    /** Theorem 1's domain: the Jacobian's spectral norm stays below 1 on a grid of it (largest found about 0.898). */
    @Test
    void contractsOnThePapersDomain() {
        double worst = 0;
        double[] j = new double[4];
        for (int a = 0; a <= 4; a++) {
            for (int b = 0; b <= 4; b++) {
                SeluMoments g = new SeluMoments(-0.1 + 0.05 * a, 0.95 + 0.0375 * b);
                for (int c = 0; c <= 6; c++) {
                    for (int e = 0; e <= 7; e++) {
                        g.jacobian(new double[] {-0.1 + c * 0.2 / 6, 0.8 + e * 0.1}, j);
                        worst = Math.max(worst, FixedPointMap.spectralNorm(j, 2));
                    }
                }
            }
        }
        assertTrue(worst < 1, "largest spectral norm on the grid " + worst);
        System.out.println("SELU moment map: largest Jacobian spectral norm on the domain grid " + worst);
    }
}
