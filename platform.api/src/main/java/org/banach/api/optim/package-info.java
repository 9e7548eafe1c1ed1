/** The optimisation family: smooth objectives with gradients, optional Hessian-vector products and bounds; since 1.2 also composite (smooth + prox-friendly) and nonsmooth (subgradient) objectives and the constants (L, μ, L_max, G) a problem knows. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.banach.api.optim;
