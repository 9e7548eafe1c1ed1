/**
 * The optimisation family: smooth objectives with gradients, optional Hessian-vector products, dense
 * Hessians (1.2) and bounds; equality-constrained problems, linear systems and their sequences, optimal
 * transport, finite sums and convex-set objectives; since 1.2 also systems of nonlinear equations
 * F(x) = 0, fixed-point maps with Jacobians, composite (smooth + prox-friendly) and nonsmooth
 * (subgradient) objectives, and the constants (L, μ, L_max, G) a problem knows.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.banach.api.optim;
