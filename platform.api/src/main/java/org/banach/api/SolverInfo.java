package org.banach.api;

import java.util.List;

/** What the catalog knows of one installed solver service. */
public final class SolverInfo {

    private final String id;
    private final String version;
    private final String family;
    private final String reference;
    private final String description;
    private final int ranking;
    private final String bundle;
    private final List<ParameterSpec> parameters;

    public SolverInfo(String id, String version, String family, String reference, String description, int ranking,
            String bundle, List<ParameterSpec> parameters) {
        this.id = id;
        this.version = version;
        this.family = family;
        this.reference = reference;
        this.description = description;
        this.ranking = ranking;
        this.bundle = bundle;
        this.parameters = List.copyOf(parameters);
    }

    public String id() {
        return id;
    }

    public String version() {
        return version;
    }

    /** The problem family it solves, e.g. {@code optim.smooth}. */
    public String family() {
        return family;
    }

    public String reference() {
        return reference;
    }

    public String description() {
        return description;
    }

    public int ranking() {
        return ranking;
    }

    /** Symbolic name of the bundle that registered it. */
    public String bundle() {
        return bundle;
    }

    public List<ParameterSpec> parameters() {
        return parameters;
    }
}
