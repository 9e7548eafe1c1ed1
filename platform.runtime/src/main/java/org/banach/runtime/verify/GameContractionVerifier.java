package org.banach.runtime.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.banach.api.Certificate;
import org.banach.api.CertificateVerifier;
import org.banach.api.Result;
import org.banach.api.games.DifferentiableGame;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.osgi.service.component.annotations.Component;

/**
 * Checks a Small-Gain Nash contraction claim on a {@link DifferentiableGame} (Sharma, arXiv:2512.06791):
 * it recomputes the certified rate from the game's own Jacobian for the claimed block weights, and checks
 * that rate against the run's recorded trajectory.
 * <p>
 * Inputs: the claim's metric {@code weighted-l2[w1,...,wn]} (one positive weight per player; the metric
 * ‖z‖_w = √(Σᵢ wᵢ‖zᵢ‖²)), the run's series {@code step-size} = [η] and {@code step-length} =
 * (‖z_{k+1} − z_k‖_w)_k, and the settings {@code integrator} ({@code euler} unless {@code rk4}) and
 * {@code radius} ρ (1 when absent).
 * <ol>
 * <li>Region: the start z₀, z₀ ± ρu₁, z₀ ± ρu₂ (u₁ = (1, …, 1)/√d, u₂ = (1, −1, 1, …)/√d) — the solver's
 * sample — and the returned point. At each the dense Jacobian (from {@code jacobianVector}) gives
 * μᵢ = λ_min(sym J_ii), Lᵢⱼ = ‖J_ij‖₂ and L_w = ‖W^½JW^−½‖₂ (EJML eigenvalues and SVD); μᵢ is the minimum,
 * Lᵢⱼ and L_w the maximum over the points.</li>
 * <li>Margin α = λ_min(M), Mᵢᵢ = μᵢ, Mᵢⱼ = −(wᵢLᵢⱼ + wⱼLⱼᵢ)/(2√(wᵢwⱼ)); certified rate
 * q = √max(0, 1 − 2η(α − e) + η²(L_w + e)²) with e = 0 for Euler and e = L_w(h/2 + h²/6 + h³/24), h = ηL_w,
 * for RK4; safe step: 2α/L_w² (Euler) or the root of q = 1 (RK4).</li>
 * <li>Measured rate m = the largest ratio s_{k+1}/s_k of successive step lengths over the steps with
 * s_k ≥ {@link #FLOOR}·max(s₀, ‖z̄‖_w) (below that rounding dominates); NaN when there are fewer than two
 * such steps.</li>
 * </ol>
 * Verdict: when m ≤ q + {@link #SLACK} (or m is NaN) the certificate is {@code contraction} with value q
 * and the run's tolerance: <b>satisfied ⇔ q &lt; 1 and q ≤ tolerance</b> (the bound is certified and the
 * trajectory does not contradict it). When m &gt; q + SLACK the trajectory disproves the bound: the value
 * is m and the certificate fails. A missing or malformed metric or step gives NaN (fails). The bounds
 * are sampled (exact for constant Jacobians, i.e. quadratic games), not interval enclosures.
 * <p>
 * A claim whose metric starts with {@code complex-momentum[} (games.complex-momentum, Lorraine et al. 2022)
 * is checked instead by {@link MomentumContraction}: the spectral radius of the iteration the metric
 * names, rebuilt from the game's Jacobian at the returned point, against the rate of the recorded
 * residuals.
 */
@Component(service = CertificateVerifier.class, property = "banach.verifier.criterion=" + Certificate.CONTRACTION)
public final class GameContractionVerifier implements CertificateVerifier<DifferentiableGame> {

    public static final String STEP_LENGTH = "step-length";
    public static final String STEP_SIZE = "step-size";
    /** Slack on the measured ratios (rounding of the recorded lengths). */
    public static final double SLACK = 1e-6;
    /** Step lengths below this fraction of the scale are left out of the measured rate. */
    public static final double FLOOR = 1e-8;

