/**
 * Unconstrained first-order and quasi-Newton solvers of the smooth family: {@link
 * org.banach.plugins.optim.gradient.GradientDescent} (Armijo backtracking, Nocedal &amp; Wright Alg. 3.1),
 * {@link org.banach.plugins.optim.gradient.Lbfgs} (N&amp;W Alg. 7.4/7.5) and the reusable strong Wolfe
 * line searches {@link org.banach.plugins.optim.gradient.MoreThuenteLineSearch} (Moré &amp; Thuente 1994,
 * L-BFGS's default) and {@link org.banach.plugins.optim.gradient.StrongWolfeLineSearch} (N&amp;W Alg. 3.5/3.6). Private to the
 * bundle; the solvers are published as DS services.
 */
package org.banach.plugins.optim.gradient;
