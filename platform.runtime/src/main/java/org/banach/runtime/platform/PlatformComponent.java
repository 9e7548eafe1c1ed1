package org.banach.runtime.platform;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.banach.api.CertificateVerifier;
import org.banach.api.Job;
import org.banach.api.Platform;
import org.banach.api.ProblemDescriptor;
import org.banach.api.ProblemProvider;
import org.banach.api.Result;
import org.banach.api.RunSpec;
import org.banach.api.Solver;
import org.banach.api.SolverInfo;
import org.banach.api.SolverProperties;
import org.banach.api.Status;
import org.banach.api.StudyListener;
import org.banach.api.StudyReport;
import org.banach.api.backend.Backend;
import org.banach.api.backend.DeviceInfo;
import org.banach.runtime.catalog.Catalog;
import org.banach.runtime.catalog.SolverEntry;
import org.banach.runtime.jobs.BoundRun;
import org.banach.runtime.jobs.JobEngine;
import org.banach.runtime.verify.CertificateCheck;
import org.banach.runtime.verify.GamePayoffs;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The runtime's {@link Platform}: tracks solvers, providers, verifiers and backends as they come and
 * go (dynamic, greedy references), binds runs against them, runs them on the {@link JobEngine},
 * verifies every result's certificate from the problem, and runs studies into the result store.
 */
@Component(service = Platform.class, immediate = true)
public final class PlatformComponent implements Platform {

    /** Default wall-clock limit of a run that names none. */
    static final double DEFAULT_TIME_LIMIT_SECONDS = 3600;
    static final double GRACE_SECONDS = 2;
    static final int QUEUE_CAPACITY = 10_000;

    private final Catalog catalog = new Catalog();
    private RunBinder binder;
    private JobEngine engine;
    private Studies studies;

    @Activate
    void activate(BundleContext context) {
        String version = context.getBundle().getVersion().toString();
        binder = new RunBinder(catalog, new Provenance(version), DEFAULT_TIME_LIMIT_SECONDS);
        engine = new JobEngine(Math.max(1, Runtime.getRuntime().availableProcessors()), QUEUE_CAPACITY, GRACE_SECONDS,
                this::verify);
        studies = new Studies(this);
    }

    @Deactivate
    void deactivate() {
        engine.close();
    }

    // ---- dynamic references -------------------------------------------------------------------

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, service = Solver.class)
    void addSolver(ServiceReference<Solver<?>> ref, Solver<?> solver) {
        String id = (String) ref.getProperty(SolverProperties.ID);
        if (id == null || id.isBlank()) {
            return; // not addressable; ignored
        }
        Version version = ref.getBundle() == null ? Version.emptyVersion : ref.getBundle().getVersion();
        String family = str(ref.getProperty(SolverProperties.PROBLEM), "?");
        Object rank = ref.getProperty(Constants.SERVICE_RANKING);
        catalog.addSolver(new SolverEntry(id, version, family, str(ref.getProperty(SolverProperties.REFERENCE), ""),
                str(ref.getProperty(SolverProperties.DESCRIPTION), ""), rank instanceof Integer ? (Integer) rank : 0,
                serviceId(ref), ref.getBundle() == null ? "?" : ref.getBundle().getSymbolicName(),
                ref.getBundle() == null ? null : new BundleChecksum(ref.getBundle()), solver));
    }

    void removeSolver(ServiceReference<Solver<?>> ref) {
        catalog.removeSolver(serviceId(ref));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addProvider(ServiceReference<ProblemProvider> ref, ProblemProvider provider) {
        catalog.addProvider(serviceId(ref), provider);
    }

    void removeProvider(ServiceReference<ProblemProvider> ref) {
        catalog.removeProvider(serviceId(ref));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, service = CertificateVerifier.class)
    void addVerifier(ServiceReference<CertificateVerifier<?>> ref, CertificateVerifier<?> verifier) {
        catalog.addVerifier(serviceId(ref), verifier);
    }

    void removeVerifier(ServiceReference<CertificateVerifier<?>> ref) {
        catalog.removeVerifier(serviceId(ref));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addBackend(ServiceReference<Backend> ref, Backend backend) {
        catalog.addBackend(serviceId(ref), backend);
    }

    void removeBackend(ServiceReference<Backend> ref) {
        catalog.removeBackend(serviceId(ref));
    }

    private static long serviceId(ServiceReference<?> ref) {
        return (Long) ref.getProperty(Constants.SERVICE_ID);
    }

    private static String str(Object o, String dflt) {
        return o == null ? dflt : o.toString();
    }

    // ---- Platform -------------------------------------------------------------------------------

    @Override
    public List<SolverInfo> solvers() {
        return catalog.solvers().stream().map(SolverEntry::info).collect(Collectors.toList());
    }

    @Override
    public List<DeviceInfo> backends() {
        return catalog.backends().stream().map(Backend::device).collect(Collectors.toList());
    }

    @Override
    public List<ProblemDescriptor> problems() {
        return catalog.problems();
    }

    @Override
    public Job submit(RunSpec spec) {
        return engine.submit(binder.bind(spec));
    }

    /** Checks that {@code spec} would bind now, without running it. */
    void validate(RunSpec spec) {
        binder.bind(spec);
    }

    @Override
    public List<Job> jobs() {
        return engine.jobs();
    }

    @Override
    public Optional<Job> job(String id) {
        return engine.job(id);
    }

    @Override
    public boolean cancel(String id) {
        return engine.cancel(id);
    }

    @Override
    public StudyReport runStudy(Path studyFile, Path outDir, StudyListener listener) {
        return studies.run(studyFile, outDir, listener == null ? new StudyListener() { } : listener);
    }

    @Override
    public List<Result> results(Path studyDirectory) {
        return studies.results(studyDirectory);
    }

    /**
     * Recomputes the certificate (and, for a game, each player's payoff: {@link GamePayoffs}). A solver that claims CONVERGED with a non-finite point or objective
     * is overruled: the run is a NUMERICAL_ERROR, whatever the solver said.
     */
    private Result verify(BoundRun run, Result stamped) {
        Result.Builder b = stamped.toBuilder()
                .verification(CertificateCheck.check(run.problem(), stamped, catalog.verifierFor(run.problem(),
                        stamped.certificate() == null ? null : stamped.certificate().criterion())));
        GamePayoffs.attach(run.problem(), stamped.solution(), b);
        if (stamped.status() == Status.CONVERGED && !finite(stamped)) {
            b.status(Status.NUMERICAL_ERROR).message("solver " + run.solver().label()
                    + " claimed CONVERGED but returned a non-finite point or objective; the runtime overrules the claim"
                    + (stamped.message() == null ? "" : " (solver said: " + stamped.message() + ")"));
        }
        return b.build();
    }

    /** NaN objective means "the family has none" (see Monitor); an infinite one or a non-finite point is an error. */
    static boolean finite(Result r) {
        if (Double.isInfinite(r.objective())) {
            return false;
        }
        for (double v : r.solution()) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
