/**
 * Finite-sum monotone inclusions (issue #5, seed row G1): the problem family
 * {@link org.banach.api.games.FiniteSumOperator} F = (1/n) Σᵢ Fᵢ with its instances
 * ({@code games/finite-sum-linear}, {@code games/finite-sum-bilinear}, {@code games/finite-sum-quadratic})
 * and the variance-reduced Halpern iteration {@code games.vr-halpern} (Cai, Alacaoglu &amp; Diakonikolas,
 * ICLR 2024), which counts component evaluations and claims the natural residual.
 */
package org.banach.plugins.games.finitesum;
