package org.banach.plugins.optim.problems;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.banach.api.Result;
import org.banach.api.Status;
import org.banach.plugins.optim.TestSupport;
import org.banach.plugins.optim.gradient.Lbfgs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** optim/rosenbrock: L-BFGS reaches (1, …, 1), f* = 0, for both variants at n = 100 and n = 1000. */
class RosenbrockFamilyTest {

    @ParameterizedTest(name = "n={0} variant={1}")
    @CsvSource({"100, chained", "1000, chained", "100, extended", "1000, extended"})
    void lbfgsConverges(int n, String variant) {
        GeneralRosenbrock p = new GeneralRosenbrock(n, "chained".equals(variant));
        Result r = TestSupport.solve(new Lbfgs(), p);
        double[] x = r.solution();
        double worst = 0;
        for (double v : x) {
            worst = Math.max(worst, Math.abs(v - 1));
        }
        double dev = worst;
        assertAll(
                () -> assertEquals(Status.CONVERGED, r.status(), String.valueOf(r)),
                () -> assertEquals(n, x.length),
                () -> assertTrue(p.value(x) <= 1e-10, "f = " + p.value(x)),
                () -> assertTrue(dev <= 1e-5, "max |x_i - 1| = " + dev),
                () -> assertTrue(TestSupport.gradientNorm(p, x) <= 1e-6));
    }

    @Test
    void valuesAtKnownPoints() {
        GeneralRosenbrock chained = new GeneralRosenbrock(3, true);
        GeneralRosenbrock extended = new GeneralRosenbrock(4, false);
        assertEquals(0, chained.value(new double[] {1, 1, 1}));
        // chained at (0, 0, 0): two terms, each (1 - 0)^2
        assertEquals(2, chained.value(new double[3]));
        // start (-1.2, 1, -1.2, 1): extended has two copies of 24.2, chained adds the middle term
        assertEquals(2 * 24.2, extended.value(extended.start()), 1e-12);
        GeneralRosenbrock chained4 = new GeneralRosenbrock(4, true);
        double middle = 100 * Math.pow(-1.2 - 1, 2) + 0;
        assertEquals(2 * 24.2 + middle, chained4.value(chained4.start()), 1e-12);
        assertEquals(GeneralRosenbrock.ID, chained.name());
        assertEquals(0.0, chained.knownOptimalValue().getAsDouble());
    }
}
