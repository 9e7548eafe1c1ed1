package org.banach.plugins.optim.linear;

import org.banach.api.Monitor;
import org.banach.api.Status;
import org.banach.api.backend.Backend;
import org.banach.api.optim.LinearSystemSequence;

/**
 * The comparator of the learned-SOR regret: the SOR iterations every candidate ω needs on every
 * system of the sequence, so that the run's total can be set against the best fixed ω in hindsight.
 * This is measurement, not part of the online method (the policy never sees it); its sweeps are not
 * counted on the run's monitor, which it still asks whether to stop.
 */
final class HindsightTable {

    private HindsightTable() {
    }

    /**
     * Σ_t its_t(ω) for every ω of {@code omegas}; null when the run was asked to stop meanwhile.
     */
    static long[] totals(LinearSystemSequence problem, double[] omegas, long maxIterations, double tolerance,
            Monitor monitor) {
        Monitor quiet = new Quiet(monitor);
        long[] totals = new long[omegas.length];
        for (int t = 0; t < problem.length(); t++) {
            SystemCheck chk = new SystemCheck(problem.system(t));
            CsrSweeps sweeps = new CsrSweeps(chk.a);
            for (int i = 0; i < omegas.length; i++) {
                if (monitor.stopRequested()) {
                    return null;
                }
                totals[i] += StationaryIteration.run(chk, sweeps, StationaryIteration.Method.SOR, omegas[i],
                        maxIterations, tolerance, quiet, false).iterations();
            }
        }
        return totals;
    }

    /** Forwards stop requests, drops counts and iterations. */
    private static final class Quiet implements Monitor {
        private final Monitor run;

        Quiet(Monitor run) {
            this.run = run;
        }

        @Override
        public void iteration(long iteration, double objective, double measure) {
        }

        @Override
        public void count(String oracle, long n) {
        }

        @Override
        public boolean stopRequested() {
            return run.stopRequested();
        }

        @Override
        public Status stopReason() {
            return run.stopReason();
        }

        @Override
        public Backend backend() {
            return run.backend();
        }
    }
}
