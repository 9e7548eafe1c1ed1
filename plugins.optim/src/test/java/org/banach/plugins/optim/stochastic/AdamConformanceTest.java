package org.banach.plugins.optim.stochastic;

import java.util.Map;

/** Adam. */
class AdamConformanceTest extends StochasticConformance {

    @Override
    StochasticSolver stochastic() {
        return new Adam();
    }

    @Override
    Map<String, String> tuned() {
        return Map.of("learningRate", "1e-2", "eps", "1");
    }
}
