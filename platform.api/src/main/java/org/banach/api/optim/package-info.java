/**
 * The optimisation family: smooth objectives with gradients, optional Hessian-vector products, dense
 * Hessians (1.2) and bounds; equality-constrained problems, linear systems and their sequences, optimal
 * transport, finite sums, convex-set objectives, and (1.2) systems of nonlinear equations F(x) = 0.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.banach.api.optim;
