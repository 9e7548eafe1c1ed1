package org.banach.runtime.catalog;

import java.util.List;
import java.util.function.Supplier;

import org.banach.api.ParameterSpec;
import org.banach.api.Solver;
import org.banach.api.SolverInfo;
import org.osgi.framework.Version;

/**
 * One registered solver service as the catalog sees it: its identity, its bundle's version and the
 * service object itself. A job keeps the entry it was bound to, so a bundle update never swaps the
 * solver under a running job.
 */
public final class SolverEntry {

    private final String id;
    private final Version version;
    private final String family;
    private final String reference;
    private final String description;
    private final int ranking;
    private final long serviceId;
    private final String bundle;
    private final Supplier<String> bundleChecksum;
    private final Solver<?> solver;

    public SolverEntry(String id, Version version, String family, String reference, String description, int ranking,
            long serviceId, String bundle, Supplier<String> bundleChecksum, Solver<?> solver) {
        this.id = id;
        this.version = version;
        this.family = family;
        this.reference = reference;
        this.description = description;
        this.ranking = ranking;
        this.serviceId = serviceId;
        this.bundle = bundle;
        this.bundleChecksum = bundleChecksum == null ? () -> "unknown" : bundleChecksum;
        this.solver = solver;
    }

    public String id() {
        return id;
    }

    public Version version() {
        return version;
    }

    public String family() {
        return family;
    }

    public int ranking() {
        return ranking;
    }

    public long serviceId() {
        return serviceId;
    }

    public String bundle() {
        return bundle;
    }

    /** SHA-256 of the solver bundle's content (computed on first use), or "unknown". */
    public String bundleChecksum() {
        return bundleChecksum.get();
    }

    public Solver<?> solver() {
        return solver;
    }

    /** {@code id@version}. */
    public String label() {
        return id + "@" + version;
    }

    public SolverInfo info() {
        List<ParameterSpec> params;
        try {
            params = solver.parameters();
        } catch (RuntimeException e) {
            params = List.of();
        }
        return new SolverInfo(id, version.toString(), family, reference, description, ranking, bundle, params);
    }
}
