/**
 * Newton-type solvers on dense second-order information: {@link org.banach.plugins.optim.newton.DampedNewton}
 * (stepsize schedules of Hanzely, Abdukhakimov &amp; Takáč, arXiv:2405.18926) and
 * {@link org.banach.plugins.optim.newton.LevenbergMarquardt} (the Hölder-adaptive parameter of Ahookhosh,
 * Aragón Artacho, Fleming &amp; Vuong, Adv. Comput. Math. 45, 2019), with a small dense Cholesky helper
 * (the systems are n ≤ a few hundred). Private to the bundle; the solvers are published as DS services.
 */
package org.banach.plugins.optim.newton;
