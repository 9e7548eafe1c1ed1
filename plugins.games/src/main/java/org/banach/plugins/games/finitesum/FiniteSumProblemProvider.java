package org.banach.plugins.games.finitesum;

import java.util.List;
import java.util.Map;

import org.banach.api.InvalidProblemException;
import org.banach.api.ParameterSpec;
import org.banach.api.Problem;
import org.banach.api.ProblemDescriptor;
import org.banach.api.ProblemProvider;
import org.banach.api.games.FiniteSumOperator;
import org.banach.plugins.games.problems.ProblemParameters;
import org.osgi.service.component.annotations.Component;

/**
 * Finite-sum monotone inclusions F = (1/n) Σᵢ Fᵢ with known solutions ({@link FiniteSumFactory}), the
 * instances of seed row G1 (Cai, Alacaoglu &amp; Diakonikolas, ICLR 2024): a cocoercive monotone linear
 * operator, a bilinear game and a box-constrained convex–concave quadratic, n = 100–1000 components.
 */
@Component(service = ProblemProvider.class)
public final class FiniteSumProblemProvider implements ProblemProvider {

    /** Most entries n·d² of the component matrices. */
    static final long MAX_ENTRIES = 50_000_000L;

    private static final ParameterSpec N = ParameterSpec.integer("n", 100, 1, 1_000_000, "number of components F_i");
    private static final ParameterSpec SEED = ParameterSpec.integer("seed", 0, 0, Long.MAX_VALUE, "random seed");
    private static final List<ParameterSpec> LINEAR = List.of(N,
            ParameterSpec.integer("d", 20, 1, 2_000, "dimension of z"), SEED);
    private static final List<ParameterSpec> SADDLE = List.of(N,
            ParameterSpec.integer("m", 10, 1, 1_000, "dimension of x and of y (d = 2m)"), SEED);
    private static final String REFERENCE = "Cai, Alacaoglu & Diakonikolas, Variance Reduced Halpern Iteration for "
            + "Finite-Sum Monotone Inclusions, ICLR 2024";

    @Override
    public List<ProblemDescriptor> problems() {
        String family = FiniteSumOperator.FAMILY;
        return List.of(
                new ProblemDescriptor(FiniteSumFactory.LINEAR, family, 20, null, REFERENCE,
                        "F_i(z) = M_i z + b_i on R^d, average strongly monotone and cocoercive on average, "
                                + "components not monotone; z* known (norm 0.01, start 0)", LINEAR),
                new ProblemDescriptor(FiniteSumFactory.BILINEAR, family, 20, null, REFERENCE,
                        "bilinear game min_x max_y (1/n) sum x'A_i y + a_i'x - c_i'y on R^2m; monotone, "
                                + "not cocoercive; z* known (norm 0.01, start 0)", SADDLE),
                new ProblemDescriptor(FiniteSumFactory.QUADRATIC, family, 20, null, REFERENCE,
                        "convex-concave quadratic (1/n) sum x'P_i x/2 + x'A_i y - y'R_i y/2 + ... on the box "
                                + "[-1,1]^2m; z* known with active bounds (start 0)", SADDLE));
    }

    @Override
    public Problem create(String id, Map<String, String> parameters) {
        Map<String, String> given = parameters == null ? Map.of() : parameters;
        String key = id == null ? "" : id;
        switch (key) {
            case FiniteSumFactory.LINEAR: {
                Map<String, Object> p = ProblemParameters.parse(key, LINEAR, given);
                int n = toInt(p.get("n"));
                int d = toInt(p.get("d"));
                checkSize(key, n, d);
                return FiniteSumFactory.linear(n, d, (Long) p.get("seed"));
            }
            case FiniteSumFactory.BILINEAR:
            case FiniteSumFactory.QUADRATIC: {
                Map<String, Object> p = ProblemParameters.parse(key, SADDLE, given);
                int n = toInt(p.get("n"));
                int m = toInt(p.get("m"));
                checkSize(key, n, 2 * m);
                long seed = (Long) p.get("seed");
                return key.equals(FiniteSumFactory.BILINEAR) ? FiniteSumFactory.bilinear(n, m, seed)
                        : FiniteSumFactory.quadratic(n, m, seed);
            }
            default:
                throw new InvalidProblemException("unknown problem '" + id + "'; this provider knows "
                        + FiniteSumFactory.LINEAR + ", " + FiniteSumFactory.BILINEAR + ", " + FiniteSumFactory.QUADRATIC);
        }
    }

    private static void checkSize(String id, int n, int d) {
        if ((long) n * d * d > MAX_ENTRIES) {
            throw new InvalidProblemException("problem '" + id + "': n x d x d = " + (long) n * d * d
                    + " matrix entries exceed " + MAX_ENTRIES + "; lower n or the dimension");
        }
    }

    private static int toInt(Object v) {
        return Math.toIntExact((Long) v);
    }
}
