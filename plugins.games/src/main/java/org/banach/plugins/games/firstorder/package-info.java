/**
 * First-order equilibrium solvers (issue #5, seed rows GB1 and GB3): projected gradient
 * descent–ascent, extragradient, optimistic GDA and Halpern iteration for variational inequalities
 * (claimed certificate: the natural residual ‖z − P(z − F(z))‖₂), and entropic Mirror-Prox with the
 * simplex-projected GDA and extragradient for two-player zero-sum matrix games (claimed certificate:
 * exploitability, the duality gap max_i (Ay)_i − min_j (Aᵀx)_j).
 */
package org.banach.plugins.games.firstorder;
