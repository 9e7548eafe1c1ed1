package org.banach.plugins.games.preference;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.banach.api.games.PreferenceGame;

/**
 * An independent reference for the tests: the regularised equilibrium π* = BR(π*) ∝ μ∘exp(P·π* / β) by
 * damped Newton on G(π) = π − BR(π) from the reference μ (Jacobian I − (diag(b) − b bᵀ)·P/β, b = BR(π),
 * dense LU), halving the step until ‖G‖ falls; stops when ‖G‖_∞ ≤ 1e-15.
 */
final class RegularisedEquilibrium {

    private RegularisedEquilibrium() {
    }

    static double[] newton(PreferenceGame game) {
        int n = game.actions();
        double[] p = game.preferences();
        double beta = game.beta();
        double[] pi = game.reference().clone();
        double residual = norm(residual(game, pi));
        for (int it = 0; it < 100 && residual > 1e-15; it++) {
            double[] b = PreferenceGame.bestResponse(game, pi);
            double[][] jac = new double[n][n];
            double[] bp = new double[n]; // (bᵀP)_j
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    bp[j] += b[i] * p[i * n + j];
                }
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    jac[i][j] = (i == j ? 1 : 0) - b[i] * (p[i * n + j] - bp[j]) / beta;
                }
            }
            RealVector step = new LUDecomposition(new Array2DRowRealMatrix(jac, false)).getSolver()
                    .solve(new ArrayRealVector(residual(game, pi), false));
            for (double t = 1; t > 1e-6; t /= 2) {
                double[] trial = new double[n];
                for (int i = 0; i < n; i++) {
                    trial[i] = Math.max(pi[i] - t * step.getEntry(i), 1e-300);
                }
                double r = norm(residual(game, trial));
                if (r < residual) {
                    pi = trial;
                    residual = r;
                    break;
                }
            }
        }
        return pi;
    }

    static double[] residual(PreferenceGame game, double[] pi) {
        double[] b = PreferenceGame.bestResponse(game, pi);
        double[] g = new double[pi.length];
        for (int i = 0; i < pi.length; i++) {
            g[i] = pi[i] - b[i];
        }
        return g;
    }

    static double norm(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }
}
