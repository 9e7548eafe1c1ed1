package org.banach.plugins.optim.stochastic;

import java.util.Map;

/** RMSProp. */
class RmsPropConformanceTest extends StochasticConformance {

    @Override
    StochasticSolver stochastic() {
        return new RmsProp();
    }

    @Override
    Map<String, String> tuned() {
        return Map.of("learningRate", "1e-3", "eps", "1");
    }
}
