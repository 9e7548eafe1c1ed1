package org.banach.runtime.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

import org.banach.api.CertificateVerifier;
import org.banach.api.Problem;
import org.banach.api.ProblemDescriptor;
import org.banach.api.ProblemProvider;
import org.banach.api.backend.Backend;

/**
 * What is installed right now: solvers (several versions side by side), problem providers,
 * certificate verifiers and backends, keyed by service id. Services come and go at any time
 * (dynamic references), so every read takes a snapshot. Thread-safe.
 */
public final class Catalog {

    /** Highest ranking first, then highest version, then the older service (lower service id). */
    static final Comparator<SolverEntry> PREFERENCE = Comparator.comparingInt(SolverEntry::ranking)
            .thenComparing(SolverEntry::version).thenComparing(Comparator.comparingLong(SolverEntry::serviceId).reversed());

    private final ConcurrentMap<Long, SolverEntry> solvers = new ConcurrentHashMap<>();
    private final ConcurrentMap<Long, ProblemProvider> providers = new ConcurrentHashMap<>();
    private final ConcurrentMap<Long, CertificateVerifier<?>> verifiers = new ConcurrentHashMap<>();
    private final ConcurrentMap<Long, Backend> backends = new ConcurrentHashMap<>();

    public void addSolver(SolverEntry e) {
        solvers.put(e.serviceId(), e);
    }

    public void removeSolver(long serviceId) {
        solvers.remove(serviceId);
    }

    public void addProvider(long serviceId, ProblemProvider p) {
        providers.put(serviceId, p);
    }

    public void removeProvider(long serviceId) {
        providers.remove(serviceId);
    }

    public void addVerifier(long serviceId, CertificateVerifier<?> v) {
        verifiers.put(serviceId, v);
    }

    public void removeVerifier(long serviceId) {
        verifiers.remove(serviceId);
    }

    public void addBackend(long serviceId, Backend b) {
        backends.put(serviceId, b);
    }

    public void removeBackend(long serviceId) {
        backends.remove(serviceId);
    }

    /** All solvers, sorted by id then version. */
    public List<SolverEntry> solvers() {
        return solvers.values().stream()
                .sorted(Comparator.comparing(SolverEntry::id).thenComparing(SolverEntry::version))
                .collect(Collectors.toList());
    }

    /**
     * The preferred solver matching {@code selector}.
     *
     * @throws IllegalArgumentException naming the installed versions (or close ids) when none matches
     */
    public SolverEntry resolve(SolverSelector selector) {
        List<SolverEntry> sameId = solvers.values().stream().filter(e -> e.id().equals(selector.id()))
                .collect(Collectors.toList());
        Optional<SolverEntry> best = sameId.stream().filter(selector::accepts).max(PREFERENCE);
        if (best.isPresent()) {
            return best.get();
        }
        if (sameId.isEmpty()) {
            List<String> ids = solvers.values().stream().map(SolverEntry::id).distinct().sorted()
                    .collect(Collectors.toList());
            throw new IllegalArgumentException("unknown solver '" + selector.id() + "'; installed solvers: "
                    + (ids.isEmpty() ? "none" : String.join(", ", ids)));
        }
        String versions = sameId.stream().map(e -> e.version().toString()).sorted().collect(Collectors.joining(", "));
        throw new IllegalArgumentException("no version of solver '" + selector.id() + "' in range " + selector.range()
                + "; installed versions: " + versions);
    }

    /** Descriptors of every provider, sorted by id (the first provider wins on duplicate ids). */
    public List<ProblemDescriptor> problems() {
        Map<String, ProblemDescriptor> byId = new TreeMap<>();
        for (ProblemProvider p : providersInOrder()) {
            for (ProblemDescriptor d : safeList(p)) {
                byId.putIfAbsent(d.id(), d);
            }
        }
        return new ArrayList<>(byId.values());
    }

    /** The provider that names {@code problemId}, if any. */
    public Optional<ProblemProvider> providerOf(String problemId) {
        for (ProblemProvider p : providersInOrder()) {
            for (ProblemDescriptor d : safeList(p)) {
                if (d.id().equals(problemId)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    private List<ProblemProvider> providersInOrder() {
        return new TreeMap<>(providers).values().stream().collect(Collectors.toList());
    }

    private static List<ProblemDescriptor> safeList(ProblemProvider p) {
        try {
            return p.problems();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /**
     * The verifier for {@code problem}: among those whose problem type accepts it, the one with the most
     * specific type (a convex-set objective is certified by its Frank–Wolfe gap, not by the gradient
     * norm of the smooth family it extends); ties go to the lowest service id.
     */
    public Optional<CertificateVerifier<?>> verifierFor(Problem problem) {
        return verifierFor(problem, null);
    }

    /**
     * As {@link #verifierFor(Problem)}, but when some accepting verifier checks {@code criterion} (the
     * solver's claimed one; a family may have several, e.g. a sequence of systems: residual or regret),
     * only those compete; otherwise verifiers that only check a claim ({@link CertificateVerifier#needsClaim})
     * step aside for those that certify the solution alone.
     */
    public Optional<CertificateVerifier<?>> verifierFor(Problem problem, String criterion) {
        List<CertificateVerifier<?>> accepting = new TreeMap<>(verifiers).values().stream()
                .filter(v -> v.problemType().isInstance(problem)).collect(Collectors.toList());
        if (criterion != null && accepting.stream().anyMatch(v -> criterion.equals(v.criterion()))) {
            accepting.removeIf(v -> !criterion.equals(v.criterion()));
        } else if (accepting.stream().anyMatch(v -> !v.needsClaim())) {
            accepting.removeIf(CertificateVerifier::needsClaim);
        }
        return accepting.stream().filter(v -> accepting.stream().noneMatch(w -> w.problemType() != v.problemType()
                && v.problemType().isAssignableFrom(w.problemType()))).findFirst();
    }

    public List<Backend> backends() {
        return new TreeMap<>(backends).values().stream().sorted(Comparator.comparing(Backend::id))
                .collect(Collectors.toList());
    }

    /** @throws IllegalArgumentException listing the available backends when {@code id} is unknown */
    public Backend backend(String id) {
        return backends.values().stream().filter(b -> b.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown backend '" + id + "'; available: "
                        + backends().stream().map(Backend::id).collect(Collectors.joining(", "))));
    }
}
