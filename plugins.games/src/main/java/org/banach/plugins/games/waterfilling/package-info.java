/**
 * Iterative water-filling for the Gaussian interference power-control game (issue #5, seed row G3):
 * random multi-carrier interference channels ({@code games/water-filling}, served by
 * {@link org.banach.plugins.games.waterfilling.WaterFillingProblems}) and the solver
 * {@code games.water-filling} with sequential, simultaneous and asynchronous schedules, which records
 * the spectral-radius sufficient condition ρ(S) &lt; 1 of Scutari, Palomar &amp; Barbarossa before it
 * iterates (claimed certificate: exploitability, the users' total rate gain from water-filling
 * responses).
 */
package org.banach.plugins.games.waterfilling;
