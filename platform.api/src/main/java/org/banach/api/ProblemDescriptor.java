package org.banach.api;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link ProblemProvider} says about one benchmark instance (or parametrised family of
 * instances) before creating it: id, family, default dimension, known optimum, reference, parameters.
 */
public final class ProblemDescriptor {

    private final String id;
    private final String family;
    private final int dimension;
    private final Double knownOptimum;
    private final String reference;
    private final String description;
    private final List<ParameterSpec> parameters;

    public ProblemDescriptor(String id, String family, int dimension, Double knownOptimum, String reference,
            String description, List<ParameterSpec> parameters) {
        this.id = Objects.requireNonNull(id, "id");
        this.family = Objects.requireNonNull(family, "family");
        this.dimension = dimension;
        this.knownOptimum = knownOptimum;
        this.reference = reference;
        this.description = description;
        this.parameters = List.copyOf(parameters);
    }

    public String id() {
        return id;
    }

    public String family() {
        return family;
    }

    /** Dimension with default parameters. */
    public int dimension() {
        return dimension;
    }

    /** Published optimal value with default parameters, or null when none is known. */
    public Double knownOptimum() {
        return knownOptimum;
    }

    public String reference() {
        return reference;
    }

    public String description() {
        return description;
    }

    /** Parameters given as {@code --param k=v} (a file-backed instance takes {@code file}). */
    public List<ParameterSpec> parameters() {
        return parameters;
    }
}
