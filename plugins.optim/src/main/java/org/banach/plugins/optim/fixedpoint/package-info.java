/**
 * Solvers for the {@link org.banach.api.optim.FixedPointMap} family: Banach–Picard iteration with a
 * contraction certificate ({@link org.banach.plugins.optim.fixedpoint.PicardIteration}).
 */
package org.banach.plugins.optim.fixedpoint;
