package org.banach.plugins.optim.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.banach.api.InvalidProblemException;
import org.banach.api.InvalidSettingsException;
import org.banach.api.Settings;
import org.banach.api.ParameterSpec;
import org.banach.api.Problem;
import org.banach.api.ProblemDescriptor;
import org.banach.api.ProblemProvider;
import org.banach.api.optim.SmoothObjective;
import org.osgi.service.component.annotations.Component;

/**
 * The problem library of the optimisation plugin: {@code optim/rosenbrock} (chained or extended,
 * any n) and the Moré–Garbow–Hillstrom test set ({@code optim/mgh/*}, see {@link MghCatalog}).
 * Parameters arrive as text and are checked against the descriptors' {@link ParameterSpec}s.
 */
@Component(service = ProblemProvider.class)
public final class OptimProblemProvider implements ProblemProvider {

    private static final List<ParameterSpec> ROSENBROCK_PARAMETERS = List.of(
            ParameterSpec.integer("n", 2, 2, 10_000_000, "number of variables (even for variant=extended)"),
            ParameterSpec.choice("variant", "chained", List.of("extended", "chained"),
                    "extended: sum over disjoint pairs (MGH 21); chained: sum over consecutive pairs"));

    private static final List<ParameterSpec> QUADRATIC_PARAMETERS = List.of(
            ParameterSpec.integer("n", 100, 1, 10_000_000, "number of variables"),
            ParameterSpec.real("kappa", 100, 1, 1e12, "condition number L/mu (eigenvalues geometric in [1, kappa])"));

    @Override
    public List<ProblemDescriptor> problems() {
        List<ProblemDescriptor> list = new ArrayList<>();
        list.add(new ProblemDescriptor(GeneralRosenbrock.ID, SmoothObjective.FAMILY, 2, 0.0,
                "Rosenbrock, Comput. J. 3 (1960); chained: Luksan & Vlcek, TR 767 (1999), problem 1; "
                        + "extended: More, Garbow & Hillstrom, ACM TOMS 7(1) (1981), problem 21; f* = 0 at (1, ..., 1)",
                "Rosenbrock's function in n variables, chained or extended, with a Hessian-vector product",
                ROSENBROCK_PARAMETERS));
        list.add(new ProblemDescriptor(ConditionedQuadratic.ID, SmoothObjective.FAMILY, 100, 0.0,
                "Nesterov, Introductory Lectures on Convex Optimization (2004), sections 2.1-2.2; f* = 0 at 0",
                "diagonal quadratic with condition number kappa, for linear-rate checks", QUADRATIC_PARAMETERS));
        for (LeastSquaresProblem p : MghCatalog.all()) {
            Double f = p.publishedOptimum();
            list.add(new ProblemDescriptor(p.name(), SmoothObjective.FAMILY, p.dimension(), f, p.reference(),
                    p.description(), List.of()));
        }
        return List.copyOf(list);
    }

    @Override
    public Problem create(String id, Map<String, String> parameters) {
        Map<String, String> given = parameters == null ? Map.of() : parameters;
        if (GeneralRosenbrock.ID.equals(id)) {
            return rosenbrock(given);
        }
        if (ConditionedQuadratic.ID.equals(id)) {
            try {
                Settings s = Settings.validate(QUADRATIC_PARAMETERS, given, 0);
                return new ConditionedQuadratic(s.intValue("n"), s.real("kappa"));
            } catch (InvalidSettingsException e) {
                throw new InvalidProblemException("problem '" + id + "': " + e.getMessage(), e);
            }
        }
        LeastSquaresProblem p = id == null ? null : MghCatalog.create(id);
        if (p == null) {
            List<String> ids = MghCatalog.ids();
            throw new InvalidProblemException("unknown problem '" + id + "'; this provider knows "
                    + (ids.size() + 1) + " problems, e.g. " + GeneralRosenbrock.ID + ", " + ids.get(0) + ", "
                    + ids.get(4) + ", " + ids.get(12) + " (ids are optim/rosenbrock and optim/mgh/<name>)");
        }
        if (!given.isEmpty()) {
            throw new InvalidProblemException("problem '" + id + "' takes no parameters, got " + given.keySet());
        }
        return p;
    }

    private static GeneralRosenbrock rosenbrock(Map<String, String> given) {
        for (String k : given.keySet()) {
            if (ROSENBROCK_PARAMETERS.stream().noneMatch(s -> s.name().equals(k))) {
                throw new InvalidProblemException("problem '" + GeneralRosenbrock.ID + "' has no parameter '" + k
                        + "'; allowed: n (integer >= 2), variant (extended|chained)");
            }
        }
        long n;
        String variant;
        try {
            n = given.containsKey("n") ? (Long) ROSENBROCK_PARAMETERS.get(0).parse(given.get("n")) : 2L;
            variant = given.containsKey("variant") ? (String) ROSENBROCK_PARAMETERS.get(1).parse(given.get("variant"))
                    : "chained";
        } catch (InvalidSettingsException e) {
            throw new InvalidProblemException("problem '" + GeneralRosenbrock.ID + "': " + e.getMessage(), e);
        }
        boolean chained = "chained".equals(variant);
        if (!chained && n % 2 != 0) {
            throw new InvalidProblemException("problem '" + GeneralRosenbrock.ID + "': parameter 'n' = " + n
                    + " must be even for variant=extended (the function sums over disjoint pairs)");
        }
        return new GeneralRosenbrock((int) n, chained);
    }
}
