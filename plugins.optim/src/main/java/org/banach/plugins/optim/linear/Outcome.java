package org.banach.plugins.optim.linear;

import org.banach.api.Status;

/**
 * How one solve ended: status, message (null for a plain convergence), the iterate (null when there is
 * none), the iterations taken and the last residual the iteration itself measured.
 */
record Outcome(Status status, String message, double[] x, long iterations, double residual) {
}
