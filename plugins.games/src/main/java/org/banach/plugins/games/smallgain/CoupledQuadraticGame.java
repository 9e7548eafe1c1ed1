package org.banach.plugins.games.smallgain;

import java.util.Optional;
import java.util.SplittableRandom;

import org.banach.plugins.games.problems.TwoPlayerGame;
import org.banach.plugins.games.problems.SeededDraws;

/**
 * A strongly coupled two-player quadratic game on Rⁿ × Rⁿ (unconstrained): player 1 minimises
 * ℓ₁(x, y) = ½μ₁‖x‖² + xᵀC₁₂y + b₁ᵀx over x, player 2 minimises ℓ₂(x, y) = ½μ₂‖y‖² + yᵀC₂₁x + b₂ᵀy
 * over y. The couplings are C₁₂ = κ₁₂H and C₂₁ = κ₂₁H with H = I − 2vvᵀ/‖v‖² a Householder reflection
 * (orthogonal and symmetric, v Gaussian from the seed), so the pseudo-gradient is F(z) = Jz + b with the
 * constant Jacobian J = [[μ₁I, κ₁₂H], [κ₂₁H, μ₂I]], and every figure below is known in closed form:
 * <ul>
 * <li>own-block curvature μᵢ (J_ii = μᵢI) and cross couplings L₁₂ = ‖C₁₂‖₂ = κ₁₂, L₂₁ = κ₂₁;</li>
 * <li>Euclidean monotonicity: sym(J) has the eigenvalues (μ₁+μ₂)/2 ± √(((μ₁−μ₂)/2)² + s²), s = (κ₁₂+κ₂₁)/2,
 * so λ_min(sym J) &lt; 0 exactly when μ₁μ₂ &lt; s² ({@link #euclideanMonotonicity()});</li>
 * <li>small gain: with block weights w = (1, κ₁₂/κ₂₁) the weighted operator W^½JW^−½ is symmetric with the
 * eigenvalues (μ₁+μ₂)/2 ± √(((μ₁−μ₂)/2)² + κ₁₂κ₂₁), the lower one the SGN margin ({@link #smallGainMargin()}),
 * positive exactly when κ₁₂κ₂₁ &lt; μ₁μ₂.</li>
 * </ul>
 * Since s² ≥ κ₁₂κ₂₁ with equality only for κ₁₂ = κ₂₁, unbalanced couplings give games that are not
 * monotone in the Euclidean norm but contract in the weighted one. The instance is parametrised by
 * μ₁ = 1, μ₂ = {@code curvature}, the coupling gain γ = √(κ₁₂κ₂₁/(μ₁μ₂)) ({@code coupling}; SGN certifies
 * iff γ &lt; 1) and the imbalance ρ = κ₁₂/κ₂₁ ({@code imbalance}). The equilibrium z* is drawn uniform in
 * [−1, 1]^{2n} from the seed and b = −Jz*; the start is 0.
 */
public final class CoupledQuadraticGame extends TwoPlayerGame {

    public static final String ID = "games/coupled-quadratic";

    private final double mu1;
    private final double mu2;
    private final double k12;
    private final double k21;
    private final double[] householder;
    private final double[] b;
    private final double[] solution;

    /**
     * @param n block size of each player
     * @param coupling γ = √(κ₁₂κ₂₁/(μ₁μ₂)) &gt; 0
     * @param imbalance ρ = κ₁₂/κ₂₁ &gt; 0
     * @param curvature μ₂ (μ₁ = 1) &gt; 0
     */
    public CoupledQuadraticGame(int n, double coupling, double imbalance, double curvature, long seed) {
        super(label(n, coupling, imbalance, curvature, seed), n);
        this.mu1 = 1.0;
        this.mu2 = curvature;
        double geometric = coupling * Math.sqrt(mu1 * mu2);
        this.k12 = geometric * Math.sqrt(imbalance);
        this.k21 = geometric / Math.sqrt(imbalance);
        SplittableRandom rng = new SplittableRandom(seed);
        this.householder = unitVector(n, rng);
        this.solution = new double[2 * n];
        for (int i = 0; i < 2 * n; i++) {
            solution[i] = 2 * rng.nextDouble() - 1;
        }
        this.b = new double[2 * n];
        jacobianVector(solution, solution, b);
        for (int i = 0; i < 2 * n; i++) {
            b[i] = -b[i];
        }
    }

