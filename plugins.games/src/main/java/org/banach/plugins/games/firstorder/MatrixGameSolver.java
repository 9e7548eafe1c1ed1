package org.banach.plugins.games.firstorder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.banach.api.Monitor;
import org.banach.api.ParameterSpec;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.Status;
import org.banach.api.games.MatrixGame;

/**
 * What the first-order solvers of two-player zero-sum {@link MatrixGame}s share. The row player
 * maximises xᵀAy over x ∈ Δ_m, the column player minimises it over y ∈ Δ_n; the operator is
 * F(x, y) = (−A·y, Aᵀ·x), evaluated on the run's Backend ({@link DeviceProducts}); the iterate lives in
 * a {@link GameIterate} (host arrays, or the Backend for the entropic step). Parameters
 * {@code maxIterations}, {@code tolerance} (on the exploitability), {@code step} (0 = the method's
 * safe default from the payoffs; absent for solvers with their own step parameters) and {@code output}
 * (average, last or best of the two), followed by the solver's own. Refuses (INVALID_INPUT) a game that
 * is not zero-sum, non-finite payoffs, a start whose blocks are not probability vectors, and what the
 * solver's {@link #refusal(Settings, double[], int, int)} rejects. The run itself is {@link GameRun}.
 */
abstract class MatrixGameSolver implements Solver<MatrixGame> {

    /** One method: from z_k = (x, y) with gx = A·y, gy = Aᵀ·x to z_{k+1} with its products. */
    interface Step {
        /** Advances z, gx, gy in place and adds the points its guarantee averages to {@code average}. */
        void advance(long k, double[] z, double[] gx, double[] gy, GameAverage average);
    }

    private final String id;
    private final boolean interiorStart;
    private final boolean sharedStep;
    private final List<ParameterSpec> parameters;

    protected MatrixGameSolver(String id, String defaultOutput, boolean interiorStart, ParameterSpec... own) {
        this(id, defaultOutput, interiorStart, true, own);
    }

    /**
     * With {@code sharedStep=false} the solver declares no {@code step} parameter (its own parameters set
     * its steps) and {@link #step} always receives η = {@link #defaultStep}.
     */
    protected MatrixGameSolver(String id, String defaultOutput, boolean interiorStart, boolean sharedStep,
            ParameterSpec... own) {
        this.id = id;
        this.interiorStart = interiorStart;
        this.sharedStep = sharedStep;
        List<ParameterSpec> all = new ArrayList<>();
        all.add(ParameterSpec.integer("maxIterations", 100_000, 0, Integer.MAX_VALUE,
                "most iterations before stopping with ITERATION_LIMIT"));
        all.add(ParameterSpec.real("tolerance", 1e-6, 0, Double.MAX_VALUE,
                "stop with CONVERGED once the exploitability (duality gap) max_i (Ay)_i - min_j (A'x)_j is at most this"));
        if (sharedStep) {
            all.add(ParameterSpec.real("step", 0, 0, Double.MAX_VALUE,
                    "step size eta; 0 picks the method's safe step from the payoffs"));
        }
        all.add(ParameterSpec.choice("output", defaultOutput, List.of("average", "last", "best"),
                "return the ergodic average, the last iterate, or whichever of the two has the smaller gap"));
        all.addAll(List.of(own));
        this.parameters = Collections.unmodifiableList(all);
    }

    @Override
    public final Class<MatrixGame> problemType() {
        return MatrixGame.class;
    }

    @Override
    public final List<ParameterSpec> parameters() {
        return parameters;
    }

    final String id() {
        return id;
    }

    /** The step used when {@code step=0}, from the row-major payoffs A. */
    protected abstract double defaultStep(double[] a, int m, int n);

    /** Why these settings cannot run on the row-major payoffs A (INVALID_INPUT), or null (the default). */
    protected String refusal(Settings settings, double[] a, int m, int n) {
        return null;
    }

    /**
     * The method's host step for this run, which the default {@link #iterate} advances; a solver that
     * overrides {@link #iterate} need not give one.
     */
    protected Step step(Settings settings, double eta, DeviceProducts products, int m, int n) {
        throw new UnsupportedOperationException(id + " keeps its iterate on the Backend and has no host step");
    }

    /**
     * The run's state from the game's start: by default a {@link HostIterate} advanced by {@link #step};
     * the entropic method overrides it to keep the iterate on the Backend.
     */
    protected GameIterate iterate(Settings settings, double eta, DeviceProducts products, MatrixGame game) {
        int m = game.rows();
        int n = game.cols();
        return new HostIterate(game.start(), m, n, products, step(settings, eta, products, m, n));
    }

    @Override
    public final Result solve(MatrixGame game, Settings settings, Monitor monitor) {
        String bad = refusal(game);
        if (bad == null) {
            bad = refusal(settings, game.rowPayoffs(), game.rows(), game.cols());
        }
        if (bad != null) {
            return Result.failure(Status.INVALID_INPUT, id + ": " + bad);
        }
        if (monitor.backend() == null) {
            return Result.failure(Status.FAILED, id + " runs its mat-vecs on the run's Backend, but the monitor gave none");
        }
        int m = game.rows();
        int n = game.cols();
        double eta = sharedStep ? settings.real("step") : 0;
        if (eta == 0) {
            eta = defaultStep(game.rowPayoffs(), m, n);
        }
        try (DeviceProducts products = new DeviceProducts(monitor.backend(), monitor, m, n, game.rowPayoffs());
                GameIterate iterate = iterate(settings, eta, products, game)) {
            return new GameRun(this, game, settings, monitor, iterate).loop();
        }
    }

    /** Why the game or its start is refused, or null. */
    private String refusal(MatrixGame game) {
        String payoffs = ZeroSumPayoffs.refusal(game);
        if (payoffs != null) {
            return payoffs;
        }
        int m = game.rows();
        int n = game.cols();
        double[] z = game.start();
        if (z == null || z.length != m + n) {
            return "the start profile has " + (z == null ? "no" : Integer.toString(z.length))
                    + " entries but the game has " + m + " + " + n + " strategies";
        }
        String x = Simplex.notDistribution(z, 0, m, interiorStart);
        String y = x == null ? Simplex.notDistribution(z, m, n, interiorStart) : null;
        if (x != null || y != null) {
            return "the start's " + (x != null ? "row" : "column") + " strategy is not a "
                    + (interiorStart ? "fully mixed " : "") + "probability vector: " + (x != null ? x : y);
        }
        return null;
    }
}
