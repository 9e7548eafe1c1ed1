package org.banach.runtime.verify;

import java.util.HashMap;
import java.util.Map;

import org.banach.api.Certificate;
import org.banach.api.RateFit;
import org.banach.api.Result;
import org.banach.api.games.DifferentiableGame;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Checks a complex-momentum contraction claim (Lorraine, Acuna, Vicol &amp; Duvenaud, "Complex Momentum
 * for Optimization in Games", AISTATS 2022) on a {@link DifferentiableGame}, for
 * {@link GameContractionVerifier}: it rebuilds the iteration matrix from the game's Jacobian at the
 * returned point and the claim's metric alone, and checks its spectral radius against the run's residuals.
 * <p>
 * Metric: {@code complex-momentum[step=α,momentum=m,phase=φ,mode=simultaneous|alternating]}, the four
 * keys each exactly once in any order, α &gt; 0, m ≥ 0 and φ finite, β = m·e^{iπφ} = βr + iβi. The
 * iteration (μ ∈ ℂᵈ, μ₀ = 0, F the pseudo-gradient): μ ← βμ − F(ω), ω ← ω + αℜμ, on all coordinates at
 * once ({@code simultaneous}) or, for two players, on player 1's block and then on player 2's with F at
 * the updated point ({@code alternating}). Anything else is malformed.
 * <ol>
 * <li>J = J_F(z̄) at the returned point z̄, column by column from {@code jacobianVector}.</li>
 * <li>For a set I of coordinates, L_I is the 3d×3d matrix on the state (ω, ℜμ, ℑμ) that updates the
 * coordinates in I with the linear field w ↦ Jw and leaves the others: for i ∈ I, rows
 * ℜμᵢ' = −J_{i,:}ω + βrℜμᵢ − βiℑμᵢ, ℑμᵢ' = βiℜμᵢ + βrℑμᵢ, ωᵢ' = ωᵢ + αℜμᵢ'; identity rows for i ∉ I. The
 * iteration matrix is L_{all} (simultaneous) or L_{player 2}·L_{player 1} (alternating).</li>
 * <li>ρ = its spectral radius (EJML's general eigenvalue decomposition). Constraints are ignored: ρ is the
 * rate of the unconstrained iteration, exact for affine F, the local rate otherwise.</li>
 * <li>Measured rate m from the series {@value #RESIDUAL} (the natural residual r_k of every iterate),
 * {@link RateFit#tailRate}: the prefix up to the last k before r_k first drops below {@link #FLOOR}·r₀
 * or is not finite, and exp(slope) of the least-squares fit of log r_k against k over its second half [⌊K/2⌋, K]; NaN when that window has fewer
 * than {@link #MIN_POINTS} points, r₀ is not positive and finite, or the series is missing.</li>
 * </ol>
 * Verdict: when m ≤ ρ + {@link #SLACK} or m is NaN, the certificate is {@code contraction} with value ρ
 * and tolerance t = min(tolerance, 1 − {@link #MARGIN}): <b>satisfied ⇔ ρ ≤ t</b>, i.e. ρ &lt; 1 by more
 * than the eigensolver's rounding (a radius within MARGIN of 1, such as alternating GDA's on a bilinear
 * game, certifies nothing) and ρ ≤ tolerance. When m &gt; ρ + SLACK the residuals contradict the
 * radius: the value is m, the tolerance min(t, ρ), and the certificate fails. A malformed metric, a returned point of the wrong
 * length or non-finite, d &gt; {@link #MAX_DIMENSION} or a failed eigensolve give NaN (fails). The safe
 * step is not recomputed (NaN).
 */
public final class MomentumContraction {

    /** The metric's prefix. */
    public static final String PREFIX = "complex-momentum[";
    /** The series of per-iterate natural residuals. */
    public static final String RESIDUAL = "residual";
    /** Residuals below this fraction of r₀ are left out of the measured rate. */
    public static final double FLOOR = 1e-12;
    /** Fewest points of the measured rate's fit window. */
    public static final int MIN_POINTS = 10;
    /** Slack on the measured rate (the fit of a finite, oscillating trajectory). */
    public static final double SLACK = 1e-3;
    /** A radius must be below 1 by more than this (rounding of the eigenvalues) to certify a contraction. */
    public static final double MARGIN = 1e-9;
    /** Largest dimension verified (a 3d×3d dense eigenproblem). */
    public static final int MAX_DIMENSION = 2000;

    /** The iteration a metric names. */
    public record Iteration(double step, double momentum, double phase, boolean alternating) {
    }

    private MomentumContraction() {
    }

    /** Whether the metric names a complex-momentum iteration (well formed or not). */
    public static boolean names(String metric) {
        return metric != null && metric.startsWith(PREFIX);
    }

    /** The iteration of a well-formed metric (see the class comment), or null. */
    public static Iteration parse(String metric) {
        if (!names(metric) || !metric.endsWith("]")) {
            return null;
        }
        Map<String, String> kv = new HashMap<>();
        for (String part : metric.substring(PREFIX.length(), metric.length() - 1).split(",", -1)) {
            int eq = part.indexOf('=');
            if (eq < 0 || kv.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim()) != null) {
                return null;
            }
        }
        String mode = kv.get("mode");
        if (kv.size() != 4 || !("simultaneous".equals(mode) || "alternating".equals(mode))) {
            return null;
        }
        try {
            double step = Double.parseDouble(kv.get("step"));
            double momentum = Double.parseDouble(kv.get("momentum"));
            double phase = Double.parseDouble(kv.get("phase"));
            if (!(step > 0) || !(momentum >= 0) || !Double.isFinite(step) || !Double.isFinite(momentum)
                    || !Double.isFinite(phase)) {
                return null;
            }
            return new Iteration(step, momentum, phase, "alternating".equals(mode));
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    /** The verdict of the class comment. */
    public static Certificate verify(DifferentiableGame game, Result result, double tolerance) {
        String metric = result.certificate().metric();
        Iteration it = parse(metric);
        double rho = it == null ? Double.NaN : radius(game, it, result.solution());
        if (Double.isNaN(rho)) {
            return Certificate.contraction(Double.NaN, tolerance, metric, Double.NaN);
        }
        double t = Math.min(tolerance, 1 - MARGIN);
        double m = measuredRate(result.series().get(RESIDUAL));
        if (m > rho + SLACK) {
            return Certificate.contraction(m, Math.min(t, rho), metric, Double.NaN);
        }
        return Certificate.contraction(rho, t, metric, Double.NaN);
    }

    /** The spectral radius of the iteration linearised at z (steps 1–3 of the class comment); NaN when undefined. */
    public static double radius(DifferentiableGame game, Iteration it, double[] z) {
        int d = game.dimension();
        if (z == null || z.length != d || d > MAX_DIMENSION || (it.alternating() && game.players() != 2)) {
            return Double.NaN;
        }
        for (double v : z) {
            if (!Double.isFinite(v)) {
                return Double.NaN;
            }
        }
        DMatrixRMaj j = GameContractionVerifier.jacobian(game, z);
        DMatrixRMaj l;
        if (!it.alternating()) {
            l = update(j, it, 0, d);
        } else {
            int split = game.blockSize(0);
            l = new DMatrixRMaj(3 * d, 3 * d);
            CommonOps_DDRM.mult(update(j, it, split, d), update(j, it, 0, split), l);
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(3 * d, false, false);
        if (!eig.decompose(l)) {
            return Double.NaN;
        }
        double rho = 0;
        for (int i = 0; i < eig.getNumberOfEigenvalues(); i++) {
            rho = Math.max(rho, eig.getEigenvalue(i).getMagnitude());
        }
        return rho;
    }

    /** L_I for I = [from, to) (step 2 of the class comment). */
    static DMatrixRMaj update(DMatrixRMaj j, Iteration it, int from, int to) {
        int d = j.numRows;
        double a = it.step();
        double br = it.momentum() * Math.cos(Math.PI * it.phase());
        double bi = it.momentum() * Math.sin(Math.PI * it.phase());
        DMatrixRMaj l = CommonOps_DDRM.identity(3 * d);
        for (int i = from; i < to; i++) {
            int w = i;
            int re = d + i;
            int im = 2 * d + i;
            l.set(re, re, br);
            l.set(re, im, -bi);
            l.set(im, re, bi);
            l.set(im, im, br);
            for (int c = 0; c < d; c++) {
                l.set(re, c, -j.get(i, c));
                l.set(w, c, (c == i ? 1 : 0) - a * j.get(i, c));
            }
            l.set(w, re, a * br);
            l.set(w, im, -a * bi);
        }
        return l;
    }

    /** The measured rate of the class comment (NaN for a missing series): {@link RateFit#tailRate}. */
    public static double measuredRate(double[] r) {
        return RateFit.tailRate(r, FLOOR, MIN_POINTS);
    }
}
