package org.banach.launch.bench.games;

/**
 * One size of the lp section: Banach's status, iterations, direct and platform seconds, recomputed
 * exploitability and value x'Ay; SciPy's status, seconds, iterations, exploitability and value.
 */
record GamesRow(int n, String status, long iterations, double seconds, double platformSeconds, double exploitability,
        double value, String scipyStatus, double scipySeconds, long scipyIterations, double scipyExploitability,
        double scipyValue, double tolerance) {

    /** Banach seconds / SciPy seconds (below 1 favours Banach). */
    double ratio() {
        return seconds / scipySeconds;
    }

    /** Both values within the tolerance of each other (each is within it of the game's value). */
    boolean valuesAgree() {
        return Math.abs(value - scipyValue) <= tolerance;
    }

    boolean reached() {
        return "CONVERGED".equals(status) && exploitability <= tolerance;
    }
}
