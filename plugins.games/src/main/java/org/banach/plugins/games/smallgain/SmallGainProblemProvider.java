package org.banach.plugins.games.smallgain;

import java.util.List;
import java.util.Map;

import org.banach.api.InvalidProblemException;
import org.banach.api.InvalidSettingsException;
import org.banach.api.ParameterSpec;
import org.banach.api.Problem;
import org.banach.api.ProblemDescriptor;
import org.banach.api.ProblemProvider;
import org.banach.api.Settings;
import org.banach.api.games.DifferentiableGame;
import org.osgi.service.component.annotations.Component;

/** Differentiable games for the Small-Gain Nash certificate: {@code games/coupled-quadratic} ({@link CoupledQuadraticGame}). */
@Component(service = ProblemProvider.class)
public final class SmallGainProblemProvider implements ProblemProvider {

    private static final List<ParameterSpec> COUPLED = List.of(
            ParameterSpec.integer("n", 3, 1, 2_000, "block size of each player (d = 2n)"),
            ParameterSpec.real("coupling", 0.8, 0, 1e6,
                    "coupling gain sqrt(k12*k21/(mu1*mu2)); Small-Gain Nash certifies exactly when it is below 1"),
            ParameterSpec.real("imbalance", 16, 1e-6, 1e6,
                    "k12/k21; away from 1 the game is not monotone in the Euclidean norm"),
            ParameterSpec.real("curvature", 1, 1e-6, 1e6, "mu2, player 2's own curvature (mu1 = 1)"),
            ParameterSpec.integer("seed", 0, 0, Long.MAX_VALUE, "random seed (coupling direction and equilibrium)"));

    @Override
    public List<ProblemDescriptor> problems() {
        return List.of(new ProblemDescriptor(CoupledQuadraticGame.ID, DifferentiableGame.FAMILY, 6, null,
                "Sharma, Small-Gain Nash: Certified Contraction to Nash Equilibria in Differentiable Games, arXiv:2512.06791 (2025)",
                "2-player quadratic game with unbalanced couplings: not monotone in the Euclidean norm, "
                        + "contracting in a block-weighted one; equilibrium known",
                COUPLED));
    }

    @Override
    public Problem create(String id, Map<String, String> parameters) {
        if (!CoupledQuadraticGame.ID.equals(id)) {
            throw new InvalidProblemException("unknown problem '" + id + "'; this provider knows " + CoupledQuadraticGame.ID);
        }
        Map<String, Object> p;
        try {
            p = Settings.validate(COUPLED, parameters == null ? Map.of() : parameters, 0L).asMap();
        } catch (InvalidSettingsException e) {
            throw new InvalidProblemException("problem '" + id + "': " + e.getMessage(), e);
        }
        return new CoupledQuadraticGame(Math.toIntExact((Long) p.get("n")), (Double) p.get("coupling"),
                (Double) p.get("imbalance"), (Double) p.get("curvature"), (Long) p.get("seed"));
    }
}
