package org.banach.launch.bench.optim;

/**
 * One L-BFGS comparison: Banach's optim.lbfgs against SciPy's L-BFGS-B on one problem. SciPy figures
 * are NaN (and {@code scipyCovered} false) for problems the SciPy side does not implement. The stop
 * fields say why each side ended: {@link #GRADIENT} when it reached the shared target ‖∇f‖₂ ≤ tolerance,
 * else Banach's status and message or SciPy's own message (e.g. a line-search failure).
 */
record OptimRow(String problem, int n, long banachEvaluations, long banachIterations, String banachStop,
        double banachMs, double platformMs, double banachGradNorm, double banachF, boolean scipyCovered,
        long scipyNfev, long scipyIterations, double scipyMs, double scipyGradNorm, double scipyF, String scipyStop) {

    /** The stop reason of a side that reached the gradient target. */
    static final String GRADIENT = "gradient";

    double evaluationRatio() {
        return scipyCovered && scipyNfev > 0 ? (double) banachEvaluations / scipyNfev : Double.NaN;
    }

    double timeRatio() {
        return scipyCovered && scipyMs > 0 ? banachMs / scipyMs : Double.NaN;
    }

    boolean banachReached() {
        return GRADIENT.equals(banachStop);
    }

    boolean scipyReached() {
        return scipyCovered && GRADIENT.equals(scipyStop);
    }

    /** Banach used no more evaluations than SciPy (wherever each stopped). */
    boolean noMoreEvaluations() {
        return scipyCovered && banachEvaluations <= scipyNfev;
    }

    /**
     * SciPy used fewer evaluations and got at least as far: it reached the gradient target, or it
     * stopped at a point no worse than Banach's (f within 1e-8 relative). A SciPy run that ends
     * with a failed line search at a worse f used fewer evaluations without solving the problem.
     */
    boolean beatenBySciPy() {
        if (!scipyCovered || banachEvaluations <= scipyNfev) {
            return false;
        }
        return scipyReached() || scipyF <= banachF + 1e-8 * Math.max(1, Math.abs(banachF));
    }

    /** Short stop labels for the table: "grad" or the first words of the reason. */
    static String shortStop(String stop) {
        if (stop == null || stop.isEmpty()) {
            return "-";
        }
        if (GRADIENT.equals(stop)) {
            return "grad";
        }
        String s = stop.startsWith("scipy: ") ? stop.substring(7) : stop;
        int colon = s.indexOf(':');
        if (s.startsWith("CONVERGENCE: ")) {
            return "no-f-decrease";
        }
        if (s.startsWith("ABNORMAL")) {
            return "linesearch-fail";
        }
        return (colon > 0 ? s.substring(0, colon) : s).replace(' ', '-').toLowerCase(java.util.Locale.ROOT);
    }
}
