package org.banach.plugins.optim.gradient;

import org.banach.plugins.optim.gradient.StrongWolfeLineSearch.Step;

/** A line search along a descent direction: {@link StrongWolfeLineSearch} or {@link MoreThuenteLineSearch}. */
interface LineSearch {

    /**
     * Searches along p from x.
     *
     * @param oracle counts the evaluations
     * @param x current point (not modified)
     * @param f0 f(x)
     * @param g0 ∇f(x) (not modified)
     * @param p search direction (not modified)
     * @param alpha1 first trial step (&gt; 0)
     * @param xOut receives the accepted point
     * @param gOut receives the gradient there
     * @return the outcome; when its α &gt; 0, {@code xOut}, {@code gOut} hold x + αp and its gradient
     */
    Step search(CountingOracle oracle, double[] x, double f0, double[] g0, double[] p, double alpha1, double[] xOut,
            double[] gOut);
}