    @Override
    public Class<DifferentiableGame> problemType() {
        return DifferentiableGame.class;
    }

    @Override
    public String criterion() {
        return Certificate.CONTRACTION;
    }

    /** The claim names the metric (weights, or the momentum iteration) this verifier checks. */
    @Override
    public boolean needsClaim() {
        return true;
    }

    /** Without the run's claim and records nothing is certified: NaN. */
    @Override
    public Certificate verify(DifferentiableGame problem, double[] solution, double tolerance) {
        return Certificate.contraction(Double.NaN, tolerance, null, Double.NaN);
    }

    @Override
    public Certificate verify(DifferentiableGame game, Result result, double tolerance) {
        Certificate claim = result.certificate();
        if (claim != null && MomentumContraction.names(claim.metric())) {
            return MomentumContraction.verify(game, result, tolerance);
        }
        double[] w = claim == null ? null : weights(claim.metric(), game.players());
        double[] size = result.series().get(STEP_SIZE);
        double eta = size == null || size.length == 0 ? Double.NaN : size[0];
        if (w == null || !(eta > 0)) {
            return Certificate.contraction(Double.NaN, tolerance, claim == null ? null : claim.metric(), Double.NaN);
        }
        Map<String, Object> settings = result.settings();
        boolean rk4 = "rk4".equals(String.valueOf(settings.get("integrator")));
        Object r = settings.get("radius");
        double radius = r instanceof Number ? ((Number) r).doubleValue() : 1.0;
        double[] figures = figures(game, w, regionSamples(game.start(), radius, result.solution()));
        double alpha = figures[0];
        double lw = figures[1];
        double q = rate(rk4, alpha, lw, eta);
        double safe = safeStep(rk4, alpha, lw);
        double m = measuredRate(result.series().get(STEP_LENGTH), weightedNorm(game, w, result.solution()));
        if (m > q + SLACK) {
            return Certificate.contraction(m, Math.min(tolerance, q), claim.metric(), safe);
        }
        return Certificate.contraction(q, tolerance, claim.metric(), safe);
    }

