package org.banach.plugins.optim.problems.composite;

import java.util.List;
import java.util.Map;

import org.banach.api.InvalidProblemException;
import org.banach.api.ParameterSpec;
import org.banach.api.Problem;
import org.banach.api.ProblemDescriptor;
import org.banach.api.ProblemProvider;
import org.banach.api.Settings;
import org.banach.api.optim.CompositeObjective;
import org.banach.api.optim.FiniteSumObjective;
import org.banach.api.optim.NonsmoothObjective;
import org.osgi.service.component.annotations.Component;

/**
 * The test problems of the Handbook of Convergence Theorems (Garrigos &amp; Gower, arXiv 2301.11235)
 * with the constants its theorems are stated in: {@code optim/pl-least-squares} (rank-deficient least
 * squares: PL, not strongly convex; rank = d makes it strongly convex), {@code optim/lasso}
 * (composite, prox-friendly) and {@code optim/hinge-svm} (nonsmooth, subgradient oracle).
 */
@Component(service = ProblemProvider.class)
public final class CompositeProblemProvider implements ProblemProvider {

    public static final String PL_LEAST_SQUARES = "optim/pl-least-squares";

    private static final ParameterSpec SEED = ParameterSpec.integer("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE,
            "seed of the synthetic data");
    private static final List<ParameterSpec> LEAST_SQUARES = List.of(
            ParameterSpec.integer("samples", 100, 1, 1_000_000, "number of data points N (components)"),
            ParameterSpec.integer("d", 20, 1, 10_000, "number of features"),
            ParameterSpec.integer("rank", 10, 0, 10_000, "rank r of A (0: min(samples, d), full rank)"),
            ParameterSpec.real("condition", 10, 1, 1e12, "L/mu: ratio of the largest to the smallest nonzero eigenvalue of A^T A/N"),
            ParameterSpec.real("noise", 0.1, 0, 1e6, "standard deviation of the noise added to b = A x0"),
            SEED);
    private static final List<ParameterSpec> LASSO = List.of(
            ParameterSpec.integer("samples", 100, 1, 1_000_000, "number of data points N (components)"),
            ParameterSpec.integer("d", 20, 1, 10_000, "number of features (d > samples: convex, not strongly convex)"),
            ParameterSpec.real("condition", 10, 1, 1e12, "L/mu of the data term"),
            ParameterSpec.real("noise", 0.1, 0, 1e6, "standard deviation of the noise added to b = A x0"),
            ParameterSpec.real("lambda", 0.05, 0, 1e6, "weight of the l1 norm"),
            SEED);
    private static final List<ParameterSpec> HINGE = List.of(
            ParameterSpec.integer("samples", 200, 1, 1_000_000, "number of data points"),
            ParameterSpec.integer("d", 10, 1, 10_000, "number of features"),
            ParameterSpec.real("lambda", 0.05, 1e-9, 1e6, "weight of the l2 regulariser (strong convexity)"),
            ParameterSpec.real("flip", 0.1, 0, 0.5, "fraction of labels flipped (non-separable data)"),
            SEED);

    @Override
    public List<ProblemDescriptor> problems() {
        return List.of(
                new ProblemDescriptor(PL_LEAST_SQUARES, FiniteSumObjective.FAMILY, 20, null,
                        "Karimi, Nutini & Schmidt, ECML PKDD 2016; Garrigos & Gower, arXiv 2301.11235, Sec. 3",
                        "rank-deficient least squares with a chosen spectrum: PL with mu = 1/condition, L = 1, not"
                                + " strongly convex (rank = d: strongly convex); minimum-norm optimum known",
                        LEAST_SQUARES),
                new ProblemDescriptor(Lasso.ID, CompositeObjective.FAMILY, 20, null,
                        "Tibshirani, JRSS B 58 (1996); Garrigos & Gower, arXiv 2301.11235, Sec. 10-12",
                        "l1-regularised least squares on synthetic data with exact L, L_max, mu", LASSO),
                new ProblemDescriptor(HingeSvm.ID, NonsmoothObjective.FAMILY, 10, null,
                        "Shalev-Shwartz et al., Pegasos, ICML 2007; Garrigos & Gower, arXiv 2301.11235, Sec. 9",
                        "l2-regularised hinge-loss SVM (nonsmooth); optimum by dual coordinate ascent", HINGE));
    }

    @Override
    public Problem create(String id, Map<String, String> parameters) {
        Map<String, String> given = parameters == null ? Map.of() : parameters;
        try {
            if (PL_LEAST_SQUARES.equals(id)) {
                Settings s = Settings.validate(LEAST_SQUARES, given, 0);
                return leastSquares(id, s, s.intValue("rank"));
            }
            if (Lasso.ID.equals(id)) {
                Settings s = Settings.validate(LASSO, given, 0);
                return new Lasso(leastSquares("optim/lasso/data", s, 0), s.real("lambda"));
            }
            if (HingeSvm.ID.equals(id)) {
                Settings s = Settings.validate(HINGE, given, 0);
                return new HingeSvm(s.intValue("samples"), s.intValue("d"), s.real("lambda"), s.real("flip"),
                        s.integer("seed"));
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidProblemException("problem '" + id + "': " + e.getMessage(), e);
        }
        throw new InvalidProblemException("unknown problem '" + id + "'; this provider knows " + PL_LEAST_SQUARES
                + ", " + Lasso.ID + " and " + HingeSvm.ID);
    }

    private static SpectralLeastSquares leastSquares(String name, Settings s, int rank) {
        int samples = s.intValue("samples");
        int d = s.intValue("d");
        int r = rank == 0 ? Math.min(samples, d) : rank;
        return new SpectralLeastSquares(name, samples, d, r, s.real("condition"), s.real("noise"), s.integer("seed"));
    }
}
