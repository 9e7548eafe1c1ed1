package org.banach.plugins.optim.stochastic;

import java.util.Map;

/** AdaGrad runs the kit with its paper defaults apart from the base rate. */
class AdaGradConformanceTest extends StochasticConformance {

    @Override
    StochasticSolver stochastic() {
        return new AdaGrad();
    }

    @Override
    Map<String, String> tuned() {
        return Map.of("learningRate", "0.5");
    }
}
