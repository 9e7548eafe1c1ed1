/**
 * Iterative solvers of the {@code optim.linear-system} family: the stationary methods {@link
 * org.banach.plugins.optim.linear.Jacobi}, {@link org.banach.plugins.optim.linear.GaussSeidel} and
 * {@link org.banach.plugins.optim.linear.Sor} (host-side CSR sweeps), the Krylov methods {@link
 * org.banach.plugins.optim.linear.ConjugateGradient} and {@link org.banach.plugins.optim.linear.Gmres}
 * (mat-vecs through the run's Backend), and, for the {@code optim.linear-system-sequence} family, SOR
 * with ω learned across instances ({@link org.banach.plugins.optim.linear.LearnedSor}, {@link
 * org.banach.plugins.optim.linear.LearnedSorContextual}; Khodak et al., ICLR 2024). Private to the
 * bundle; the solvers are published as DS services.
 */
package org.banach.plugins.optim.linear;
