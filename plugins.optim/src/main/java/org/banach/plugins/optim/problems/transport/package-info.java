/**
 * Optimal-transport problems for the solvers of {@code org.banach.plugins.optim.transport}: instances
 * read from files (marginals and cost through the runtime's DataReader), random point clouds in the unit
 * square and discretised 1-D densities with the quantile closed form of W2². Private to the bundle;
 * published through {@link org.banach.plugins.optim.problems.transport.TransportProblemProvider}.
 */
package org.banach.plugins.optim.problems.transport;
