package org.banach.plugins.games.problems;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.banach.api.InvalidProblemException;
import org.banach.api.ParameterSpec;
import org.banach.api.Problem;
import org.banach.api.ProblemDescriptor;
import org.banach.api.ProblemProvider;
import org.banach.api.data.DataReader;
import org.banach.api.games.MatrixGame;
import org.banach.api.games.NormalFormGame;
import org.banach.api.games.VariationalInequality;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The equilibrium problem library: classic matrix games with published values ({@link ClassicGames}),
 * random games from a seed ({@link RandomGames}), monotone linear variational inequalities with known
 * solutions ({@link ViFactory}) and games from files ({@link GameFiles}: Gambit .nfg, or CSV/.npy/.mtx
 * payoff matrices read by the optional {@link DataReader} service).
 */
@Component(service = ProblemProvider.class)
public final class GamesProblemProvider implements ProblemProvider {

    private static final ParameterSpec SEED = ParameterSpec.integer("seed", 0, 0, Long.MAX_VALUE, "random seed");
    private static final List<ParameterSpec> RANDOM = List.of(
            ParameterSpec.integer("rows", 10, 1, 100_000, "number of row strategies"),
            ParameterSpec.integer("cols", 10, 1, 100_000, "number of column strategies"), SEED);
    private static final List<ParameterSpec> BILINEAR = List.of(
            ParameterSpec.integer("n", 10, 1, 5_000, "dimension of x and of y (d = 2n)"),
            ParameterSpec.choice("matrix", "orthogonal", List.of("orthogonal", "identity"),
                    "A: a random orthogonal matrix from the seed (condition number 1), or the identity"),
            SEED);
    private static final List<ParameterSpec> MONOTONE = List.of(
            ParameterSpec.integer("d", 30, 1, 5_000, "dimension"), SEED);
    private static final List<ParameterSpec> FILE = List.of(
            ParameterSpec.string("file", null, "a Gambit .nfg game, or the row payoffs A (.csv, .npy, .mtx)"),
            ParameterSpec.string("file2", null, "the column payoffs B (with a matrix 'file'); absent: zero-sum, B = -A"));

    private final AtomicReference<DataReader> reader = new AtomicReference<>();

    public GamesProblemProvider() {
    }