    /** The weights of {@code weighted-l2[w1,...,wn]}, null unless there are n positive finite ones. */
    public static double[] weights(String metric, int players) {
        if (metric == null || !metric.startsWith("weighted-l2[") || !metric.endsWith("]")) {
            return null;
        }
        String[] parts = metric.substring("weighted-l2[".length(), metric.length() - 1).split(",");
        if (parts.length != players) {
            return null;
        }
        double[] w = new double[players];
        try {
            for (int p = 0; p < players; p++) {
                w[p] = Double.parseDouble(parts[p].trim());
                if (!(w[p] > 0) || Double.isInfinite(w[p])) {
                    return null;
                }
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return w;
    }

    /** The largest s_{k+1}/s_k over the steps with s_k ≥ FLOOR·max(s₀, scale); NaN with fewer than two. */
    public static double measuredRate(double[] lengths, double scale) {
        if (lengths == null || lengths.length < 2) {
            return Double.NaN;
        }
        double floor = FLOOR * Math.max(lengths[0], scale);
        double m = Double.NaN;
        for (int k = 0; k + 1 < lengths.length; k++) {
            if (lengths[k] >= floor && lengths[k] > 0) {
                double ratio = lengths[k + 1] / lengths[k];
                m = Double.isNaN(m) ? ratio : Math.max(m, ratio);
            }
        }
        return m;
    }

    /** {α, L_w} over the points for weights w. */
    public static double[] figures(DifferentiableGame game, double[] w, List<double[]> points) {
        int n = game.players();
        int d = game.dimension();
        double[] mu = new double[n];
        java.util.Arrays.fill(mu, Double.POSITIVE_INFINITY);
        double[][] l = new double[n][n];
        double lw = 0;
        for (double[] z : points) {
            DMatrixRMaj j = jacobian(game, z);
            DMatrixRMaj scaled = new DMatrixRMaj(d, d);
            for (int p = 0; p < n; p++) {
                int sp = game.blockStart(p);
                int np = game.blockSize(p);
                DMatrixRMaj sym = new DMatrixRMaj(np, np);
                for (int a = 0; a < np; a++) {
                    for (int b = 0; b < np; b++) {
                        sym.set(a, b, (j.get(sp + a, sp + b) + j.get(sp + b, sp + a)) / 2);
                    }
                }
                mu[p] = Math.min(mu[p], lambdaMin(sym));
                for (int q = 0; q < n; q++) {
                    int sq = game.blockStart(q);
                    int nq = game.blockSize(q);
                    DMatrixRMaj block = new DMatrixRMaj(np, nq);
                    for (int a = 0; a < np; a++) {
                        for (int b = 0; b < nq; b++) {
                            block.set(a, b, j.get(sp + a, sq + b));
                            scaled.set(sp + a, sq + b, Math.sqrt(w[p] / w[q]) * j.get(sp + a, sq + b));
                        }
                    }
                    if (q != p) {
                        l[p][q] = Math.max(l[p][q], NormOps_DDRM.normP2(block));
                    }
                }
            }
            lw = Math.max(lw, NormOps_DDRM.normP2(scaled));
        }
        DMatrixRMaj m = new DMatrixRMaj(n, n);
        for (int p = 0; p < n; p++) {
            m.set(p, p, mu[p]);
            for (int q = 0; q < n; q++) {
                if (q != p) {
                    m.set(p, q, -(w[p] * l[p][q] + w[q] * l[q][p]) / (2 * Math.sqrt(w[p] * w[q])));
                }
            }
        }
        return new double[] {lambdaMin(m), lw};
    }

    /** The certified rate of one step η (see the class comment). */
    public static double rate(boolean rk4, double alpha, double lw, double eta) {
        double h = eta * lw;
        double e = rk4 ? lw * (h / 2 + h * h / 6 + h * h * h / 24) : 0;
        return Math.sqrt(Math.max(0, 1 - 2 * eta * (alpha - e) + eta * eta * (lw + e) * (lw + e)));
    }

    static double safeStep(boolean rk4, double alpha, double lw) {
        if (!(alpha > 0) || !(lw > 0)) {
            return 0;
        }
        double lo = 0;
        double hi = 2 * alpha / (lw * lw);
        if (!rk4) {
            return hi;
        }
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            if (rate(true, alpha, lw, mid) < 1) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static List<double[]> regionSamples(double[] z0, double radius, double[] returned) {
        int d = z0.length;
        List<double[]> points = new ArrayList<>();
        points.add(z0.clone());
        for (int dir = 0; dir < (d == 1 ? 1 : 2); dir++) {
            for (int sign = -1; sign <= 1; sign += 2) {
                double[] p = z0.clone();
                for (int i = 0; i < d; i++) {
                    p[i] += sign * radius * (dir == 1 && i % 2 == 1 ? -1.0 : 1.0) / Math.sqrt(d);
                }
                points.add(p);
            }
        }
        if (returned != null && returned.length == d) {
            points.add(returned.clone());
        }
        return points;
    }

    /** J_F(z) from d Jacobian-vector products ({@link DifferentiableGame#jacobian}). */
    static DMatrixRMaj jacobian(DifferentiableGame game, double[] z) {
        int d = z.length;
        return new DMatrixRMaj(d, d, true, game.jacobian(z));
    }

    private static double lambdaMin(DMatrixRMaj symmetric) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(symmetric.numRows, false, true);
        if (!eig.decompose(symmetric.copy())) {
            return Double.NaN;
        }
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < symmetric.numRows; i++) {
            min = Math.min(min, eig.getEigenvalue(i).real);
        }
        return min;
    }

    private static double weightedNorm(DifferentiableGame game, double[] w, double[] z) {
        double s = 0;
        for (int p = 0; p < game.players(); p++) {
            for (int i = game.blockStart(p); i < game.blockStart(p) + game.blockSize(p); i++) {
                s += w[p] * z[i] * z[i];
            }
        }
        return Math.sqrt(s);
    }
}
