/**
 * Self-normalizing networks (Klambauer et al. 2017): fully connected SELU/ReLU/tanh networks on
 * standardised tables as {@link org.banach.api.optim.FiniteSumObjective}s, their passes host loops over
 * Backend calls, alpha-dropout, and the SELU moment map as a {@link org.banach.api.optim.FixedPointMap};
 * published by {@link org.banach.plugins.optim.problems.networks.NetworkProblemProvider}.
 */
package org.banach.plugins.optim.problems.networks;
