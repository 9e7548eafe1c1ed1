package org.banach.plugins.games.smallgain;

import java.util.List;
import java.util.Map;

import org.banach.api.InvalidProblemException;
import org.banach.api.ParameterSpec;
import org.banach.api.Problem;
import org.banach.api.ProblemDescriptor;
import org.banach.api.ProblemProvider;
import org.banach.api.games.DifferentiableGame;
import org.banach.plugins.games.problems.ProblemParameters;
import org.osgi.service.component.annotations.Component;

/**
 * Differentiable games for the Small-Gain Nash certificate: {@code games/coupled-quadratic}
 * ({@link CoupledQuadraticGame}) and {@code games/entropic-matrix-game} ({@link EntropicMatrixGame}).
 */
@Component(service = ProblemProvider.class)
public final class SmallGainProblemProvider implements ProblemProvider {

    private static final List<ParameterSpec> COUPLED = List.of(
            ParameterSpec.integer("n", 3, 1, 100_000, "block size of each player (d = 2n; games.small-gain-nash takes d <= 200)"),
            ParameterSpec.real("coupling", 0.8, 0, 1e6,
                    "coupling gain sqrt(k12*k21/(mu1*mu2)); Small-Gain Nash certifies exactly when it is below 1"),
            ParameterSpec.real("imbalance", 16, 1e-6, 1e6,
                    "k12/k21; away from 1 the game is not monotone in the Euclidean norm"),
            ParameterSpec.real("curvature", 1, 1e-6, 1e6, "mu2, player 2's own curvature (mu1 = 1)"),
            ParameterSpec.integer("seed", 0, 0, Long.MAX_VALUE, "random seed (coupling direction and equilibrium)"));
    private static final List<ParameterSpec> ENTROPIC = List.of(
            ParameterSpec.integer("rows", 3, 2, 2_000, "player 1's strategies (m - 1 free logits)"),
            ParameterSpec.integer("cols", 3, 2, 2_000, "player 2's strategies (n - 1 free logits)"),
            ParameterSpec.real("tau", 2.0, 1e-6, 1e6,
                    "entropy weight tau; the equilibrium is uniform play for every tau (small tau: no small-gain certificate in logits)"),
            ParameterSpec.real("spread", 0.25, 0, 100, "the start logits are uniform in [-spread, spread)"),
            ParameterSpec.integer("seed", 0, 0, Long.MAX_VALUE, "random seed (payoffs and start)"));

    @Override
    public List<ProblemDescriptor> problems() {
        return List.of(new ProblemDescriptor(CoupledQuadraticGame.ID, DifferentiableGame.FAMILY, 6, null,
                "Sharma, Small-Gain Nash: Certified Contraction to Nash Equilibria in Differentiable Games, arXiv:2512.06791 (2025)",
                "2-player quadratic game with unbalanced couplings: not monotone in the Euclidean norm, "
                        + "contracting in a block-weighted one; equilibrium known",
                COUPLED),
                new ProblemDescriptor(EntropicMatrixGame.ID, DifferentiableGame.FAMILY, 4, null,
                        "entropy-regularised zero-sum matrix game (quantal response), e.g. McKelvey & Palfrey (1995); "
                                + "Sharma, arXiv:2512.06791 (2025), entropy-regularised policy gradient",
                        "min_x max_y x'Ay + tau*sum x log x - tau*sum y log y in logit coordinates, A double-centred random, "
                                + "equilibrium uniform play",
                        ENTROPIC));
    }

    @Override
    public Problem create(String id, Map<String, String> parameters) {
        Map<String, String> given = parameters == null ? Map.of() : parameters;
        if (CoupledQuadraticGame.ID.equals(id)) {
            Map<String, Object> p = ProblemParameters.parse(id, COUPLED, given);
            return new CoupledQuadraticGame(Math.toIntExact((Long) p.get("n")), (Double) p.get("coupling"),
                    (Double) p.get("imbalance"), (Double) p.get("curvature"), (Long) p.get("seed"));
        }
        if (EntropicMatrixGame.ID.equals(id)) {
            Map<String, Object> p = ProblemParameters.parse(id, ENTROPIC, given);
            return new EntropicMatrixGame(Math.toIntExact((Long) p.get("rows")), Math.toIntExact((Long) p.get("cols")),
                    (Double) p.get("tau"), (Double) p.get("spread"), (Long) p.get("seed"));
        }
        throw new InvalidProblemException("unknown problem '" + id + "'; this provider knows " + CoupledQuadraticGame.ID
                + ", " + EntropicMatrixGame.ID);
    }
}
