/**
 * Exact equilibrium solvers (issue #5, seed row GB2): the linear programme of a two-player zero-sum
 * matrix game in standard form solved by a dense-tableau simplex method with LU reinversion (own code,
 * no library), and the Lemke–Howson algorithm for two-player general-sum games
 * ({@code games.lemke-howson}). Claimed certificate: exploitability of the returned profile.
 */
package org.banach.plugins.games.exact;
