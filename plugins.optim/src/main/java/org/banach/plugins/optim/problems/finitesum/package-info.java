/**
 * Finite-sum problem instances ({@link org.banach.api.optim.FiniteSumObjective}) for the stochastic
 * solvers: ℓ2-regularised logistic regression (synthetic or LIBSVM), least squares with a known
 * minimiser, and the Adam counterexample of Reddi, Kale &amp; Kumar (2018), published by the DS service
 * {@link org.banach.plugins.optim.problems.finitesum.FiniteSumProblemProvider}.
 */
package org.banach.plugins.optim.problems.finitesum;
