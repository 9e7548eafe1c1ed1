package org.banach.plugins.optim.linear;

import java.util.SplittableRandom;

import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.optim.LinearSystemSequence;
import org.osgi.service.component.annotations.Component;

/**
 * Learning to Relax, non-contextual (Khodak, Chow, Balcan &amp; Talwalkar, ICLR 2024): one bandit
 * over the ω grid fed only the iteration count of each solve, so that the total cost approaches that of
 * the best fixed ω in hindsight (regret o(T)). The bandit is {@link UnimodalBandit} (OSUB, Combes &amp;
 * Proutière 2014; default) or the paper's {@link TsallisInf} ({@code bandit=tsallis-inf}). See {@link
 * SequenceSorSolver}.
 */
@Component(service = Solver.class, property = {
        SolverProperties.ID + "=" + LearnedSor.ID,
        SolverProperties.PROBLEM + "=" + LinearSystemSequence.FAMILY,
        SolverProperties.REFERENCE + "=Khodak, Chow, Balcan & Talwalkar, Learning to Relax, ICLR 2024; OSUB: Combes & Proutiere, ICML 2014; Tsallis-INF: Zimmert & Seldin, JMLR 22 (2021)",
        SolverProperties.DESCRIPTION + "=SOR over a sequence of systems, omega chosen online by a bandit on iteration counts" })
public final class LearnedSor extends SequenceSorSolver {

    public static final String ID = "optim.learned-sor";

    public LearnedSor() {
        super(ID);
    }

    @Override
    Policy newPolicy(LinearSystemSequence problem, Settings settings, int arms, SplittableRandom rng) {
        Bandit bandit = new Bandit(settings, arms, rng);
        return new Policy() {
            @Override
            public int choose(int t, double[] context) {
                return bandit.choose();
            }

            @Override
            public void update(int arm, long iterations) {
                bandit.update(arm, iterations);
            }
        };
    }
}
