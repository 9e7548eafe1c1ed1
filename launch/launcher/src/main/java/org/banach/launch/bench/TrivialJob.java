package org.banach.launch.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.banach.api.ParameterSpec;
import org.banach.api.ParameterType;
import org.banach.api.Platform;
import org.banach.api.Problem;
import org.banach.api.ProblemDescriptor;
import org.banach.api.ProblemProvider;
import org.banach.api.Result;
import org.banach.api.RunSpec;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.SolverInfo;
import org.banach.api.SolverProperties;
import org.banach.api.Status;
import org.banach.api.backend.Backend;
import org.banach.launch.embed.EmbeddedBanach;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The job the benchmark times, in both forms: the {@link RunSpec} submitted to the Platform, and the
 * same solver service, problem, validated settings and CPU backend for calling the solver directly.
 * Without a configured problem it is a quadratic (or sphere) of the solver's family, else
 * optim/mgh/rosenbrock with one iteration.
 */
final class TrivialJob {

    final RunSpec spec;
    /** The result of one submit of {@link #spec}, made to check the job works. */
    final Result probe;
    final Solver<Problem> solver;
    final Problem problem;
    final Settings settings;
    final Backend backend;

    private TrivialJob(RunSpec spec, Result probe, Solver<Problem> solver, Problem problem, Settings settings,
            Backend backend) {
        this.spec = spec;
        this.probe = probe;
        this.solver = solver;
        this.problem = problem;
        this.settings = settings;
        this.backend = backend;
    }

    /**
     * Finds the job for {@code config}, submits it once and looks up its services.
     *
     * @throws IllegalArgumentException when the solver or problem is unknown, or the job does not run
     */
    @SuppressWarnings("unchecked")
    static TrivialJob find(PlatformBenchmark.Config config, EmbeddedBanach banach, Platform platform)
            throws Exception {
        List<SolverInfo> solvers = platform.solvers();
        SolverInfo info = solvers.stream().filter(s -> s.id().equals(config.solver)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown solver '" + config.solver + "'; installed: "
                        + solvers.stream().map(SolverInfo::id).distinct().sorted().collect(Collectors.toList())));
        String problemId = config.problem;
        Map<String, String> settings = new LinkedHashMap<>(config.settings);
        if (problemId == null) {
            problemId = platform.problems().stream().filter(p -> p.family().equals(info.family()))
                    .map(ProblemDescriptor::id)
                    .filter(id -> id.matches("(?i).*(quadratic|sphere).*")).sorted().findFirst().orElse(null);
            if (problemId == null) {
                problemId = "optim/mgh/rosenbrock";
                limitIterations(info, settings);
            }
        }
        RunSpec spec = RunSpec.builder(config.solver, problemId).params(config.params).settings(settings).build();
        Result probe = platform.submit(spec).result().get();
        if (probe.status() == Status.INVALID_INPUT || probe.status() == Status.FAILED) {
            throw new IllegalArgumentException("the trivial job " + spec + " ended " + probe.status()
                    + (probe.message() == null ? "" : ": " + probe.message()));
        }

        BundleContext ctx = banach.context();
        ServiceReference<Solver<?>> sref = best(ctx, (Class<Solver<?>>) (Class<?>) Solver.class,
                "(" + SolverProperties.ID + "=" + config.solver + ")");
        Solver<Problem> solver = (Solver<Problem>) (Solver<?>) ctx.getService(sref);
        Problem problem = problem(ctx, problemId, config.params);
        return new TrivialJob(spec, probe, solver, problem, Settings.validate(solver.parameters(), settings, 0L),
                cpuBackend(ctx));
    }

    /** Sets the solver's max-iterations setting (when it has one and none is given) to its smallest positive value. */
    private static void limitIterations(SolverInfo info, Map<String, String> settings) {
        for (ParameterSpec p : info.parameters()) {
            if (p.type() == ParameterType.INTEGER && p.name().matches("(?i)max.*iter.*")
                    && !settings.containsKey(p.name())) {
                settings.put(p.name(), String.valueOf(Math.min((long) p.max(), Math.max((long) p.min(), 1))));
            }
        }
    }

    private static Problem problem(BundleContext ctx, String id, Map<String, String> params)
            throws InvalidSyntaxException {
        for (ServiceReference<ProblemProvider> pr : ctx.getServiceReferences(ProblemProvider.class, null)) {
            ProblemProvider provider = ctx.getService(pr);
            if (provider != null && provider.problems().stream().anyMatch(d -> d.id().equals(id))) {
                return provider.create(id, params);
            }
        }
        throw new IllegalArgumentException("no problem provider offers '" + id + "'");
    }

    /** The CPU backend service (the last one listed when there are several); null when there is none. */
    private static Backend cpuBackend(BundleContext ctx) throws InvalidSyntaxException {
        Backend cpu = null;
        for (ServiceReference<Backend> br : ctx.getServiceReferences(Backend.class, null)) {
            Backend b = ctx.getService(br);
            if (b != null && "cpu".equals(b.id())) {
                cpu = b;
            }
        }
        return cpu;
    }

    /** The service the runtime would pick: highest ranking, then lowest service id, then highest bundle version. */
    private static <S> ServiceReference<S> best(BundleContext ctx, Class<S> type, String filter)
            throws InvalidSyntaxException {
        Collection<ServiceReference<S>> refs = ctx.getServiceReferences(type, filter);
        return refs.stream().max((x, y) -> {
            int c = x.compareTo(y); // ranking, then lower service id
            return c != 0 ? c : x.getBundle().getVersion().compareTo(y.getBundle().getVersion());
        }).orElseThrow(() -> new IllegalArgumentException("no service " + type.getSimpleName() + " " + filter));
    }
}
