package org.banach.plugins.optim.newton;

import java.util.List;

/**
 * The stepsizes of the damped Newton method x⁺ = x − α·[∇²f(x)]⁻¹∇f(x), as functions of the local dual
 * gradient norm G = ‖∇f(x)‖*ₓ = (∇f(x)ᵀ[∇²f(x)]⁻¹∇f(x))^½ and a smoothness constant M.
 * <ul>
 * <li>{@code root} — Hanzely, Abdukhakimov &amp; Takáč, "Newton Method Revisited: Global Convergence Rates
 * up to O(k⁻³) for Stepsize Schedules and Linesearch Procedures" (arXiv:2405.18926), the RN schedule:
 * α = 1/(1 + θ), θ = (9M)^{1/(q−1)}·G^{(q−2)/(q−1)}, for ∇ᵖf Hölder continuous of order ν in the local
 * norm with constant M = L_{p,ν}, q = p + ν ∈ [2, 4]; global rate O(M·D^q / k^{q−1}), so O(k⁻³) at q = 4
 * (Lipschitz third derivative).</li>
 * <li>{@code aicn} — the predecessor, Hanzely et al., "A Damped Newton Method Achieves Global O(1/k²) and
 * Local Quadratic Convergence Rate", NeurIPS 2022 (AICN): α = (−1 + √(1 + 2MG))/(MG), M = L_semi.</li>
 * <li>{@code pure} — α = 1, Newton's method itself, for contrast.</li>
 * </ul>
 * The {@code universal} backtracking variant (the paper's UN procedure) uses {@link #root} with an
 * estimated M; see {@link DampedNewton}.
 */
final class StepSchedule {

    static final String ROOT = "root";
    static final String AICN = "aicn";
    static final String UNIVERSAL = "universal";
    static final String PURE = "pure";
    static final List<String> ALL = List.of(UNIVERSAL, ROOT, AICN, PURE);

    private StepSchedule() {
    }

    /** θ = (9M)^{1/(q−1)}·G^{(q−2)/(q−1)} of the RN schedule (q ∈ [2, 4]). */
    static double theta(double m, double q, double g) {
        return Math.pow(9 * m, 1 / (q - 1)) * Math.pow(g, (q - 2) / (q - 1));
    }

    /** α = 1/(1 + θ). */
    static double root(double m, double q, double g) {
        return 1 / (1 + theta(m, q, g));
    }

    /** α = (−1 + √(1 + 2MG))/(MG), written as 2/(1 + √(1 + 2MG)) so it stays accurate as MG → 0. */
    static double aicn(double m, double g) {
        return 2 / (1 + Math.sqrt(1 + 2 * m * g));
    }
}
