/**
 * The methods of the Handbook of Convergence Theorems for (Stochastic) Gradient Methods (Garrigos &amp;
 * Gower, arXiv 2301.11235) with the Handbook's step sizes, computed from the constants a problem knows
 * ({@link org.banach.api.optim.ProblemConstants}): SGD and mini-batch SGD without replacement
 * (constant and switching steps), stochastic heavy ball in its iterate-moving-average form, the
 * subgradient method, proximal gradient descent and proximal SGD. Gradient descent with step 1/L is
 * {@code optim.gd} with {@code stepRule=constant, initialStep=1/L} (its Armijo test always accepts 1/L
 * on an L-smooth function), so it is not repeated here.
 */
package org.banach.plugins.optim.handbook;
