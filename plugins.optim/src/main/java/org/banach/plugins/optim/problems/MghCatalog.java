package org.banach.plugins.optim.problems;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The shipped instances of the Moré–Garbow–Hillstrom set (ACM TOMS 7(1), 1981), in the paper's
 * order, at the dimensions for which the paper publishes the optimal value. Ids are
 * {@code optim/mgh/<kebab-name>}.
 */
public final class MghCatalog {

    private static final List<Supplier<LeastSquaresProblem>> FACTORIES = List.of(
            Rosenbrock::new,
            FreudensteinRoth::new,
            PowellBadlyScaled::new,
            BrownBadlyScaled::new,
            Beale::new,
            JennrichSampson::new,
            HelicalValley::new,
            Bard::new,
            Gaussian::new,
            Meyer::new,
            Gulf::new,
            Box3d::new,
            PowellSingular::new,
            Wood::new,
            KowalikOsborne::new,
            BrownDennis::new,
            Osborne1::new,
            BiggsExp6::new,
            Osborne2::new,
            Watson::new,
            () -> new ExtendedRosenbrock(10),
            () -> new ExtendedPowell(12),
            Penalty1::new,
            Penalty2::new,
            () -> new VariablyDimensioned(10),
            () -> new BrownAlmostLinear(10),
            () -> new DiscreteBoundaryValue(10),
            () -> new DiscreteIntegral(10),
            () -> new BroydenTridiagonal(10),
            () -> new BroydenBanded(10),
            () -> new LinearFullRank(10, 20),
            () -> new LinearRank1(10, 20),
            () -> new LinearRank1Zero(10, 20),
            Chebyquad::new);

    private static final Map<String, Supplier<LeastSquaresProblem>> BY_ID = index();

    private MghCatalog() {
    }

    private static Map<String, Supplier<LeastSquaresProblem>> index() {
        Map<String, Supplier<LeastSquaresProblem>> m = new LinkedHashMap<>();
        for (Supplier<LeastSquaresProblem> f : FACTORIES) {
            String id = f.get().name();
            if (m.put(id, f) != null) {
                throw new IllegalStateException("duplicate MGH id " + id);
            }
        }
        return m;
    }

    /** The ids, in the paper's order. */
    public static List<String> ids() {
        return List.copyOf(BY_ID.keySet());
    }

    /** A fresh instance of every shipped problem, in the paper's order. */
    public static List<LeastSquaresProblem> all() {
        return FACTORIES.stream().map(Supplier::get).toList();
    }

    /** A fresh instance of {@code id}, or null when it is not shipped. */
    public static LeastSquaresProblem create(String id) {
        Supplier<LeastSquaresProblem> f = BY_ID.get(id);
        return f == null ? null : f.get();
    }
}
