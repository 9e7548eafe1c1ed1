/**
 * Solvers of the {@code optim.transport} family: Sinkhorn ({@link org.banach.plugins.optim.transport.LogSinkhorn},
 * kernel domain with one fused Backend sweep per iteration, switching to the log domain when the kernel
 * underflows), Sinkhorn-Newton-Sparse ({@link org.banach.plugins.optim.transport.SinkhornNewton}, Tang et al.
 * 2024) and the exact transportation (network) simplex ({@link org.banach.plugins.optim.transport.NetworkSimplex}).
 * The entropic solvers share their log-domain steps ({@code LogDomain}), problem refusal and result
 * ({@code TransportSolver}); all return dual potentials (f, g) and a marginal-error certificate computed as the
 * runtime's verifier computes it ({@link org.banach.plugins.optim.transport.PlanCheck}). Private to the bundle;
 * the solvers are published as DS services.
 */
package org.banach.plugins.optim.transport;
