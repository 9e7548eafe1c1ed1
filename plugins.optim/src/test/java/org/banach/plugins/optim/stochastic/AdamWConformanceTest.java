package org.banach.plugins.optim.stochastic;

import java.util.Map;

/** AdamW. */
class AdamWConformanceTest extends StochasticConformance {

    @Override
    StochasticSolver stochastic() {
        return new AdamW();
    }

    @Override
    Map<String, String> tuned() {
        return Map.of("learningRate", "1e-2", "eps", "1", "weightDecay", "0");
    }
}
