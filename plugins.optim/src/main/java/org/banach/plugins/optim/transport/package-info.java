/**
 * Solvers of the {@code optim.transport} family: log-domain Sinkhorn ({@link
 * org.banach.plugins.optim.transport.LogSinkhorn}, host loops over Backend kernels) and the exact
 * transportation (network) simplex ({@link org.banach.plugins.optim.transport.NetworkSimplex}). Both
 * return dual potentials (f, g) and a marginal-error certificate computed as the runtime's verifier
 * computes it ({@link org.banach.plugins.optim.transport.PlanCheck}). Private to the bundle; the
 * solvers are published as DS services.
 */
package org.banach.plugins.optim.transport;
