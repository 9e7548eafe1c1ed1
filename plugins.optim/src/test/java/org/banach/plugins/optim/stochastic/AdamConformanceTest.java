package org.banach.plugins.optim.stochastic;

import java.util.Map;

/**
 * Adam runs the whole kit with rate 1e-2 and eps = 1. Reason: full-batch Adam with a tiny eps ends in
 * limit cycles of size ≈ α at a constant rate (Bock &amp; Weiß 2019; cf. Reddi et al. 2018), so
 * ‖∇f‖ ≤ 1e-6 needs a bounded effective step: with α/eps &lt; 2/L it is a stable preconditioned
 * heavy-ball method. Nothing is excluded beyond the family test.
 */
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
