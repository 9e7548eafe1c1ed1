/**
 * The equilibrium family: finite games in normal form (n players, mixed strategies) and their
 * two-player matrix special case, and variational inequalities (monotone operators on a convex set
 * with a projection), n-player differentiable games (player blocks, pseudo-gradient, per-player
 * projections, Jacobian-vector products). Solutions are concatenated mixed strategies (players in order) or the point z;
 * the runtime certifies them by exploitability (exact best responses) and operator residual.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.banach.api.games;
