/**
 * Stochastic first-order solvers of the finite-sum family ({@link org.banach.api.optim.FiniteSumObjective}):
 * SGD with heavy-ball or Nesterov momentum, AdaGrad, RMSProp, Adam, AdamW, AMSGrad and Lion, each a DS
 * service that supplies only its update rule to the shared epoch loop
 * {@link org.banach.plugins.optim.stochastic.StochasticRun} (seeded mini-batches without replacement,
 * step schedules, projection onto box bounds, full-gradient stopping test once per epoch).
 */
package org.banach.plugins.optim.stochastic;
