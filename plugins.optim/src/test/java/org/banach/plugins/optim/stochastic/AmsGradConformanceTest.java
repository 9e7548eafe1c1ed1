package org.banach.plugins.optim.stochastic;

import java.util.Map;

/** AMSGrad. */
class AmsGradConformanceTest extends StochasticConformance {

    @Override
    StochasticSolver stochastic() {
        return new AmsGrad();
    }

    @Override
    Map<String, String> tuned() {
        return Map.of("learningRate", "1e-2");
    }
}
