package org.banach.plugins.optim.stochastic;

import java.util.Map;

/**
 * SGD runs the whole kit (one-component sums, so full-batch gradient descent) with a constant step
 * 1.5e-3 below 2/L of Rosenbrock near (1, 1); nothing is excluded beyond the family test.
 */
class SgdConformanceTest extends StochasticConformance {

    @Override
    StochasticSolver stochastic() {
        return new Sgd();
    }

    @Override
    Map<String, String> tuned() {
        return Map.of("learningRate", "1.5e-3");
    }
}
