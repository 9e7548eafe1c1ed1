/**
 * The optimisation problem library: the Moré–Garbow–Hillstrom unconstrained test set (ACM TOMS 7(1),
 * 1981) in {@link org.banach.plugins.optim.problems.MghCatalog}, Rosenbrock's function in n variables
 * ({@link org.banach.plugins.optim.problems.GeneralRosenbrock}), and the DS service
 * {@link org.banach.plugins.optim.problems.OptimProblemProvider} that names and creates them.
 */
package org.banach.plugins.optim.problems;
