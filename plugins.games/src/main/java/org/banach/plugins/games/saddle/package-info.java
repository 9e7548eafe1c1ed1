/**
 * Convex–concave saddle-point problems in Chambolle–Pock form ({@link org.banach.api.games.SaddlePoint}):
 * the assignment linear programme with its exact Hungarian optimum, a quadratic–bilinear saddle with a
 * closed-form solution, and two primal–dual solvers (Chambolle–Pock, and the prediction–correction
 * adaptive PDHG of Xu &amp; He whose steps follow the average spectrum of K).
 */
package org.banach.plugins.games.saddle;
