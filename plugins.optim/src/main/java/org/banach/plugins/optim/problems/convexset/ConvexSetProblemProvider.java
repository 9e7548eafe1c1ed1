package org.banach.plugins.optim.problems.convexset;

import java.util.List;
import java.util.Map;

import org.banach.api.InvalidProblemException;
import org.banach.api.InvalidSettingsException;
import org.banach.api.ParameterSpec;
import org.banach.api.Problem;
import org.banach.api.ProblemDescriptor;
import org.banach.api.ProblemProvider;
import org.banach.api.Settings;
import org.banach.api.optim.ConvexSetObjective;
import org.osgi.service.component.annotations.Component;

/**
 * Problems over convex sets given by a linear minimisation oracle: log-utility portfolio, ℓ1-ball
 * logistic regression, D-optimal design.
 */
@Component(service = ProblemProvider.class)
public final class ConvexSetProblemProvider implements ProblemProvider {

    private static final List<ParameterSpec> PORTFOLIO = List.of(
            ParameterSpec.integer("n", 20, 1, 100_000, "number of assets"),
            ParameterSpec.integer("periods", 500, 1, 10_000_000, "number of return periods T"),
            ParameterSpec.integer("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE, "seed of the simulated returns"));
    private static final List<ParameterSpec> LOGISTIC = List.of(
            ParameterSpec.integer("samples", 500, 1, 10_000_000, "number of data points"),
            ParameterSpec.integer("d", 50, 1, 100_000, "number of features"),
            ParameterSpec.real("radius", 5, 1e-12, 1e12, "radius tau of the l1 ball"),
            ParameterSpec.integer("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE, "seed of the synthetic data"));
    private static final List<ParameterSpec> DESIGN = List.of(
            ParameterSpec.integer("points", 200, 1, 1_000_000, "number m of candidate design points"),
            ParameterSpec.integer("d", 5, 1, 500, "dimension of the design space"),
            ParameterSpec.integer("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE, "seed of the Gaussian candidate points"));

    @Override
    public List<ProblemDescriptor> problems() {
        return List.of(
                new ProblemDescriptor(LogUtilityPortfolio.ID, ConvexSetObjective.FAMILY, 20, null,
                        "Kelly (1956); as a generalized self-concordant test case: Carderera, Besancon & Pokutta,"
                                + " NeurIPS 2021", "log-optimal portfolio over the simplex (simulated returns)", PORTFOLIO),
                new ProblemDescriptor(L1BallLogistic.ID, ConvexSetObjective.FAMILY, 50, null,
                        "Jaggi, ICML 2013 (l1-constrained problems for Frank-Wolfe)",
                        "logistic regression constrained to an l1 ball (synthetic sparse data)", LOGISTIC),
                new ProblemDescriptor(DOptimalDesign.ID, ConvexSetObjective.FAMILY, 200, null,
                        "Kiefer & Wolfowitz, Canad. J. Math. 1960; Carderera, Besancon & Pokutta, NeurIPS 2021",
                        "D-optimal design: min -log det(sum w_i x_i x_i^T) over the simplex (Gaussian candidates)",
                        DESIGN));
    }

    @Override
    public Problem create(String id, Map<String, String> parameters) {
        Map<String, String> given = parameters == null ? Map.of() : parameters;
        try {
            if (LogUtilityPortfolio.ID.equals(id)) {
                Settings s = Settings.validate(PORTFOLIO, given, 0);
                return new LogUtilityPortfolio(s.intValue("n"), s.intValue("periods"), s.integer("seed"));
            }
            if (L1BallLogistic.ID.equals(id)) {
                Settings s = Settings.validate(LOGISTIC, given, 0);
                return new L1BallLogistic(s.intValue("samples"), s.intValue("d"), s.real("radius"), s.integer("seed"));
            }
            if (DOptimalDesign.ID.equals(id)) {
                Settings s = Settings.validate(DESIGN, given, 0);
                if (s.intValue("points") < s.intValue("d")) {
                    throw new InvalidProblemException("problem '" + id + "': needs at least d = " + s.intValue("d")
                            + " candidate points for a nonsingular design, got points = " + s.intValue("points"));
                }
                return new DOptimalDesign(s.intValue("points"), s.intValue("d"), s.integer("seed"));
            }
        } catch (InvalidSettingsException e) {
            throw new InvalidProblemException("problem '" + id + "': " + e.getMessage(), e);
        }
        throw new InvalidProblemException("unknown problem '" + id + "'; this provider knows " + LogUtilityPortfolio.ID
                + ", " + L1BallLogistic.ID + " and " + DOptimalDesign.ID);
    }
}
