package org.banach.plugins.games.dynamics;

import java.util.Set;

import org.banach.api.ParameterSpec;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.games.DifferentiableGame;
import org.banach.plugins.games.firstorder.ViSolver;
import org.osgi.service.component.annotations.Component;

/**
 * Competitive gradient descent (Schäfer &amp; Anandkumar, "Competitive Gradient Descent", NeurIPS 2019,
 * eq. (4)) for two players: each step is the Nash equilibrium of the local game in which player i
 * minimises Δᵢᵀ Fᵢ + β Δᵢᵀ Jᵢⱼ Δⱼ + ‖Δᵢ‖²/(2η), with F = (Fₓ, F_y) the pseudo-gradient and
 * B = Jₓᵧ = ∇²ₓᵧℓ₁, C = J_yₓ = ∇²_yₓℓ₂ its mixed second derivatives (the off-diagonal blocks of J_F;
 * β = {@code interaction}, 1 for CGD's bilinear approximation). The equilibrium solves
 * Δₓ = −η(Fₓ + βBΔ_y), Δ_y = −η(F_y + βCΔₓ), i.e. (I − γ²BC)Δₓ = −η(Fₓ − γBF_y) with γ = ηβ, then
 * Δ_y = −η(F_y + βCΔₓ). The cross blocks are applied matrix-free by Jacobian–vector products with the
 * other block of the direction set to zero (counted as {@value IterationSpectrum#JACOBIAN_VECTOR}), and
 * the n₁×n₁ system is solved by GMRES to a relative residual 1e-12 (at most {@code krylovIterations}
 * products; for a zero-sum game C = −Bᵀ and the matrix I + γ²BBᵀ is symmetric positive definite).
 * One operator call per iteration, plus 2 + 2·(GMRES iterations) Jacobian–vector products. On
 * min_x max_y xy the iteration matrix is [[1, −η], [η, 1]]/(1 + η²), a contraction by 1/√(1 + η²)
 * where GDA expands by √(1 + η²); as η → 0 the step equals GDA's −ηF up to O(η²). The interaction
 * weight β separate from η follows the CGO paper's observation (Vyas, Bullins &amp; Azizzadenesheli,
 * ICML 2023) that CGD's interaction term vanishes in the continuous-time limit; its exact CGO/oCGO
 * updates are not implemented. Constraints are applied by projecting each player's block after the step.
 * {@code optimistic=true} extrapolates the step as optimistic GDA extrapolates the gradient
 * (Daskalakis et al., ICLR 2018): z_{k+1} = z_k + 2Δ_k − Δ_{k−1} (Δ_{−1} = Δ₀), Δ_k the competitive step at
 * z_k — an optimistic CGD of our own construction in the spirit of the CGO paper's oCGO, whose exact
 * equations we could not consult.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + CompetitiveGradient.ID,
        SolverProperties.PROBLEM + "=" + DifferentiableGame.FAMILY,
        SolverProperties.REFERENCE + "=Schaefer & Anandkumar, Competitive Gradient Descent, NeurIPS 2019",
        SolverProperties.DESCRIPTION + "=competitive gradient descent: the Nash equilibrium of the local bilinear approximation, two players" })
public final class CompetitiveGradient extends ViSolver<DifferentiableGame> {

    public static final String ID = "games.competitive-gradient";
    /** Counter name of GMRES iterations. */
    public static final String KRYLOV = "krylov-iterations";

    public CompetitiveGradient() {
        super(ID, DifferentiableGame.class, 0.2, Set.of(),
                ParameterSpec.real("interaction", 1, 0, 1e6, "weight beta of the players' interaction term "
                        + "(1: CGD; 0: plain simultaneous GDA)"),
                ParameterSpec.integer("krylovIterations", 200, 1, 100_000,
                        "most GMRES iterations per step for the n1 x n1 linear system"),
                ParameterSpec.bool("optimistic", false, "optimistic extrapolation of the step: z <- z + 2 D_k - D_(k-1) "
                        + "(D the competitive step; our construction, not the CGO paper's oCGO equations)"));
    }

    @Override
    protected String refusal(DifferentiableGame game, Settings settings) {
        return game.players() == 2 ? null
                : "competitive gradient descent is defined here for two players; this game has " + game.players();
    }

    @Override
    protected Step step(DifferentiableGame game, Settings settings, Operator op, double[] z0) {
        double eta = settings.real("step");
        double beta = settings.real("interaction");
        double gamma = eta * beta;
        int maxKrylov = (int) settings.integer("krylovIterations");
        int n1 = game.blockSize(0);
        int d = z0.length;
        int n2 = d - n1;
        double[] dir = new double[d];
        double[] jv = new double[d];
        double[] bc = new double[n1];
        double[] rhs = new double[n1];
        double[] dx = new double[n1];
        double[] dy = new double[n2];
        boolean optimistic = settings.bool("optimistic");
        double[] previous = new double[d];
        return (k, z, fz) -> {
            // B u = (J·(0, u))ₓ and C v = (J·(v, 0))_y at the current z
            Gmres.Product b = (u, out) -> {
                java.util.Arrays.fill(dir, 0, n1, 0);
                System.arraycopy(u, 0, dir, n1, n2);
                game.jacobianVector(z, dir, jv);
                System.arraycopy(jv, 0, out, 0, n1);
            };
            Gmres.Product c = (v, out) -> {
                System.arraycopy(v, 0, dir, 0, n1);
                java.util.Arrays.fill(dir, n1, d, 0);
                game.jacobianVector(z, dir, jv);
                System.arraycopy(jv, n1, out, 0, n2);
            };
            double[] fy = java.util.Arrays.copyOfRange(fz, n1, d);
            b.apply(fy, rhs);
            for (int i = 0; i < n1; i++) {
                rhs[i] = fz[i] - gamma * rhs[i];
            }
            double[] cu = new double[n2];
            int its = Gmres.solve((u, out) -> {
                c.apply(u, cu);
                b.apply(cu, bc);
                for (int i = 0; i < n1; i++) {
                    out[i] = u[i] - gamma * gamma * bc[i];
                }
            }, rhs, 1e-12, maxKrylov, dx);
            for (int i = 0; i < n1; i++) {
                dx[i] *= -eta;
            }
            c.apply(dx, dy);
            for (int i = 0; i < n2; i++) {
                dy[i] = -eta * (fy[i] + beta * dy[i]);
            }
            op.monitor().count(IterationSpectrum.JACOBIAN_VECTOR, 2 + 2L * its);
            op.monitor().count(KRYLOV, its);
            for (int i = 0; i < d; i++) {
                double step = i < n1 ? dx[i] : dy[i - n1];
                z[i] += optimistic && k > 0 ? 2 * step - previous[i] : step;
                previous[i] = step;
            }
            op.project(z);
            op.apply(z, fz);
        };
    }
}
