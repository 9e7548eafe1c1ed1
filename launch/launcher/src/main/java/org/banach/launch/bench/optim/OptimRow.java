package org.banach.launch.bench.optim;

/**
 * One L-BFGS comparison: Banach's optim.lbfgs against SciPy's L-BFGS-B on one problem. SciPy figures
 * are NaN (and {@code scipyCovered} false) for problems the SciPy side does not implement.
 */
record OptimRow(String problem, int n, long banachEvaluations, long banachIterations, String banachStatus,
        double banachMs, double platformMs, double banachGradNorm, double banachF, boolean scipyCovered,
        long scipyNfev, long scipyIterations, double scipyMs, double scipyGradNorm, double scipyF) {

    double evaluationRatio() {
        return scipyCovered && scipyNfev > 0 ? (double) banachEvaluations / scipyNfev : Double.NaN;
    }

    double timeRatio() {
        return scipyCovered && scipyMs > 0 ? banachMs / scipyMs : Double.NaN;
    }
}
