/**
 * Small-Gain Nash (issue #5, seed row G2; Sharma, arXiv:2512.06791, 2025): the solver
 * {@code games.small-gain-nash} ({@link org.banach.plugins.games.smallgain.SmallGainNash}) certifies
 * contraction of the pseudo-gradient flow of a differentiable game in a block-weighted metric and
 * integrates it with a certified step; the provider
 * {@link org.banach.plugins.games.smallgain.SmallGainProblemProvider} serves {@code games/coupled-quadratic},
 * quadratic games that are not monotone in the Euclidean norm but certified by the small-gain condition,
 * and {@code games/entropic-matrix-game}, entropy-regularised zero-sum matrix games in logit coordinates.
 * The runtime checks the claim with {@code org.banach.runtime.verify.GameContractionVerifier}.
 */
package org.banach.plugins.games.smallgain;
