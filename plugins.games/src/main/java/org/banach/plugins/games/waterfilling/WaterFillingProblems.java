package org.banach.plugins.games.waterfilling;

import java.util.List;
import java.util.Map;

import org.banach.api.InvalidProblemException;
import org.banach.api.ParameterSpec;
import org.banach.api.Problem;
import org.banach.api.ProblemDescriptor;
import org.banach.api.ProblemProvider;
import org.banach.api.games.WaterFillingGame;
import org.banach.plugins.games.problems.ProblemParameters;
import org.osgi.service.component.annotations.Component;

/**
 * Random Gaussian interference channels for iterative water-filling ({@link InterferenceChannel#random}):
 * {@code games/water-filling} with {@code users} (2–10), {@code carriers} (8–64), {@code interference}
 * ({@code weak} = cross-gain scale 0.01, {@code strong} = 2, or a number: the scale itself) and
 * {@code seed}. Weak instances typically satisfy the sufficient condition ρ(S) &lt; 1 of Scutari,
 * Palomar &amp; Barbarossa, strong ones typically violate it; the solver computes ρ(S) for the instance.
 */
@Component(service = ProblemProvider.class)
public final class WaterFillingProblems implements ProblemProvider {

    static final String ID = "games/water-filling";
    static final double WEAK = 0.01;
    static final double STRONG = 2.0;

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.integer("users", 4, 2, 10, "number of transmitter-receiver pairs Q"),
            ParameterSpec.integer("carriers", 16, 8, 64, "number of carriers N"),
            ParameterSpec.string("interference", "weak",
                    "cross-gain scale: weak (0.01), strong (2) or a positive number"),
            ParameterSpec.integer("seed", 0, 0, Long.MAX_VALUE, "random seed"));

    @Override
    public List<ProblemDescriptor> problems() {
        return List.of(new ProblemDescriptor(ID, WaterFillingGame.FAMILY, 64, null,
                "Scutari, Palomar & Barbarossa, IEEE Trans. Inf. Theory 54 (2008) 2868-2878",
                "Q users on N carriers of a Gaussian interference channel (Rician-faded, distance path loss); "
                        + "budgets N, noise 0.1 per carrier; each user's best response is water-filling",
                PARAMETERS));
    }

    @Override
    public Problem create(String id, Map<String, String> parameters) {
        if (!ID.equals(id)) {
            throw new InvalidProblemException("unknown problem '" + id + "'; this provider knows " + ID);
        }
        Map<String, Object> p = ProblemParameters.parse(ID, PARAMETERS, parameters == null ? Map.of() : parameters);
        int users = Math.toIntExact((Long) p.get("users"));
        int carriers = Math.toIntExact((Long) p.get("carriers"));
        String interference = (String) p.get("interference");
        double scale = crossScale(interference);
        long seed = (Long) p.get("seed");
        return InterferenceChannel.random(ID + "[users=" + users + ",carriers=" + carriers + ",interference="
                + interference + ",seed=" + seed + "]", users, carriers, scale, 1.0, seed);
    }

    private static double crossScale(String text) {
        if (text == null || "weak".equals(text)) {
            return WEAK;
        }
        if ("strong".equals(text)) {
            return STRONG;
        }
        try {
            double v = Double.parseDouble(text);
            if (v >= 0 && Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidProblemException("problem '" + ID + "': interference must be weak, strong or a "
                + "non-negative number (the cross-gain scale), not '" + text + "'");
    }
}
