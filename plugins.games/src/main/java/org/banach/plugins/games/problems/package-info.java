/**
 * The equilibrium problem library, served by the DS component
 * {@link org.banach.plugins.games.problems.GamesProblemProvider}: classic matrix games with published
 * values and equilibria ({@code games/rps}, {@code games/matching-pennies}, {@code games/shapley},
 * {@code games/morra}), seeded random games ({@code games/random-zero-sum}, {@code games/random-bimatrix}),
 * monotone linear variational inequalities with known solutions ({@code games/bilinear},
 * {@code games/monotone-linear-vi}) and games from files ({@code games/matrix}: Gambit .nfg in both
 * versions, or payoff matrices read by the runtime's DataReader).
 */
package org.banach.plugins.games.problems;
