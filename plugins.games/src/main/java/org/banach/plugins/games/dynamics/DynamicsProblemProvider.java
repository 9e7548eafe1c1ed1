package org.banach.plugins.games.dynamics;

import java.util.List;
import java.util.Map;

import org.banach.api.InvalidProblemException;
import org.banach.api.ParameterSpec;
import org.banach.api.Problem;
import org.banach.api.ProblemDescriptor;
import org.banach.api.ProblemProvider;
import org.banach.api.games.DifferentiableGame;
import org.banach.api.games.VariationalInequality;
import org.banach.plugins.games.problems.ProblemParameters;
import org.osgi.service.component.annotations.Component;

/** The test problems of the game dynamics: {@link BilinearGame} and {@link NonmonotoneVi}. */
@Component(service = ProblemProvider.class)
public final class DynamicsProblemProvider implements ProblemProvider {

    private static final List<ParameterSpec> BILINEAR = List.of(
            ParameterSpec.integer("n", 10, 1, 2_000, "dimension of x and of y (d = 2n)"),
            ParameterSpec.choice("matrix", "gaussian", List.of("gaussian", "identity"),
                    "A: i.i.d. N(0, 1/n) entries from the seed, or the identity"),
            ParameterSpec.real("mu", 0, 0, 1e6, "each player's own quadratic weight mu (0: the pure bilinear game; "
                    + "mu > 0 makes F mu-strongly monotone)"),
            ParameterSpec.integer("seed", 0, 0, Long.MAX_VALUE, "random seed of A"),
            noise());
    private static final List<ParameterSpec> NONMONOTONE = List.of(
            ParameterSpec.real("r", 0.5, -1e3, 1e3, "start (r, r); |r| < 1/sqrt(3) starts where F is locally monotone"),
            noise());

    private static ParameterSpec noise() {
        return ParameterSpec.real("noise", 0, 0, 1e6, "level sigma of the stochastic oracle's additive Gaussian noise "
                + "(E|noise|^2 = sigma^2, for solvers run with oracle=sampled; the exact operator is unchanged)");
    }

    @Override
    public List<ProblemDescriptor> problems() {
        return List.of(
                new ProblemDescriptor(BilinearGame.ID, DifferentiableGame.FAMILY, 20, null,
                        "bilinear game x'Ay, e.g. Gidel et al., Negative momentum for improved game dynamics, AISTATS 2019",
                        "2-player differentiable game l1 = x'Ay + mu|x|^2/2, l2 = -x'Ay + mu|y|^2/2; equilibrium 0; "
                                + "closed-form Jacobian; stochastic oracle with Gaussian noise of level 'noise'", BILINEAR),
                new ProblemDescriptor(NonmonotoneVi.ID, VariationalInequality.FAMILY, 2, null,
                        "second-order sufficient solutions: Hsieh, Iutzeler, Malick & Mertikopoulos, NeurIPS 2019",
                        "F(x,y) = (x - x^3 + y, -x + y - y^3) on R^2: solution 0 (Jacobian's symmetric part I), "
                                + "not monotone for |x| or |y| > 1/sqrt(3); stochastic oracle with Gaussian noise of level 'noise'", NONMONOTONE));
    }

    @Override
    public Problem create(String id, Map<String, String> parameters) {
        Map<String, String> given = parameters == null ? Map.of() : parameters;
        String key = id == null ? "" : id;
        switch (key) {
            case BilinearGame.ID: {
                Map<String, Object> p = ProblemParameters.parse(key, BILINEAR, given);
                return BilinearGame.of(Math.toIntExact((Long) p.get("n")), (Long) p.get("seed"),
                        "identity".equals(p.get("matrix")), (Double) p.get("mu"), (Double) p.get("noise"));
            }
            case NonmonotoneVi.ID: {
                Map<String, Object> p = ProblemParameters.parse(key, NONMONOTONE, given);
                return new NonmonotoneVi((Double) p.get("r"), (Double) p.get("noise"));
            }
            default:
                throw new InvalidProblemException("unknown problem '" + id + "'; this provider knows "
                        + BilinearGame.ID + ", " + NonmonotoneVi.ID);
        }
    }
}
