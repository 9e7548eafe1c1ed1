package org.banach.plugins.games.smallgain;

/**
 * Certified per-step rates and step sizes of the discretised flow ż = −F(z) in the SGN metric ‖·‖_w,
 * from the margin α (F is α-strongly monotone in ‖·‖_w) and the weighted Lipschitz constant L (F is
 * L-Lipschitz in ‖·‖_w). The player-wise projection is the w-metric projection too (W is a scalar on
 * every block), so it is non-expansive in ‖·‖_w and the rates bound ‖T(z) − T(z')‖_w / ‖z − z'‖_w for
 * the step map T, hence also every ratio of successive step lengths ‖z_{k+1} − z_k‖_w.
 * <ul>
 * <li>Projected Euler, T(z) = P(z − ηF(z)): q(η)² = 1 − 2ηα + η²L² (expand ‖δ − ηΔF‖²_w); q &lt; 1 for
 * 0 &lt; η &lt; 2α/L² (the safe step), smallest at η = α/L² with q = √(1 − α²/L²).</li>
 * <li>RK4 (stages unprojected, the projection applied to the RK4 update z − ηΦ(z), Φ = (k₁ + 2k₂ + 2k₃
 * + k₄)/6): writing each stage difference through a mean-value Jacobian, Δkⱼ = J̄ⱼ(δ − cⱼηΔkⱼ₋₁) with
 * ⟨J̄ⱼδ, δ⟩_w ≥ α‖δ‖²_w and ‖J̄ⱼ‖_w ≤ L, stage by stage gives ⟨ΔΦ, δ⟩_w ≥ (α − e)‖δ‖²_w and
 * ‖ΔΦ‖_w ≤ (L + e)‖δ‖_w with e(η) = L(h/2 + h²/6 + h³/24), h = ηL, so q(η)² = 1 − 2η(α − e) + η²(L + e)².
 * Safe step: the root of q = 1 (bisection; q² − 1 is negative, then positive), default step: the
 * minimiser of q (golden section). This bound is our derivation: the abstract states RK4 step bounds
 * without constants we could read.</li>
 * </ul>
 */
final class SmallGainSteps {

    static final String EULER = "euler";
    static final String RK4 = "rk4";

    private SmallGainSteps() {
    }

    /** The certified rate of one step of size η (NaN for a non-finite input); ≥ 1 means not certified. */
    static double rate(String integrator, double alpha, double lipschitz, double eta) {
        double e = RK4.equals(integrator) ? rk4Perturbation(lipschitz, eta) : 0;
        double q2 = 1 - 2 * eta * (alpha - e) + eta * eta * (lipschitz + e) * (lipschitz + e);
        return Math.sqrt(Math.max(0, q2));
    }

    /** e(η) = L(h/2 + h²/6 + h³/24), h = ηL. */
    static double rk4Perturbation(double lipschitz, double eta) {
        double h = eta * lipschitz;
        return lipschitz * (h / 2 + h * h / 6 + h * h * h / 24);
    }

    /** The largest step with rate &lt; 1 (0 when α ≤ 0). */
    static double safeStep(String integrator, double alpha, double lipschitz) {
        if (!(alpha > 0) || !(lipschitz > 0)) {
            return 0;
        }
        double euler = 2 * alpha / (lipschitz * lipschitz);
        if (!RK4.equals(integrator)) {
            return euler;
        }
        double lo = 0;
        double hi = euler;
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            if (rate(integrator, alpha, lipschitz, mid) < 1) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The step with the smallest certified rate (0 when α ≤ 0). */
    static double bestStep(String integrator, double alpha, double lipschitz) {
        if (!(alpha > 0) || !(lipschitz > 0)) {
            return 0;
        }
        if (!RK4.equals(integrator)) {
            return alpha / (lipschitz * lipschitz);
        }
        double a = 0;
        double b = safeStep(integrator, alpha, lipschitz);
        double g = (Math.sqrt(5) - 1) / 2;
        for (int i = 0; i < 200; i++) {
            double c = b - g * (b - a);
            double d = a + g * (b - a);
            if (rate(integrator, alpha, lipschitz, c) < rate(integrator, alpha, lipschitz, d)) {
                b = d;
            } else {
                a = c;
            }
        }
        return (a + b) / 2;
    }
}
