/**
 * Exact equilibrium solvers (issue #5, seed row GB2): the linear programme of a two-player zero-sum
 * matrix game solved by the simplex method of Apache Commons Math 3.6.1 (embedded in the bundle, only
 * the classes used; nothing is imported). Claimed certificate: exploitability of the returned profile.
 */
package org.banach.plugins.games.exact;
