package org.banach.plugins.optim.stochastic;

import java.util.Map;

/**
 * AdamW runs the whole kit as Adam does (rate 1e-2, eps = 1, see {@link AdamConformanceTest}) with
 * weightDecay = 0: a decay λ &gt; 0 moves the fixed point away from ∇f = 0, which the kit's exact-optimum
 * tests measure. The decoupled decay itself is checked in {@link UpdateRulesTest}.
 */
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
