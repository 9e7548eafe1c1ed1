/**
 * Problems for the Newton-type solvers: systems of nonlinear equations (Powell's singular function,
 * mass-action reaction-network steady states) and the pseudo-Huber objective, published by
 * {@link org.banach.plugins.optim.problems.equations.EquationsProblemProvider}. Private to the bundle.
 */
package org.banach.plugins.optim.problems.equations;