    private static double[] unitVector(int n, SplittableRandom rng) {
        double[] v = new double[n];
        double s = 0;
        while (!(s > 1e-8)) {
            s = 0;
            for (int i = 0; i < n; i++) {
                v[i] = SeededDraws.gaussian(rng);
                s += v[i] * v[i];
            }
        }
        double norm = Math.sqrt(s);
        for (int i = 0; i < n; i++) {
            v[i] /= norm;
        }
        return v;
    }

    /** out[outOffset..+n) = H·z[offset..+n) with H = I − 2vvᵀ. */
    private void reflect(double[] z, int offset, double[] out, int outOffset, double scale) {
        double dot = 0;
        for (int i = 0; i < n; i++) {
            dot += householder[i] * z[offset + i];
        }
        for (int i = 0; i < n; i++) {
            out[outOffset + i] += scale * (z[offset + i] - 2 * dot * householder[i]);
        }
    }

    /** The instance's name; refuses parameters out of range. */
    private static String label(int n, double coupling, double imbalance, double curvature, long seed) {
        if (n < 1 || !(coupling >= 0) || !(imbalance > 0) || !(curvature > 0)) {
            throw new IllegalArgumentException("need n >= 1, coupling >= 0, imbalance > 0 and curvature > 0");
        }
        return ID + "[n=" + n + ",coupling=" + coupling + ",imbalance=" + imbalance + ",curvature=" + curvature
                + ",seed=" + seed + "]";
    }

    @Override
    public double loss(int player, double[] z) {
        double[] cross = new double[n];
        int own = player == 0 ? 0 : n;
        int other = player == 0 ? n : 0;
        reflect(z, other, cross, 0, player == 0 ? k12 : k21);
        double mu = player == 0 ? mu1 : mu2;
        double s = 0;
        for (int i = 0; i < n; i++) {
            double zi = z[own + i];
            s += 0.5 * mu * zi * zi + zi * cross[i] + b[own + i] * zi;
        }
        return s;
    }

    /** F(z) = Jz + b. */
    @Override
    public void operator(double[] z, double[] out) {
        jacobianVector(z, z, out);
        for (int i = 0; i < 2 * n; i++) {
            out[i] += b[i];
        }
    }

    /** Jv = (μ₁v₁ + κ₁₂Hv₂, κ₂₁Hv₁ + μ₂v₂), exact; z is not used (J is constant). */
    @Override
    public void jacobianVector(double[] z, double[] v, double[] out) {
        double[] r = new double[2 * n];
        for (int i = 0; i < n; i++) {
            r[i] = mu1 * v[i];
            r[n + i] = mu2 * v[n + i];
        }
        reflect(v, n, r, 0, k12);
        reflect(v, 0, r, n, k21);
        System.arraycopy(r, 0, out, 0, 2 * n);
    }

    @Override
    public double[] start() {
        return new double[2 * n];
    }

    @Override
    public Optional<double[]> knownSolution() {
        return Optional.of(solution.clone());
    }

    /** λ_min(sym J) = (μ₁+μ₂)/2 − √(((μ₁−μ₂)/2)² + ((κ₁₂+κ₂₁)/2)²): negative when the game is not Euclidean-monotone. */
    public double euclideanMonotonicity() {
        double s = (k12 + k21) / 2;
        return (mu1 + mu2) / 2 - Math.hypot((mu1 - mu2) / 2, s);
    }

    /** The largest SGN margin over block weights: (μ₁+μ₂)/2 − √(((μ₁−μ₂)/2)² + κ₁₂κ₂₁), at w₂/w₁ = κ₁₂/κ₂₁. */
    public double smallGainMargin() {
        return (mu1 + mu2) / 2 - Math.hypot((mu1 - mu2) / 2, Math.sqrt(k12 * k21));
    }

    /** ‖W^½JW^−½‖₂ at the margin-maximising weights: (μ₁+μ₂)/2 + √(((μ₁−μ₂)/2)² + κ₁₂κ₂₁). */
    public double weightedLipschitz() {
        return (mu1 + mu2) / 2 + Math.hypot((mu1 - mu2) / 2, Math.sqrt(k12 * k21));
    }

    /** The margin-maximising weight ratio w₂/w₁ = κ₁₂/κ₂₁ (the imbalance). */
    public double optimalWeightRatio() {
        return k12 / k21;
    }

    /** (κ₁₂, κ₂₁). */
    public double[] couplings() {
        return new double[] {k12, k21};
    }
}
