package org.banach.plugins.games.exact;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * The maximising player's linear programme of a zero-sum matrix game with row-major payoffs a (m × n,
 * the player picks a row): max v s.t. Σ_i a_ij x_i ≥ v for every column j, Σ_i x_i = 1, x ≥ 0. The
 * payoffs are first mapped affinely onto [1, 2] (a' = 1 + (a − min a)/(max a − min a); a constant game
 * becomes all ones), so v' ≥ 1 and every variable, v' included, is non-negative, as the simplex solver's
 * {@link NonNegativeConstraint} requires; the simplex tolerance is then relative to the payoff range.
 * The column player's programme is this one for the payoffs −Aᵀ.
 */
final class RowLp {

    /** The optimal mixed strategy (clipped at 0 and renormalised), the game's value and the pivots used. */
    record Solution(double[] strategy, double value, int pivots) {
    }

    private RowLp() {
    }

    /**
     * Solves the programme with Commons Math's two-phase simplex method.
     *
     * @throws org.apache.commons.math3.exception.TooManyIterationsException after {@code maxPivots} pivots
     */
    static Solution solve(double[] a, int m, int n, int maxPivots, double epsilon, boolean bland) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : a) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double range = hi > lo ? hi - lo : 1;
        List<LinearConstraint> constraints = new ArrayList<>(n + 1);
        for (int j = 0; j < n; j++) {
            double[] c = new double[m + 1];
            for (int i = 0; i < m; i++) {
                c[i] = 1 + (a[i * n + j] - lo) / range;
            }
            c[m] = -1;
            constraints.add(new LinearConstraint(c, Relationship.GEQ, 0));
        }
        double[] sum = new double[m + 1];
        java.util.Arrays.fill(sum, 0, m, 1);
        constraints.add(new LinearConstraint(sum, Relationship.EQ, 1));
        double[] objective = new double[m + 1];
        objective[m] = 1;
        SimplexSolver simplex = new SimplexSolver(epsilon);
        PointValuePair optimum = simplex.optimize(new MaxIter(maxPivots),
                new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(constraints),
                GoalType.MAXIMIZE, new NonNegativeConstraint(true),
                bland ? PivotSelectionRule.BLAND : PivotSelectionRule.DANTZIG);
        double[] p = optimum.getPoint();
        double[] x = new double[m];
        double total = 0;
        for (int i = 0; i < m; i++) {
            x[i] = Math.max(0, p[i]);
            total += x[i];
        }
        for (int i = 0; i < m; i++) {
            x[i] /= total;
        }
        return new Solution(x, lo + (p[m] - 1) * range, simplex.getIterations());
    }

    /** The row-major payoffs −Aᵀ (n × m) of the column player, who picks a column and maximises −xᵀAy. */
    static double[] negatedTranspose(double[] a, int m, int n) {
        double[] t = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                t[j * m + i] = -a[i * n + j];
            }
        }
        return t;
    }
}
