package org.banach.plugins.optim.gradient;

import org.banach.plugins.optim.gradient.StrongWolfeLineSearch.Outcome;
import org.banach.plugins.optim.gradient.StrongWolfeLineSearch.Step;

/**
 * Mutable state of one line search along p from x: the last trial point (its f, φ' = ∇fᵀp and whether
 * both are finite), the evaluation count, and the lowest point so far that satisfies sufficient decrease,
 * copied to the caller's output arrays. Shared by {@link StrongWolfeLineSearch} and
 * {@link MoreThuenteLineSearch}; every trial costs exactly one f+∇f evaluation, counted once.
 */
final class LineSearchTrials {
    final CountingOracle oracle;
    final double[] x;
    final double f0;
    final double d0;
    final double[] p;
    final double[] xOut;
    final double[] gOut;
    final double[] xTrial;
    final double[] gTrial;
    int evaluations;
    boolean sawNonFinite;
    double f;
    double d;
    boolean finite;
    double bestAlpha;
    double bestF;

    LineSearchTrials(CountingOracle oracle, double[] x, double f0, double d0, double[] p, double[] xOut, double[] gOut) {
        this.oracle = oracle;
        this.x = x;
        this.f0 = f0;
        this.d0 = d0;
        this.p = p;
        this.xOut = xOut;
        this.gOut = gOut;
        this.xTrial = new double[x.length];
        this.gTrial = new double[x.length];
        this.bestF = f0;
    }

    /** Evaluates f and ∇f at x + αp: one evaluation, counted once. */
    void evaluate(double alpha) {
        Vectors.step(x, alpha, p, xTrial);
        evaluatePlaced();
    }

    /**
     * Forms the trial point x + αp without evaluating it; false when it equals x or the previous trial
     * point in every component (the step is below the resolution of x, and f and ∇f there are already
     * known), in which case the caller ends the search instead of evaluating a point twice.
     */
    boolean place(double alpha) {
        boolean differsFromX = false;
        boolean differsFromLast = evaluations == 0;
        for (int i = 0; i < x.length; i++) {
            double v = x[i] + alpha * p[i];
            differsFromX |= v != x[i];
            differsFromLast |= v != xTrial[i];
            xTrial[i] = v;
        }
        return differsFromX && differsFromLast;
    }

    /** Evaluates f and ∇f at the point {@link #place} formed. */
    void evaluatePlaced() {
        f = oracle.valueAndGradient(xTrial, gTrial);
        evaluations++;
        d = Vectors.dot(gTrial, p);
        finite = Double.isFinite(f) && Double.isFinite(d) && Vectors.allFinite(gTrial);
        if (!finite) {
            sawNonFinite = true;
        }
    }

    /**
     * Keeps the current trial (which the caller found to satisfy sufficient decrease) when it is the lowest
     * such point so far and f is strictly lower than at α = 0 (at rounding level the sufficient-decrease bound
     * can equal f(0)).
     */
    void recordSufficientDecrease(double alpha) {
        if (f < f0 && (f < bestF || bestAlpha == 0)) {
            bestAlpha = alpha;
            bestF = f;
            System.arraycopy(xTrial, 0, xOut, 0, x.length);
            System.arraycopy(gTrial, 0, gOut, 0, x.length);
        }
    }

    Step accept(double alpha) {
        System.arraycopy(xTrial, 0, xOut, 0, x.length);
        System.arraycopy(gTrial, 0, gOut, 0, x.length);
        return new Step(Outcome.SATISFIED, alpha, f, evaluations, sawNonFinite);
    }

    Step fail(Outcome why) {
        Outcome o = bestAlpha == 0 && sawNonFinite && why != Outcome.NO_DECREASE ? Outcome.NON_FINITE : why;
        return new Step(o, bestAlpha, bestAlpha == 0 ? f0 : bestF, evaluations, sawNonFinite);
    }
}
