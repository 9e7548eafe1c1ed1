package org.banach.plugins.optim.problems.equations;

import java.util.Optional;

import org.banach.api.optim.NonlinearEquations;

/**
 * Steady states of a reversible mass-action reaction network in log-concentrations x = ln c, the
 * formulation of Ahookhosh, Aragón Artacho, Fleming &amp; Vuong (Adv. Comput. Math. 45, 2019, §5):
 * F(x) = N·(k_f ∘ exp(Fᵀx) − k_r ∘ exp(Rᵀx)) with forward and reverse stoichiometries F, R (species ×
 * reactions) and N = R − F. Every conservation law L·N = 0 makes the rows of F'(x) dependent, so the
 * steady states are not isolated and the Gauss–Newton matrix F'ᵀF' is singular everywhere. With the
 * moieties fixed, the equations L·exp(x) − L·c₀ = 0 are appended (the moiety-conserved steady state).
 */
final class MassActionNetwork implements NonlinearEquations {

    static final String ID = "optim/reaction-network";

    private final String name;
    private final int species;
    private final int reactions;
    private final double[][] forward;
    private final double[][] reverse;
    private final double[] kf;
    private final double[] kr;
    private final double[][] moieties;
    private final double[] totals;
    private final double[] start;
    private final double[] solution;
    private final String solutionSet;

    /**
     * @param moieties rows of L (conservation laws), appended as equations only when {@code fixMoieties}
     * @param solution a known steady state (log-concentrations), or null
     */
    MassActionNetwork(String name, double[][] forward, double[][] reverse, double[] kf, double[] kr,
            double[][] moieties, boolean fixMoieties, double[] startConcentrations, double[] solution,
            String solutionSet) {
        this.name = name;
        this.species = forward.length;
        this.reactions = kf.length;
        this.forward = forward;
        this.reverse = reverse;
        this.kf = kf;
        this.kr = kr;
        this.moieties = fixMoieties ? moieties : new double[0][];
        this.start = new double[species];
        for (int i = 0; i < species; i++) {
            start[i] = Math.log(startConcentrations[i]);
        }
        this.totals = new double[this.moieties.length];
        for (int k = 0; k < totals.length; k++) {
            for (int i = 0; i < species; i++) {
                totals[k] += this.moieties[k][i] * startConcentrations[i];
            }
        }
        this.solution = solution;
        this.solutionSet = solutionSet;
    }

    /**
     * A + B ⇌ C (k₁ = 2, k₋₁ = 1), C ⇌ D (k₂ = 1, k₋₂ = 3) from c₀ = (1, 2, 0.5, 3). Conservation laws
     * A + C + D and B + C + D. Free moieties: the steady states are the 2-dimensional affine subspace
     * x_A + x_B − x_C = ln(k₋₁/k₁), x_C − x_D = ln(k₋₂/k₂); fixed: the single state with the start's totals.
     */
    static MassActionNetwork twoReactions(boolean fixMoieties) {
        double[][] f = {{1, 0}, {1, 0}, {0, 1}, {0, 0}};
        double[][] r = {{0, 0}, {0, 0}, {1, 0}, {0, 1}};
        double[] kf = {2, 1};
        double[] kr = {1, 3};
        double[][] l = {{1, 0, 1, 1}, {0, 1, 1, 1}};
        double[] c0 = {1, 2, 0.5, 3};
        double[] star = fixMoieties ? null : new double[] {0, Math.log(0.5), 0, Math.log(1.0 / 3)};
        String set = fixMoieties ? "isolated: the moiety-conserved steady state with A+C+D = 4.5, B+C+D = 5.5"
                : "2-dimensional affine subspace x_A + x_B - x_C = ln(1/2), x_C - x_D = ln 3 (log-concentrations)";
        return new MassActionNetwork(ID, f, r, kf, kr, l, fixMoieties, c0, star, set);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int dimension() {
        return species;
    }

    @Override
    public int equationCount() {
        return species + moieties.length;
    }

    /** The forward and reverse rates at x. */
    private void rates(double[] x, double[] s, double[] r) {
        for (int j = 0; j < reactions; j++) {
            double ef = 0;
            double er = 0;
            for (int i = 0; i < species; i++) {
                ef += forward[i][j] * x[i];
                er += reverse[i][j] * x[i];
            }
            s[j] = kf[j] * Math.exp(ef);
            r[j] = kr[j] * Math.exp(er);
        }
    }

    @Override
    public void residual(double[] x, double[] out) {
        double[] s = new double[reactions];
        double[] r = new double[reactions];
        rates(x, s, r);
        for (int i = 0; i < species; i++) {
            double v = 0;
            for (int j = 0; j < reactions; j++) {
                v += (reverse[i][j] - forward[i][j]) * (s[j] - r[j]);
            }
            out[i] = v;
        }
        for (int k = 0; k < moieties.length; k++) {
            double v = -totals[k];
            for (int i = 0; i < species; i++) {
                v += moieties[k][i] * Math.exp(x[i]);
            }
            out[species + k] = v;
        }
    }

    /** ∂Fᵢ/∂x_l = Σⱼ Nᵢⱼ (sⱼ F_lj − rⱼ R_lj); the moiety rows are L_kl·exp(x_l). */
    @Override
    public void jacobian(double[] x, double[] out) {
        double[] s = new double[reactions];
        double[] r = new double[reactions];
        rates(x, s, r);
        for (int i = 0; i < species; i++) {
            for (int l = 0; l < species; l++) {
                double v = 0;
                for (int j = 0; j < reactions; j++) {
                    v += (reverse[i][j] - forward[i][j]) * (s[j] * forward[l][j] - r[j] * reverse[l][j]);
                }
                out[i * species + l] = v;
            }
        }
        for (int k = 0; k < moieties.length; k++) {
            for (int l = 0; l < species; l++) {
                out[(species + k) * species + l] = moieties[k][l] * Math.exp(x[l]);
            }
        }
    }

    @Override
    public double[] start() {
        return start.clone();
    }

    @Override
    public Optional<double[]> knownSolution() {
        return Optional.ofNullable(solution == null ? null : solution.clone());
    }

    @Override
    public String solutionSet() {
        return solutionSet;
    }
}
