package org.banach.plugins.optim.linear;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import org.banach.api.Certificate;
import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.Status;
import org.banach.api.optim.LinearSystem;
import org.banach.api.optim.LinearSystemSequence;

/**
 * SOR across a sequence of systems with ω chosen per system by an online policy that sees only the
 * iteration count of each solve (Khodak, Chow, Balcan &amp; Talwalkar, <i>Learning to Relax: Setting
 * Solver Parameters Across a Sequence of Linear System Instances</i>, ICLR 2024). The candidate set is
 * the grid ω_i = 1 + 0.99·i/(K − 1), i = 0..K−1 (K = {@code grid}), i.e. K points in [1, 1.99]. System
 * t is solved by SOR from its start with the chosen ω, and only its iteration count is fed back, to
 * {@link UnimodalBandit} (default) or to the paper's {@link TsallisInf} as the loss min(1, iterations/c),
 * c = {@code costScale} (default {@code maxIterations}). Each system is one reported iteration (t, NaN,
 * relative residual); {@code sweep} counts the SOR iterations, so the counter is the total cost. The
 * solution is x_0, …, x_{T−1} concatenated; the certificate is the largest true relative residual, or
 * with {@code certificate=regret} the regret against the best fixed ω in hindsight, (Σ_t its_t −
 * min_ω Σ_t its_t(ω)) / min_ω Σ_t its_t(ω), from a table of every grid ω on every system made after
 * the run. Either way the result records the ω chosen for each system ({@code omega}) and the grid
 * ({@code omega-grid}), so the runtime can replay them.
 * A system SOR cannot take (non-square, zero diagonal, wrong size) ends the run with INVALID_INPUT
 * naming t; a system that does not converge is charged its iterations, and the run goes on and ends
 * with that system's status. Randomness comes from {@link Settings#seed()}.
 */
abstract class SequenceSorSolver implements Solver<LinearSystemSequence> {

    /** An online rule choosing an arm of the ω grid for each system from past iteration counts. */
    interface Policy {
        int choose(int t, double[] context);

        void update(int arm, long iterations);
    }

    /** One bandit over the grid: {@link UnimodalBandit} or {@link TsallisInf} on the normalised cost. */
    static final class Bandit {
        private final UnimodalBandit unimodal;
        private final TsallisInf tsallis;
        private final double costScale;

        Bandit(Settings settings, int arms, SplittableRandom rng) {
            boolean useTsallis = "tsallis-inf".equals(settings.string("bandit"));
            unimodal = useTsallis ? null : new UnimodalBandit(arms);
            tsallis = useTsallis ? new TsallisInf(arms, settings.real("learningRate"), rng) : null;
            long scale = settings.integer("costScale");
            costScale = scale > 0 ? scale : settings.integer("maxIterations");
        }

        int choose() {
            return unimodal != null ? unimodal.choose() : tsallis.choose();
        }

        void update(int arm, long iterations) {
            if (unimodal != null) {
                unimodal.update(arm, iterations);
            } else {
                tsallis.update(arm, Math.min(1.0, iterations / costScale));
            }
        }
    }

    /** Result records (see {@link Result#series()}): the ω chosen for each system, and the candidates. */
    static final String OMEGA_SERIES = "omega";
    static final String GRID_SERIES = "omega-grid";

    private final String id;
    private final List<ParameterSpec> parameters;

    SequenceSorSolver(String id, ParameterSpec... own) {
        this.id = id;
        List<ParameterSpec> all = new ArrayList<>();
        all.add(ParameterSpec.integer("maxIterations", 10_000, 1, Integer.MAX_VALUE,
                "most SOR iterations per system (a system that needs more ends with ITERATION_LIMIT)"));
        all.add(ParameterSpec.real("tolerance", 1e-8, 0, Double.MAX_VALUE,
                "relative residual ||b_t - A_t x_t||_2 / ||b_t||_2 at which each system counts as solved"));
        all.add(ParameterSpec.integer("grid", 20, 2, 1000, "number K of candidate omegas, evenly spaced in [1, 1.99]"));
        all.add(ParameterSpec.choice("bandit", "unimodal", List.of("unimodal", "tsallis-inf"),
                "unimodal: OSUB on the omega line (Combes & Proutiere 2014), regret independent of the grid size; "
                        + "tsallis-inf: the K-armed bandit of the paper (Zimmert & Seldin 2021), slower for large K"));
        all.add(ParameterSpec.integer("costScale", 0, 0, Integer.MAX_VALUE,
                "tsallis-inf only: iterations that count as loss 1 (0: maxIterations)"));
        all.add(ParameterSpec.real("learningRate", 2, 1e-6, 1e6,
                "tsallis-inf only: eta_0 of the learning rate eta_t = eta_0 / sqrt(t)"));
        all.add(ParameterSpec.choice("certificate", Certificate.RELATIVE_RESIDUAL,
                List.of(Certificate.RELATIVE_RESIDUAL, Certificate.REGRET),
                "claim: the largest relative residual over the sequence, or the regret against the best fixed "
                        + "omega in hindsight (costs K more SOR solves per system, after the run)"));
        all.add(ParameterSpec.real("regretTolerance", 0.1, 0, Double.MAX_VALUE,
                "regret claim only: (total - best fixed total) / best fixed total at which the run counts as converged"));
        all.addAll(List.of(own));
        this.parameters = Collections.unmodifiableList(all);
    }

