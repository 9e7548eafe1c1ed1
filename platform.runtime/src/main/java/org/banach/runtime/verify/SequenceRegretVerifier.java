package org.banach.runtime.verify;

import java.util.Map;

import org.banach.api.Certificate;
import org.banach.api.CertificateVerifier;
import org.banach.api.Result;
import org.banach.api.optim.LinearSystemSequence;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code regret} certificate of a learned SOR run over a sequence of systems (Khodak et al.,
 * <i>Learning to Relax</i>, ICLR 2024): the run's record {@code omega} (the ω it chose for each system)
 * is replayed on the problem's systems ({@link SorReplay}), and so is every ω of the run's candidate
 * grid (record {@code omega-grid}) on every system; the value is the run's total SOR
 * iterations over those of the best fixed ω in hindsight, minus one:
 * (Σ_t its_t(ω_t) − min_ω Σ_t its_t(ω)) / min_ω Σ_t its_t(ω). Tolerance and iteration cap come from the
 * run's settings {@code tolerance} and {@code maxIterations}. The replay costs K + 1 SOR solves per
 * system for a grid of K. A result without the record cannot be certified (NaN).
 */
@Component(service = CertificateVerifier.class, property = "banach.verifier.criterion=" + Certificate.REGRET)
public final class SequenceRegretVerifier implements CertificateVerifier<LinearSystemSequence> {

    /** The record of the chosen ω's a learned-SOR result carries, one per system. */
    public static final String OMEGA_SERIES = "omega";
    /** The record of the candidate ω's the run chose from. */
    public static final String GRID_SERIES = "omega-grid";

    @Override
    public Class<LinearSystemSequence> problemType() {
        return LinearSystemSequence.class;
    }

    @Override
    public String criterion() {
        return Certificate.REGRET;
    }

    /** Without the run's record of choices there is nothing to replay. */
    @Override
    public Certificate verify(LinearSystemSequence problem, double[] solution, double tolerance) {
        return Certificate.of(Certificate.REGRET, Double.NaN, tolerance);
    }

    /** @throws IllegalArgumentException when the record does not have one ω per system */
    @Override
    public Certificate verify(LinearSystemSequence problem, Result result, double tolerance) {
        double[] chosen = result.series().get(OMEGA_SERIES);
        double[] grid = result.series().get(GRID_SERIES);
        Map<String, Object> settings = result.settings();
        if (chosen == null || grid == null || grid.length == 0 || !(settings.get("tolerance") instanceof Number)
                || !(settings.get("maxIterations") instanceof Number)) {
            return verify(problem, result.solution(), tolerance);
        }
        int length = problem.length();
        if (chosen.length != length) {
            throw new IllegalArgumentException("the run recorded " + chosen.length + " omegas for a sequence of "
                    + length + " systems");
        }
        double tol = ((Number) settings.get("tolerance")).doubleValue();
        long cap = ((Number) settings.get("maxIterations")).longValue();
        long run = 0;
        long[] fixed = new long[grid.length];
        for (int t = 0; t < length; t++) {
            var system = problem.system(t);
            run += SorReplay.iterations(system, chosen[t], tol, cap);
            for (int i = 0; i < grid.length; i++) {
                fixed[i] += SorReplay.iterations(system, grid[i], tol, cap);
            }
        }
        long best = Long.MAX_VALUE;
        for (long f : fixed) {
            best = Math.min(best, f);
        }
        double value = best > 0 ? (double) (run - best) / best : (run == 0 ? 0.0 : Double.POSITIVE_INFINITY);
        return Certificate.of(Certificate.REGRET, value, tolerance);
    }
}
