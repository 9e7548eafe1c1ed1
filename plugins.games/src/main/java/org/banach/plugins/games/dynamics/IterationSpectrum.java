package org.banach.plugins.games.dynamics;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.banach.api.Monitor;
import org.banach.api.games.DifferentiableGame;

/**
 * The spectral radius of a method's iteration linearised at a point: J = J_F(z) is assembled column by
 * column from d Jacobian–vector products (counted as {@value #JACOBIAN_VECTOR}), the method's own
 * update is applied to each unit vector of its state with F replaced by w ↦ Jw (so the matrix is that
 * of the very update the solver runs, constraints ignored), and the eigenvalues of that matrix come
 * from Commons Math's real Schur–based {@link EigenDecomposition}. For an affine F (bilinear games) the
 * iteration is exactly linear in the deviation from the equilibrium, and this radius is its exact
 * asymptotic rate.
 */
final class IterationSpectrum {

    /** Counter name of Jacobian–vector products. */
    static final String JACOBIAN_VECTOR = "jacobian-vector";

    /** A linear map w ↦ out on Rᵈ (the linearised pseudo-gradient). */
    interface Field {
        void apply(double[] w, double[] out);
    }

    /** The method's update of a state vector in place, with the given field as the pseudo-gradient. */
    interface LinearUpdate {
        void apply(double[] state, Field field);
    }

    private IterationSpectrum() {
    }

    /** J_F(z), row-major, from d Jacobian–vector products. */
    static double[] jacobian(DifferentiableGame game, double[] z, Monitor monitor) {
        double[] j = game.jacobian(z);
        monitor.count(JACOBIAN_VECTOR, z.length);
        return j;
    }

    /** out = J w for a row-major d×d J. */
    static Field field(double[] j, int d) {
        return (w, out) -> {
            for (int r = 0; r < d; r++) {
                double s = 0;
                for (int c = 0; c < d; c++) {
                    s += j[r * d + c] * w[c];
                }
                out[r] = s;
            }
        };
    }

    /** The spectral radius of the m×m matrix whose column k is the update of the k-th unit state; NaN if the eigensolver fails. */
    static double radius(int m, LinearUpdate update, Field field) {
        double[][] l = new double[m][m];
        double[] s = new double[m];
        for (int k = 0; k < m; k++) {
            java.util.Arrays.fill(s, 0);
            s[k] = 1;
            update.apply(s, field);
            for (int r = 0; r < m; r++) {
                l[r][k] = s[r];
            }
        }
        return spectralRadius(l);
    }

    /** The largest eigenvalue modulus of the square matrix m (rows); NaN if the eigensolver fails. */
    static double spectralRadius(double[][] m) {
        try {
            EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(m, false));
            double[] re = eig.getRealEigenvalues();
            double[] im = eig.getImagEigenvalues();
            double rho = 0;
            for (int i = 0; i < re.length; i++) {
                rho = Math.max(rho, Math.hypot(re[i], im[i]));
            }
            return rho;
        } catch (RuntimeException e) { // no convergence of the QR iteration
            return Double.NaN;
        }
    }
}
