package org.banach.plugins.games.saddle;

import java.util.List;
import java.util.Map;

import org.banach.api.InvalidProblemException;
import org.banach.api.ParameterSpec;
import org.banach.api.Problem;
import org.banach.api.ProblemDescriptor;
import org.banach.api.ProblemProvider;
import org.banach.api.games.SaddlePoint;
import org.banach.plugins.games.problems.ProblemParameters;
import org.osgi.service.component.annotations.Component;

/**
 * Saddle-point problems ({@link SaddlePoint}): the random assignment linear programme with its exact
 * Hungarian optimum ({@link AssignmentLp}) and a quadratic–bilinear saddle with a closed-form solution
 * ({@link QuadraticSaddle}).
 */
@Component(service = ProblemProvider.class)
public final class SaddleProblemProvider implements ProblemProvider {

    public static final String ASSIGNMENT = "games/assignment";
    public static final String QUADRATIC = "games/quadratic-saddle";

    private static final ParameterSpec SEED = ParameterSpec.integer("seed", 0, 0, Long.MAX_VALUE, "random seed");
    private static final List<ParameterSpec> ASSIGNMENT_PARAMETERS = List.of(
            ParameterSpec.integer("n", 50, 50, 500, "number of rows and of columns (n^2 unknowns, 2n constraints)"),
            ParameterSpec.integer("maxCost", 100, 1, 1_000_000, "costs are uniform integers 1..maxCost"), SEED);
    private static final List<ParameterSpec> QUADRATIC_PARAMETERS = List.of(
            ParameterSpec.integer("d", 50, 1, 2_000, "dimension of x and of y"),
            ParameterSpec.real("mu", 0.1, 1e-6, 1e6, "strong convexity of G(x) = mu/2 ||x - a||^2"),
            ParameterSpec.real("nu", 0.1, 1e-6, 1e6, "strong convexity of F*(y) = nu/2 ||y||^2 + b'y"),
            ParameterSpec.real("condition", 10, 1, 1e6, "singular values of K geometric from 1 to this"), SEED);

    @Override
    public List<ProblemDescriptor> problems() {
        return List.of(
                new ProblemDescriptor(ASSIGNMENT, SaddlePoint.FAMILY, 50 * 50 + 2 * 50, null,
                        "Kuhn, Naval Res. Logist. Q. 2 (1955) 83-97 (Hungarian method); as a saddle: Xu & He, arXiv:2603.00644",
                        "assignment LP min c'x, row and column sums 1, x >= 0, costs uniform integers; optimum by the"
                                + " Hungarian method", ASSIGNMENT_PARAMETERS),
                new ProblemDescriptor(QUADRATIC, SaddlePoint.FAMILY, 100, null, "synthetic",
                        "<Kx,y> + mu/2||x-a||^2 - nu/2||y||^2 - b'y, K = U diag(s) V' dense; saddle point in closed form",
                        QUADRATIC_PARAMETERS));
    }

    @Override
    public Problem create(String id, Map<String, String> parameters) {
        Map<String, String> given = parameters == null ? Map.of() : parameters;
        String key = id == null ? "" : id;
        switch (key) {
            case ASSIGNMENT: {
                Map<String, Object> p = ProblemParameters.parse(key, ASSIGNMENT_PARAMETERS, given);
                return AssignmentLp.random(Math.toIntExact((Long) p.get("n")), (Long) p.get("seed"),
                        Math.toIntExact((Long) p.get("maxCost")));
            }
            case QUADRATIC: {
                Map<String, Object> p = ProblemParameters.parse(key, QUADRATIC_PARAMETERS, given);
                return new QuadraticSaddle(Math.toIntExact((Long) p.get("d")), (Long) p.get("seed"),
                        (Double) p.get("mu"), (Double) p.get("nu"), (Double) p.get("condition"));
            }
            default:
                throw new InvalidProblemException("unknown problem '" + id + "'; this provider knows " + ASSIGNMENT
                        + ", " + QUADRATIC);
        }
    }
}
