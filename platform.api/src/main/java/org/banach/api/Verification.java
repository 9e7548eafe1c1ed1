package org.banach.api;

/**
 * What the runtime's verifier recomputed from the problem and the returned solution, beside the
 * solver's claim: the value, whether it meets the tolerance, and whether it agrees with the claim.
 */
public final class Verification {

    private final String criterion;
    private final double value;
    private final double tolerance;
    private final boolean satisfied;
    private final boolean agrees;
    private final String message;

    public Verification(String criterion, double value, double tolerance, boolean satisfied, boolean agrees,
            String message) {
        this.criterion = criterion;
        this.value = value;
        this.tolerance = tolerance;
        this.satisfied = satisfied;
        this.agrees = agrees;
        this.message = message;
    }

    public String criterion() {
        return criterion;
    }

    public double value() {
        return value;
    }

    public double tolerance() {
        return tolerance;
    }

    public boolean satisfied() {
        return satisfied;
    }

    /** True when the solver's claim and the verified value lead to the same verdict (and roughly the same value). */
    public boolean agrees() {
        return agrees;
    }

    /** Explanation, e.g. why no verifier was available or where claim and check differ; may be null. */
    public String message() {
        return message;
    }

    @Override
    public String toString() {
        return criterion + "=" + value + (satisfied ? " holds" : " fails") + (agrees ? "" : " (DISAGREES with claim)");
    }
}
