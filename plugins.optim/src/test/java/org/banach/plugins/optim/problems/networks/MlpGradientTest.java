package org.banach.plugins.optim.problems.networks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.banach.plugins.optim.TestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Backend forward/backward pass against central differences, and batches against their components. */
class MlpGradientTest {

    @ParameterizedTest(name = "{0}, {1}, dropout {2}")
    @CsvSource({"selu, classification, 0", "selu, regression, 0", "selu, classification, 0.2", "selu, regression, 0.1",
        "relu, classification, 0", "tanh, regression, 0", "tanh, classification, 0"})
    void gradientMatchesCentralDifferences(String activation, String task, double dropout) {
        Mlp p = Networks.mlp("depth=3", "width=5", "d=4", "n=15", "test-fraction=0.2", "activation=" + activation,
                "task=" + task, "dropout=" + dropout, "seed=3");
        assertEquals(12, p.components());
        assertEquals(4 * 5 + 5 + 2 * (5 * 5 + 5) + 5 + 1, p.dimension());
        double[] x = p.start();
        Random rnd = new Random(1);
        for (int i = 0; i < x.length; i++) {
            x[i] += 0.3 * rnd.nextGaussian();
        }
        double err = TestSupport.gradientError(p, x);
        assertTrue(err < 1e-6, "relative gradient error " + err);
    }

    @ParameterizedTest(name = "dropout {0}")
    @CsvSource({"0", "0.3"})
    void aBatchIsTheMeanOfItsComponents(double dropout) {
        Mlp p = Networks.mlp("depth=4", "width=6", "d=3", "n=20", "dropout=" + dropout, "seed=8");
        double[] x = p.start();
        int[] batch = {3, 0, 7, 11};
        double[] g = new double[p.dimension()];
        double f = p.batchValueAndGradient(batch, x, g);
        double[] mean = new double[g.length];
        double fm = 0;
        double[] gi = new double[g.length];
        for (int i : batch) {
            fm += p.componentValueAndGradient(i, x, gi) / batch.length;
            for (int k = 0; k < g.length; k++) {
                mean[k] += gi[k] / batch.length;
            }
        }
        assertEquals(fm, f, 1e-14);
        assertArrayEquals(mean, g, 1e-14);
        double[] full = new double[g.length];
        assertEquals(p.value(x), p.valueAndGradient(x, full), 1e-14);
    }
}
