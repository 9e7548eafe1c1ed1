package org.banach.plugins.optim.stochastic;

import java.util.Map;

/**
 * RMSProp runs the whole kit with rate 1e-3 and eps = 1. Reason: with a tiny eps full-batch RMSProp has
 * no fixed point at a constant rate (its step α/√v grows as v decays, and it settles into a cycle of
 * size ≈ α around the minimiser); with α/eps &lt; 2/L the decaying v leaves a stable gradient step of
 * size ≤ α/eps, which converges to the kit's 1e-6. Nothing is excluded beyond the family test.
 */
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
