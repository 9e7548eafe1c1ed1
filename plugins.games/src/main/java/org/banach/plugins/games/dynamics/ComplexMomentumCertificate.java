package org.banach.plugins.games.dynamics;

import java.util.function.DoubleUnaryOperator;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.banach.api.RateFit;

/**
 * The pieces of {@link ComplexMomentum}'s contraction claim that are not the iteration itself: the
 * metric string, the measured rate of the recorded residuals, and the safe-step search. The runtime's
 * {@code GameContractionVerifier} recomputes the radius by the same definition with its own code, and the
 * measured rate with the same API method, {@link RateFit#tailRate}.
 * <ul>
 * <li>Metric: {@code complex-momentum[step=α,momentum=|β|,phase=φ,mode=simultaneous|alternating]} (each
 * number in Java's shortest round-trip decimal form; β = |β|·e^{iπφ}): it names the iteration completely,
 * so its matrix can be rebuilt from the problem's Jacobian at the returned point.</li>
 * <li>Measured rate ({@link #measuredRate}, {@link RateFit#tailRate}): of the natural residuals r₀, …, r_n recorded per iterate,
 * keep the prefix up to the last k before r_k first drops below {@link #FLOOR}·r₀ (below that rounding
 * dominates) or is not finite; exp(slope) of the least-squares fit of log r_k against k over the second
 * half [⌊K/2⌋, K] of that prefix; NaN when the window has fewer than {@link #MIN_POINTS} points or r₀ is
 * not positive and finite.</li>
 * <li>Safe step ({@link #safeStep}): with ρ(a) the radius at step a (same momentum and phase), a step
 * contracting when ρ(a) &lt; 1 − {@link #MARGIN}, on the grid α·2^{j/8}, |j| ≤ 80: when α contracts, walk
 * up to the first non-contracting grid step and bisect ({@value #BISECTIONS} halvings) between the last contracting and the first non-contracting grid step — the upper end of the interval of
 * contracting steps that contains α (α·1024 if still contracting there); when it does not, walk down to
 * the first contracting grid step and bisect between it and the grid step above it — the upper end of
 * the nearest contracting interval below α; 0 when no step in [α/1024, α] contracts.</li>
 * </ul>
 * For the simultaneous update the radius at any step comes cheaply from the eigenvalues λ of J (the
 * blocks of the 3d×3d iteration matrix are polynomials in J, so its spectrum is the union over λ of the
 * spectra of the 3×3 matrices [[1−αλ, αβr, −αβi], [−λ, βr, −βi], [0, βi, βr]]), {@link #simultaneousRadius}.
 */
final class ComplexMomentumCertificate {

    /** Residuals below this fraction of r₀ are left out of the measured rate. */
    static final double FLOOR = 1e-12;
    /** Fewest points of the fit window. */
    static final int MIN_POINTS = 10;
    /** The claim fails when the measured rate exceeds the radius by more than this. */
    static final double SLACK = 1e-3;
    /** The claim's tolerance is at most 1 − this: a radius within rounding of 1 certifies nothing. */
    static final double MARGIN = 1e-9;
    /** Grid points per doubling of the step, and the most grid points walked either way. */
    static final int GRID_PER_DOUBLING = 8;
    static final int GRID_STEPS = 80;
    static final int BISECTIONS = 30;

    private ComplexMomentumCertificate() {
    }

    /** The metric string of the class comment. */
    static String metric(double step, double momentum, double phase, boolean alternating) {
        return "complex-momentum[step=" + step + ",momentum=" + momentum + ",phase=" + phase + ",mode="
                + (alternating ? "alternating" : "simultaneous") + "]";
    }

    /** The measured rate of the class comment: {@link RateFit#tailRate}, the runtime's definition. */
    static double measuredRate(double[] r) {
        return RateFit.tailRate(r, FLOOR, MIN_POINTS);
    }

    /** The eigenvalues of a row-major d×d matrix as {re, im}; null if the eigensolver fails. */
    static double[][] eigenvalues(double[] j, int d) {
        double[][] a = new double[d][d];
        for (int r = 0; r < d; r++) {
            System.arraycopy(j, r * d, a[r], 0, d);
        }
        try {
            EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(a, false));
            return new double[][] {eig.getRealEigenvalues(), eig.getImagEigenvalues()};
        } catch (RuntimeException e) { // no convergence of the QR iteration
            return null;
        }
    }

    /**
     * The spectral radius of the simultaneous iteration at step a with β = br + i·bi, from J's eigenvalues
     * {re, im}: the largest over λ (one of each conjugate pair) of the radius of the 3×3 complex matrix of
     * the class comment, computed as that of its 6×6 real form [[A, −B], [B, A]]; NaN if an eigensolve fails.
     */
    static double simultaneousRadius(double[][] lambda, double a, double br, double bi) {
        double rho = 0;
        for (int i = 0; i < lambda[0].length; i++) {
            double lr = lambda[0][i];
            double li = lambda[1][i];
            if (li < 0) {
                continue;
            }
            double[][] re = {{1 - a * lr, a * br, -a * bi}, {-lr, br, -bi}, {0, bi, br}};
            double[][] im = {{-a * li, 0, 0}, {-li, 0, 0}, {0, 0, 0}};
            double[][] m = new double[6][6];
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    m[r][c] = re[r][c];
                    m[r + 3][c + 3] = re[r][c];
                    m[r][c + 3] = -im[r][c];
                    m[r + 3][c] = im[r][c];
                }
            }
            double q = IterationSpectrum.spectralRadius(m);
            if (Double.isNaN(q)) {
                return Double.NaN;
            }
            rho = Math.max(rho, q);
        }
        return rho;
    }

    private static boolean contracts(double rho) {
        return rho < 1 - MARGIN;
    }

    /** The safe step of the class comment for the radius function rho around the step alpha; NaN if rho is. */
    static double safeStep(DoubleUnaryOperator rho, double alpha) {
        double here = rho.applyAsDouble(alpha);
        if (Double.isNaN(here)) {
            return Double.NaN;
        }
        double ratio = Math.pow(2, 1.0 / GRID_PER_DOUBLING);
        double good;
        double bad;
        if (contracts(here)) {
            good = alpha;
            bad = Double.NaN;
            for (int j = 1; j <= GRID_STEPS; j++) {
                double a = alpha * Math.pow(ratio, j);
                if (contracts(rho.applyAsDouble(a))) {
                    good = a;
                } else {
                    bad = a;
                    break;
                }
            }
            if (Double.isNaN(bad)) {
                return good;
            }
        } else {
            bad = alpha;
            good = Double.NaN;
            for (int j = 1; j <= GRID_STEPS; j++) {
                double a = alpha * Math.pow(ratio, -j);
                if (contracts(rho.applyAsDouble(a))) {
                    good = a;
                    break;
                }
                bad = a;
            }
            if (Double.isNaN(good)) {
                return 0;
            }
        }
        for (int i = 0; i < BISECTIONS; i++) {
            double mid = (good + bad) / 2;
            if (contracts(rho.applyAsDouble(mid))) {
                good = mid;
            } else {
                bad = mid;
            }
        }
        return good;
    }
}
