package org.banach.plugins.optim.stochastic;

import java.util.Map;

/** SGD runs the kit as gradient descent with a constant step below 2/L of Rosenbrock near its minimiser. */
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
