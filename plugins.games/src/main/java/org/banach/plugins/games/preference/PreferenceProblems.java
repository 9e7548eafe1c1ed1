package org.banach.plugins.games.preference;

import java.util.List;
import java.util.Map;

import org.banach.api.InvalidProblemException;
import org.banach.api.ParameterSpec;
import org.banach.api.Problem;
import org.banach.api.ProblemDescriptor;
import org.banach.api.ProblemProvider;
import org.banach.api.games.PreferenceGame;
import org.banach.plugins.games.problems.ProblemParameters;
import org.osgi.service.component.annotations.Component;

/**
 * β-regularised preference games ({@link DensePreferenceGame}): {@code games/preference-rps}
 * (rock–paper–scissors preferences, reference (0.5, 0.3, 0.2); parameter {@code beta}) and
 * {@code games/preference-random} (random skew-symmetric P − ½, uniform reference; {@code actions}
 * 3–1000, {@code beta}, {@code seed}).
 */
@Component(service = ProblemProvider.class)
public final class PreferenceProblems implements ProblemProvider {

    private static final ParameterSpec BETA = ParameterSpec.real("beta", 0.1, 1e-6, 1e6,
            "regularisation beta > 0 of the KL terms towards the reference policy");
    private static final List<ParameterSpec> RPS = List.of(BETA);
    private static final List<ParameterSpec> RANDOM = List.of(
            ParameterSpec.integer("actions", 100, 3, 1000, "number of responses n"), BETA,
            ParameterSpec.integer("seed", 0, 0, Long.MAX_VALUE, "random seed"));
    private static final String REFERENCE = "Tiapkin et al., Accelerating Nash learning from human feedback via Mirror Prox, arXiv:2505.19731 (2025)";

    @Override
    public List<ProblemDescriptor> problems() {
        return List.of(
                new ProblemDescriptor(DensePreferenceGame.RPS, PreferenceGame.FAMILY, 3, null, REFERENCE,
                        "rock-paper-scissors preferences (intransitive), reference (0.5, 0.3, 0.2); "
                                + "solution: the beta-regularised Nash policy", RPS),
                new ProblemDescriptor(DensePreferenceGame.RANDOM, PreferenceGame.FAMILY, 100, null, REFERENCE,
                        "random preferences P = 1/2 + skew-symmetric uniform, uniform reference; "
                                + "solution: the beta-regularised Nash policy", RANDOM));
    }

    @Override
    public Problem create(String id, Map<String, String> parameters) {
        Map<String, String> given = parameters == null ? Map.of() : parameters;
        if (DensePreferenceGame.RPS.equals(id)) {
            return DensePreferenceGame.rps((Double) ProblemParameters.parse(id, RPS, given).get("beta"));
        }
        if (DensePreferenceGame.RANDOM.equals(id)) {
            Map<String, Object> p = ProblemParameters.parse(id, RANDOM, given);
            return DensePreferenceGame.random(Math.toIntExact((Long) p.get("actions")), (Double) p.get("beta"),
                    (Long) p.get("seed"));
        }
        throw new InvalidProblemException("unknown problem '" + id + "'; this provider knows "
                + DensePreferenceGame.RPS + ", " + DensePreferenceGame.RANDOM);
    }
}
