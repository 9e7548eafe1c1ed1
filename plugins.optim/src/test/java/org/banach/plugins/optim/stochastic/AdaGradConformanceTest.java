package org.banach.plugins.optim.stochastic;

import java.util.Map;

/**
 * AdaGrad runs the whole kit with base rate 0.5 and the paper's update; its steps only shrink, so
 * full-batch AdaGrad converges on both kit problems. Nothing is excluded beyond the family test.
 */
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
