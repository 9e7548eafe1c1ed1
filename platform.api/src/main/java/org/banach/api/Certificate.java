package org.banach.api;

import java.util.Objects;

/**
 * A convergence certificate: a criterion, its value and tolerance, and whether it holds. Contraction
 * certificates also carry the rate, the metric and the safe step.
 */
public final class Certificate {

    public static final String GRADIENT_NORM = "gradient-norm";
    public static final String KKT_RESIDUAL = "kkt-residual";
    public static final String RELATIVE_RESIDUAL = "relative-residual";
    public static final String MARGINAL_ERROR = "marginal-error";
    public static final String OPERATOR_RESIDUAL = "operator-residual";
    public static final String DUALITY_GAP = "duality-gap";
    public static final String EXPLOITABILITY = "exploitability";
    public static final String BELLMAN_RESIDUAL = "bellman-residual";
    public static final String CONTRACTION = "contraction";
    public static final String TEST_ERROR = "test-error";
    /**
     * Regret of an online choice against the best fixed choice in hindsight, relative to that best
     * (e.g. learned SOR: (Σ_t its_t − min_ω Σ_t its_t(ω)) / min_ω Σ_t its_t(ω)); since 1.2.
     */
    public static final String REGRET = "regret";

    private final String criterion;
    private final double value;
    private final double tolerance;
    private final boolean satisfied;
    private final double rate;
    private final String metric;
    private final double safeStep;

    private Certificate(String criterion, double value, double tolerance, boolean satisfied, double rate,
            String metric, double safeStep) {
        this.criterion = Objects.requireNonNull(criterion, "criterion");
        this.value = value;
        this.tolerance = tolerance;
        this.satisfied = satisfied;
        this.rate = rate;
        this.metric = metric;
        this.safeStep = safeStep;
    }

    /** A certificate that holds when {@code value <= tolerance} (NaN never holds). */
    public static Certificate of(String criterion, double value, double tolerance) {
        return new Certificate(criterion, value, tolerance, value <= tolerance, Double.NaN, null, Double.NaN);
    }

    /** A contraction certificate: rate in [0,1) holds, in the given metric, with the given safe step. */
    public static Certificate contraction(double rate, double tolerance, String metric, double safeStep) {
        return new Certificate(CONTRACTION, rate, tolerance, rate < 1 && rate <= tolerance, rate, metric, safeStep);
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

    /** Contraction rate, NaN for other criteria. */
    public double rate() {
        return rate;
    }

    /** Metric of a contraction certificate, null otherwise. */
    public String metric() {
        return metric;
    }

    /** Safe step of a contraction certificate, NaN otherwise. */
    public double safeStep() {
        return safeStep;
    }

    @Override
    public String toString() {
        return criterion + "=" + value + (satisfied ? " <= " : " > ") + tolerance;
    }
}
