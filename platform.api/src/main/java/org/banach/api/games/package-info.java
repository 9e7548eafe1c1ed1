/**
 * The equilibrium family: finite games in normal form (n players, mixed strategies) and their
 * two-player matrix special case; variational inequalities (monotone operators on a convex set with a
 * projection) and their refinements — n-player differentiable games (player blocks, per-player losses
 * and projections, Jacobian-vector products), finite sums of operators (per-component evaluation, for
 * variance reduction) and convex–concave saddle points in Chambolle–Pock form (prox operators); the
 * water-filling power-control game; the β-regularised preference game. Solutions are concatenated
 * mixed strategies or powers (players in order), the point z, or x then y. The runtime certifies them
 * by exploitability (exact best responses), operator residual, duality gap (relative KKT error) and
 * contraction (weighted metric, rate, safe step).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.banach.api.games;
