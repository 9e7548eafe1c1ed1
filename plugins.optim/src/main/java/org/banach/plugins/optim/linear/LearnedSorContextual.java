package org.banach.plugins.optim.linear;

import java.util.SplittableRandom;

import org.banach.api.ParameterSpec;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.optim.LinearSystemSequence;
import org.osgi.service.component.annotations.Component;

/**
 * Learning to Relax, contextual (Khodak, Chow, Balcan &amp; Talwalkar, ICLR 2024): ω as a function of
 * the instance feature context(t). Where the paper regresses the cost on the context (ChebCB), this
 * variant discretises: the first context component is split into {@code contextBins} equal bins over
 * its range in the sequence (contexts are features, read up front; costs are not), and each bin runs its
 * own bandit over the ω grid ({@link SequenceSorSolver.Bandit}), so with enough systems per bin it
 * approaches the best ω per bin, i.e. the instance-optimal policy up to the bin width. A sequence
 * without context behaves like {@link LearnedSor}.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + LearnedSorContextual.ID,
        SolverProperties.PROBLEM + "=" + LinearSystemSequence.FAMILY,
        SolverProperties.REFERENCE + "=Khodak, Chow, Balcan & Talwalkar, Learning to Relax, ICLR 2024 (contextual setting; here a binned-context bandit)",
        SolverProperties.DESCRIPTION + "=SOR over a sequence of systems, omega chosen per context bin by a bandit on iteration counts" })
public final class LearnedSorContextual extends SequenceSorSolver {

    public static final String ID = "optim.learned-sor-contextual";

    public LearnedSorContextual() {
        super(ID, ParameterSpec.integer("contextBins", 4, 1, 1000,
                "equal-width bins of the first context component; one bandit per bin"));
    }

    @Override
    Policy newPolicy(LinearSystemSequence problem, Settings settings, int arms, SplittableRandom rng) {
        int bins = settings.intValue("contextBins");
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < problem.length(); t++) {
            double[] c = problem.context(t);
            if (c.length > 0 && Double.isFinite(c[0])) {
                lo = Math.min(lo, c[0]);
                hi = Math.max(hi, c[0]);
            }
        }
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
