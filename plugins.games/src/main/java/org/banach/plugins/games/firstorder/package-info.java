/**
 * First-order equilibrium solvers (issue #5, seed rows GB1, GB3 and G5): projected gradient
 * descent–ascent, extragradient, optimistic GDA, Halpern iteration and the single-call past
 * extra-gradient and reflected gradient methods for variational inequalities (claimed certificate:
 * the natural residual ‖z − P(z − F(z))‖₂, of the last iterate or of the ergodic average; methods that
 * need a monotone operator stop with INVALID_INPUT when the trajectory shows it is not), and
 * entropic Mirror-Prox with the simplex-projected GDA and extragradient for two-player zero-sum matrix
 * games (claimed certificate: exploitability, the duality gap max_i (Ay)_i − min_j (Aᵀx)_j).
 */
package org.banach.plugins.games.firstorder;
