/**
 * Nash learning from human feedback (issue #5, seed row G4): β-regularised preference games
 * ({@code games/preference-rps}, {@code games/preference-random}, served by
 * {@link org.banach.plugins.games.preference.PreferenceProblems}) and Nash Mirror Prox
 * ({@code games.nash-mirror-prox}, Tiapkin et al. 2025), whose KL divergence to the regularised
 * equilibrium falls like (1+2β)^(−N/2) in N preference queries whatever the number of actions
 * (claimed certificate: the regularised exploitability 2β·KL(π‖BR(π))), and its version with sampled
 * Bernoulli preference queries ({@code games.nash-mirror-prox-sampled}, {@code batchSize} per prox step,
 * decreasing or constant step), whose exact exploitability falls like 1/(batchSize·t).
 */
package org.banach.plugins.games.preference;
