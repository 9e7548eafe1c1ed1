/**
 * Linear-system problems for the iterative solvers of {@code org.banach.plugins.optim.linear}: the
 * 2-D Poisson and convection–diffusion matrices, systems read from files, and the shifted-Laplacian
 * sequence for learning SOR's ω across instances. Private to the bundle; published through
 * {@link org.banach.plugins.optim.problems.linear.LinearProblemProvider}.
 */
package org.banach.plugins.optim.problems.linear;