    /** For tests and non-OSGi use: a provider with the given reader (may be null). */
    public GamesProblemProvider(DataReader reader) {
        this.reader.set(reader);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindReader(DataReader r) {
        reader.set(r);
    }

    void unbindReader(DataReader r) {
        reader.compareAndSet(r, null);
    }

    @Override
    public List<ProblemDescriptor> problems() {
        String matrix = MatrixGame.FAMILY;
        return List.of(
                new ProblemDescriptor(ClassicGames.RPS, matrix, 6, 0.0, "e.g. Maschler, Solan & Zamir, Game Theory (2013)",
                        "rock-paper-scissors, zero-sum; value 0, unique equilibrium uniform", List.of()),
                new ProblemDescriptor(ClassicGames.MATCHING_PENNIES, matrix, 4, 0.0, "von Neumann & Morgenstern (1944)",
                        "matching pennies, zero-sum; value 0, unique equilibrium (1/2, 1/2)", List.of()),
                new ProblemDescriptor(ClassicGames.SHAPLEY, matrix, 6, null,
                        "Shapley (1964), Some topics in two-person games; Fudenberg & Levine (1998), sec. 2.8",
                        "Shapley's 3x3 bimatrix game (general-sum); unique Nash equilibrium uniform", List.of()),
                new ProblemDescriptor(ClassicGames.MORRA, matrix, 8, 0.0,
                        "Osborne, An Introduction to Game Theory (2004), exercise 344.2 (Guessing Morra)",
                        "two-finger Morra, zero-sum symmetric; value 0, optimal (0, p, 1-p, 0), 4/7 <= p <= 3/5", List.of()),
                new ProblemDescriptor(RandomGames.ZERO_SUM, matrix, 20, null, "synthetic",
                        "zero-sum game, A i.i.d. uniform in [-1, 1)", RANDOM),
                new ProblemDescriptor(RandomGames.BIMATRIX, matrix, 20, null, "synthetic",
                        "bimatrix game, A and B i.i.d. uniform in [-1, 1)", RANDOM),
                new ProblemDescriptor(ViFactory.BILINEAR, VariationalInequality.FAMILY, 20, null,
                        "bilinear saddle min_x max_y x'Ay, e.g. Daskalakis et al., Training GANs with optimism, ICLR 2018",
                        "VI of F(x,y) = (Ay, -A'x) on R^2n; solution 0 (monotone, not strongly)", BILINEAR),
                new ProblemDescriptor(ViFactory.MONOTONE_LINEAR, VariationalInequality.FAMILY, 30, null,
                        "affine monotone VI, e.g. Facchinei & Pang, Finite-Dimensional VIs and Complementarity Problems (2003)",
                        "F(z) = (S + K) z + q on [-1,1]^d, S PSD singular, K skew; z* known in closed form", MONOTONE),
                new ProblemDescriptor(GameFiles.ID, NormalFormGame.FAMILY, 0, null, "user data (Gambit .nfg, CSV)",
                        "a game from a Gambit .nfg file (n players), or payoff matrices A [and B] from CSV/.npy/.mtx", FILE));
    }

    @Override
    public Problem create(String id, Map<String, String> parameters) {
        Map<String, String> given = parameters == null ? Map.of() : parameters;
        String key = id == null ? "" : id;
        switch (key) {
            case ClassicGames.RPS:
                ProblemParameters.parse(key, List.of(), given);
                return ClassicGames.rps();
            case ClassicGames.MATCHING_PENNIES:
                ProblemParameters.parse(key, List.of(), given);
                return ClassicGames.matchingPennies();
            case ClassicGames.SHAPLEY:
                ProblemParameters.parse(key, List.of(), given);
                return ClassicGames.shapley();
            case ClassicGames.MORRA:
                ProblemParameters.parse(key, List.of(), given);
                return ClassicGames.morra();
            case RandomGames.ZERO_SUM:
            case RandomGames.BIMATRIX: {
                Map<String, Object> p = ProblemParameters.parse(key, RANDOM, given);
                int rows = Math.toIntExact((Long) p.get("rows"));
                int cols = Math.toIntExact((Long) p.get("cols"));
                if ((long) rows * cols > 50_000_000L) {
                    throw new InvalidProblemException("problem '" + key + "': rows x cols = " + (long) rows * cols
                            + " exceeds 50000000 payoffs");
                }
                long seed = (Long) p.get("seed");
                return key.equals(RandomGames.ZERO_SUM) ? RandomGames.zeroSum(rows, cols, seed)
                        : RandomGames.bimatrix(rows, cols, seed);
            }
            case ViFactory.BILINEAR: {
                Map<String, Object> p = ProblemParameters.parse(key, BILINEAR, given);
                return ViFactory.bilinear(Math.toIntExact((Long) p.get("n")), (Long) p.get("seed"),
                        "identity".equals(p.get("matrix")));
            }
            case ViFactory.MONOTONE_LINEAR: {
                Map<String, Object> p = ProblemParameters.parse(key, MONOTONE, given);
                return ViFactory.monotoneLinear(Math.toIntExact((Long) p.get("d")), (Long) p.get("seed"));
            }
            case GameFiles.ID: {
                Map<String, Object> p = ProblemParameters.parse(key, FILE, given);
                String file = (String) p.get("file");
                if (file == null) {
                    throw new InvalidProblemException("problem '" + key + "' needs --param file=<game.nfg | A.csv>");
                }
                return GameFiles.read(file, (String) p.get("file2"), reader.get());
            }
            default:
                throw new InvalidProblemException("unknown problem '" + id + "'; this provider knows "
                        + problems().stream().map(ProblemDescriptor::id).reduce((a, b) -> a + ", " + b).orElse(""));
        }
    }
}
