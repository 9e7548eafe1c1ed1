/** The optimisation family: smooth objectives with gradients, optional Hessian-vector products and bounds. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.banach.api.optim;