    /** The candidate ω's: K points evenly spaced in [1, 1.99]. */
    static double[] grid(int k) {
        double[] w = new double[k];
        for (int i = 0; i < k; i++) {
            w[i] = 1 + 0.99 * i / (k - 1);
        }
        return w;
    }

    @Override
    public final Class<LinearSystemSequence> problemType() {
        return LinearSystemSequence.class;
    }

    @Override
    public final List<ParameterSpec> parameters() {
        return parameters;
    }

    /** The policy of one run. */
    abstract Policy newPolicy(LinearSystemSequence problem, Settings settings, int arms, SplittableRandom rng);

    @Override
    public final Result solve(LinearSystemSequence problem, Settings settings, Monitor monitor) {
        int T = problem.length();
        int n = problem.dimension();
        if (T < 1 || n < 1 || (long) T * n > Integer.MAX_VALUE - 8) {
            return Result.failure(Status.INVALID_INPUT, id + ": sequence '" + problem.name() + "' has " + T
                    + " systems of dimension " + n + "; need at least one, and T*n must fit an array");
        }
        double[] omegas = grid(settings.intValue("grid"));
        long maxIterations = settings.integer("maxIterations");
        double tolerance = settings.real("tolerance");
        Policy policy = newPolicy(problem, settings, omegas.length, new SplittableRandom(settings.seed()));
        double[] solution = new double[T * n];
        double[] chosen = new double[T];
        double worst = 0;
        long total = 0;
        Status status = Status.CONVERGED;
        String message = null;
        for (int t = 0; t < T; t++) {
            if (monitor.stopRequested()) {
                Status why = LinearSolver.stopStatus(monitor);
                return result(why, "stopped (" + why + ") before system " + t + " of " + T
                        + "; unsolved systems keep their start (zero) in the solution", solution, total, 1.0 / 0, tolerance);
            }
            LinearSystem sys = problem.system(t);
            SystemCheck chk = new SystemCheck(sys);
            String bad = chk.problem();
            if (bad == null && chk.a.rows() != n) {
                bad = "it has dimension " + chk.a.rows() + " but the sequence has " + n;
            }
            if (bad == null && chk.zeroDiagonalRow() >= 0) {
                int row = chk.zeroDiagonalRow();
                bad = "the diagonal entry a[" + row + "][" + row + "] of row " + row + " is zero; SOR divides by it";
            }
            if (bad != null) {
                return Result.failure(Status.INVALID_INPUT, id + ": system " + t + " of '" + problem.name() + "': " + bad);
            }
            int arm = policy.choose(t, problem.context(t));
            chosen[t] = omegas[arm];
            Outcome o = StationaryIteration.run(chk, new CsrSweeps(chk.a), StationaryIteration.Method.SOR,
                    omegas[arm], maxIterations, tolerance, monitor, false);
            policy.update(arm, o.iterations());
            total += o.iterations();
            double rel = chk.relativeResidual(o.x());
            monitor.count("matvec", 1);
            monitor.iteration(t, Double.NaN, rel);
            worst = Math.max(worst, Double.isNaN(rel) ? Double.POSITIVE_INFINITY : rel);
            System.arraycopy(o.x(), 0, solution, t * n, n);
            if (o.status() == Status.CANCELLED || o.status() == Status.TIME_LIMIT) {
                return result(o.status(), "stopped (" + o.status() + ") in system " + t + " of " + T, solution, total,
                        Double.POSITIVE_INFINITY, tolerance);
            }
            if (o.status() != Status.CONVERGED && status == Status.CONVERGED) {
                status = o.status();
                message = "system " + t + " (omega = " + omegas[arm] + "): " + o.message();
            }
        }
        Result residual = result(status, message, solution, total, worst, tolerance);
        Result.Builder recorded = residual.toBuilder().series(OMEGA_SERIES, chosen).series(GRID_SERIES, omegas);
        if (!Certificate.REGRET.equals(settings.string("certificate"))) {
            return recorded.build();
        }
        long[] fixed = HindsightTable.totals(problem, omegas, maxIterations, tolerance, monitor);
        if (fixed == null) {
            Status why = LinearSolver.stopStatus(monitor);
            return recorded.status(why).message("stopped (" + why + ") while tabulating the fixed omegas for the regret")
                    .certificate(Certificate.of(Certificate.REGRET, Double.NaN, settings.real("regretTolerance")))
                    .build();
        }
        long best = Arrays.stream(fixed).min().orElseThrow();
        double regret = best > 0 ? (double) (total - best) / best : (total == 0 ? 0.0 : Double.POSITIVE_INFINITY);
        Certificate claim = Certificate.of(Certificate.REGRET, regret, settings.real("regretTolerance"));
        String note = String.format(java.util.Locale.ROOT, "%d SOR iterations in all; the best fixed omega in hindsight"
                + " needs %d (regret %.4f)", total, best, regret);
        if (status == Status.CONVERGED && !claim.satisfied()) {
            // regret/T falls only as the sequence grows: a short sequence is a budget that ran out
            status = Status.ITERATION_LIMIT;
            note += " > regretTolerance " + settings.real("regretTolerance") + "; a longer sequence lets the bandit"
                    + " settle";
        }
        return recorded.status(status).message(message == null ? note : message + "; " + note)
                .certificate(claim).build();
    }

    private static Result result(Status status, String message, double[] x, long iterations, double worst,
            double tolerance) {
        return Result.builder(status)
                .message(message)
                .solution(x)
                .iterations(iterations)
                .certificate(Certificate.of(Certificate.RELATIVE_RESIDUAL, worst, tolerance))
                .build();
    }
}
