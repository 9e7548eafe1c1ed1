package org.banach.plugins.optim.problems.equations;

import java.util.List;
import java.util.Map;

import org.banach.api.InvalidProblemException;
import org.banach.api.InvalidSettingsException;
import org.banach.api.ParameterSpec;
import org.banach.api.Problem;
import org.banach.api.ProblemDescriptor;
import org.banach.api.ProblemProvider;
import org.banach.api.Settings;
import org.banach.api.optim.NonlinearEquations;
import org.banach.api.optim.SmoothObjective;
import org.osgi.service.component.annotations.Component;

/**
 * Instances for the Newton-type solvers: the equations {@code optim/powell-singular-equations} (singular
 * Jacobian at an isolated solution) and {@code optim/reaction-network} (mass-action steady states,
 * non-isolated unless the moieties are fixed), and the objective {@code optim/pseudo-huber} (where pure
 * Newton diverges). Parameters arrive as text and are checked against the descriptors' specs.
 */
@Component(service = ProblemProvider.class)
public final class EquationsProblemProvider implements ProblemProvider {

    private static final List<ParameterSpec> PSEUDO_HUBER = List.of(
            ParameterSpec.integer("n", 4, 1, 1_000, "number of variables"),
            ParameterSpec.real("scale", 5.0, 0.0, 1e6, "largest |x_i| of the start; pure Newton diverges above 1"));
    private static final List<ParameterSpec> NETWORK = List.of(
            ParameterSpec.bool("fixMoieties", false,
                    "append the conservation laws L exp(x) = L c0 (isolated steady state) instead of leaving the "
                            + "2-dimensional family of steady states"));

    @Override
    public List<ProblemDescriptor> problems() {
        return List.of(
                new ProblemDescriptor(PseudoHuber.ID, SmoothObjective.FAMILY, 4, 0.0,
                        "pseudo-Huber sum; pure Newton maps x to -x^3 (Hanzely et al., NeurIPS 2022); f* = 0 at 0",
                        "sum of sqrt(1 + x_i^2) - 1 from a start with |x_i| up to scale, exact Hessian",
                        PSEUDO_HUBER),
                new ProblemDescriptor(PowellSingularEquations.ID, NonlinearEquations.FAMILY, 4, 0.0,
                        "More, Garbow & Hillstrom, ACM TOMS 7(1) (1981), problem 13, as equations F(x) = 0",
                        "Powell's singular function: 4 equations, solution 0 with a rank-2 Jacobian", List.of()),
                new ProblemDescriptor(MassActionNetwork.ID, NonlinearEquations.FAMILY, 4, 0.0,
                        "Ahookhosh, Aragon Artacho, Fleming & Vuong, Adv. Comput. Math. 45 (2019), section 5",
                        "steady states of A + B <-> C, C <-> D (mass action, log-concentrations)", NETWORK));
    }

    @Override
    public Problem create(String id, Map<String, String> parameters) {
        Map<String, String> given = parameters == null ? Map.of() : parameters;
        if (PseudoHuber.ID.equals(id)) {
            Settings s = settings(id, PSEUDO_HUBER, given);
            return new PseudoHuber(s.intValue("n"), s.real("scale"));
        }
        if (PowellSingularEquations.ID.equals(id)) {
            settings(id, List.of(), given);
            return new PowellSingularEquations();
        }
        if (MassActionNetwork.ID.equals(id)) {
            return MassActionNetwork.twoReactions(settings(id, NETWORK, given).bool("fixMoieties"));
        }
        throw new InvalidProblemException("unknown problem '" + id + "'; this provider knows " + PseudoHuber.ID + ", "
                + PowellSingularEquations.ID + " and " + MassActionNetwork.ID);
    }

    private static Settings settings(String id, List<ParameterSpec> specs, Map<String, String> given) {
        try {
            return Settings.validate(specs, given, 0);
        } catch (InvalidSettingsException e) {
            throw new InvalidProblemException("problem '" + id + "': " + e.getMessage(), e);
        }
    }
}
