/**
 * Exact equilibrium solvers (issue #5, seed row GB2): the linear programme of a two-player zero-sum
 * matrix game in standard form solved by a dense-tableau simplex method with LU reinversion (Apache
 * Commons Math 3.6.1's LU decomposition, embedded in the bundle, only the classes used; nothing is
 * imported). Claimed certificate: exploitability of the returned profile.
 */
package org.banach.plugins.games.exact;
