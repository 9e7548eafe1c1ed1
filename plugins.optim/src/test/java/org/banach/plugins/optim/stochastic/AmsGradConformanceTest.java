package org.banach.plugins.optim.stochastic;

import java.util.Map;

/**
 * AMSGrad runs the whole kit with rate 1e-2 and its default eps: the running maximum keeps
 * α/√v̂ from growing, so full-batch AMSGrad converges without tuning eps. Nothing is excluded beyond
 * the family test.
 */
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
