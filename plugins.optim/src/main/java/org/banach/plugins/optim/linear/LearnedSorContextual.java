package org.banach.plugins.optim.linear;

import java.util.List;
import java.util.SplittableRandom;

import org.banach.api.ParameterSpec;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.optim.LinearSystemSequence;
import org.osgi.service.component.annotations.Component;

/**
 * Learning to Relax, contextual (Khodak, Chow, Balcan &amp; Talwalkar, ICLR 2024, contextual setting): ω as a
 * function of the scalar instance feature context(t)[0], whose range over the sequence is read up front
 * (contexts are features; costs are not). {@code policy=chebcb} is the paper's ChebCB, SquareCB
 * with a Chebyshev-series regression of each arm's cost on the context ({@link ChebyshevContextualBandit}),
 * which approaches the instance-optimal policy. {@code policy=bins} (default: on the drifting Poisson
 * sequences it reached 0.78 of the best fixed ω's total where ChebCB reached 0.84–0.92, and ChebCB was
 * unreliable on short sequences) discretises instead: the range is split
 * into {@code contextBins} equal bins and each bin runs its own bandit over the ω grid
 * ({@link SequenceSorSolver.Bandit}), approaching the best ω per bin, i.e. the instance-optimal policy up
 * to the bin width. A sequence without context behaves like a context-free bandit.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + LearnedSorContextual.ID,
        SolverProperties.PROBLEM + "=" + LinearSystemSequence.FAMILY,
        SolverProperties.REFERENCE + "=Khodak, Chow, Balcan & Talwalkar, Learning to Relax, ICLR 2024 (contextual setting: ChebCB, or a binned-context bandit)",
        SolverProperties.DESCRIPTION + "=SOR over a sequence of systems, omega chosen from the context by ChebCB (Chebyshev regression + inverse gap weighting) or per context bin by a bandit, on iteration counts" })
public final class LearnedSorContextual extends SequenceSorSolver {

    public static final String ID = "optim.learned-sor-contextual";

    public LearnedSorContextual() {
        super(ID, ParameterSpec.choice("policy", "bins", List.of("bins", "chebcb"),
                        "chebcb: SquareCB on a Chebyshev regression of each omega's cost on the context (the paper's ChebCB); "
                                + "bins: one bandit per context bin"),
                ParameterSpec.integer("degree", 3, 0, 30, "chebcb only: degree of the Chebyshev series in the context"),
                ParameterSpec.real("ridge", 0.1, 1e-12, 1e12,
                        "chebcb only: ridge weight lambda of the least-squares oracle (lambda (1 + j)^2 on coefficient j)"),
                ParameterSpec.real("exploration", 30, 1e-12, 1e12,
                        "chebcb only: gamma_0 of the inverse-gap weight gamma_t = gamma_0 * sqrt(K t)"),
                ParameterSpec.integer("contextBins", 4, 1, 1000,
                        "bins only: equal-width bins of the first context component; one bandit per bin"));
    }

    @Override
    Policy newPolicy(LinearSystemSequence problem, Settings settings, int arms, SplittableRandom rng) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < problem.length(); t++) {
            double[] c = problem.context(t);
            if (c.length > 0 && Double.isFinite(c[0])) {
                lo = Math.min(lo, c[0]);
                hi = Math.max(hi, c[0]);
            }
        }
        if ("chebcb".equals(settings.string("policy"))) {
            return new ChebyshevContextualBandit(arms, settings.intValue("degree"), lo, hi, settings.real("ridge"),
                    settings.real("exploration"), rng.split());
        }
        int bins = settings.intValue("contextBins");
        double min = lo;
        double width = hi > lo ? (hi - lo) / bins : 1;
        Bandit[] perBin = new Bandit[bins];
        for (int b = 0; b < bins; b++) {
            perBin[b] = new Bandit(settings, arms, rng.split());
        }
        return new Policy() {
            private int bin;

            @Override
            public int choose(int t, double[] context) {
                bin = context.length == 0 || !Double.isFinite(context[0]) || !Double.isFinite(min) ? 0
                        : Math.min(bins - 1, (int) ((context[0] - min) / width));
                return perBin[bin].choose();
            }

            @Override
            public void update(int arm, long iterations) {
                perBin[bin].update(arm, iterations);
            }
        };
    }
}
