package org.banach.launch.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.banach.launch.bench.optim.OptimBenchmark;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** banach bench-optim. */
@Command(name = "bench-optim", sortOptions = false,
        description = {"Compare Banach's solvers with SciPy's, side by side in one run (needs python3 with numpy and SciPy).",
            "(a) optim.lbfgs against scipy.optimize.minimize(method='L-BFGS-B', jac=True) on every shipped MGH problem "
                + "and chained Rosenbrock n = 100 and 1000. Fair protocol: the same start, the same memory and the "
                + "same stopping test, ||grad f||_2 <= --tolerance (Banach's own; for SciPy, gtol = ftol = 0 switch "
                + "its inf-norm and f tests off and a callback stops it at that 2-norm, using the gradient SciPy "
                + "already evaluated at the accepted iterate, so no extra evaluation). The SciPy side ports every "
                + "problem (checked at start: its f(x0) and gradient must equal Java's to 1e-12 relative; a "
                + "mismatch is left out and shown). Each row says why each side stopped (grad = reached the "
                + "target; SciPy may also stop when an iteration does not lower f or its line search fails), "
                + "with the final f and ||grad f||_2. Banach's time: median of direct Solver.solve calls through the "
                + "embedded framework after warm-up (the Platform.submit median beside it); SciPy's: "
                + "time.perf_counter around minimize inside Python, median of the same number of runs.",
            "(b) optim.cg against scipy.sparse.linalg.cg on 2-D Poisson N x N (5-point Laplacian scaled 1/h^2, "
                + "b = A*1, x0 = 0) to the same relative residual ||b - Ax||_2/||b||_2.",
            "(c) Summary: share of the problems both sides run where Banach uses no more evaluations than SciPy "
                + "(target >= 90%%), "
                + "wall-time ratio at n = 1000 (target < 1), CG time ratio (target <= 1.0). Ratios are Banach / SciPy.",
            "(d) Transport: optim.sinkhorn (kernel domain, one fused sweep per iteration) against the textbook numpy "
                + "Sinkhorn (K = exp(-C/eps); u = a/(K@v); v = b/(K.T@u)), time per iteration at eps = 0.05 on n uniform "
                + "points of the unit square, n = 1000 and 5000 (--quick 200, 500), the same points on both sides "
                + "(target <= 0.5). (e) optim.sinkhorn-newton against optim.sinkhorn at eps = 1e-3, n = 500 (--quick 200): "
                + "iterations and time to marginal error 1e-8 (target >= 10x fewer iterations). With --csv the transport "
                + "figures go to FILE-transport.csv (to FILE itself with --only transport)."})
final class BenchOptimCommand implements Callable<Integer> {

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the figures as CSV.")
    Path csv;

    @Option(names = "--quick", description = "A reduced set: 4 MGH problems, chained Rosenbrock n = 100, CG on 64x64, "
            + "1 warm-up and 3 measured runs.")
    boolean quick;


    @Option(names = "--tolerance", paramLabel = "T", defaultValue = "1e-6",
            description = "L-BFGS target ||grad f||_2 <= T on both sides (default: ${DEFAULT-VALUE}).")
    double tolerance;

    @Option(names = "--cg-tolerance", paramLabel = "T", defaultValue = "1e-8",
            description = "CG relative residual on both sides (default: ${DEFAULT-VALUE}).")
    double cgTolerance;

    @Option(names = "--grid", paramLabel = "N", description = "Poisson grid size N (default: 512, --quick 64).")
    int grid;

    @Option(names = "--reps", paramLabel = "K", description = "Measured runs per side (default: 5, --quick 3; CG at most 3).")
    int reps;

    @Option(names = "--python", paramLabel = "CMD", defaultValue = "python3",
            description = "The Python interpreter (default: ${DEFAULT-VALUE}).")
    String python;

    @Option(names = "--scipy-threads", paramLabel = "K", defaultValue = "1",
            description = "BLAS/OpenMP threads of the Python process (OPENBLAS_NUM_THREADS etc.); 0 leaves the "
                    + "libraries' default (default: ${DEFAULT-VALUE}: threaded OpenBLAS only slows these small "
                    + "vector operations and, on a loaded host, inflates SciPy's times many-fold). Banach's CPU "
                    + "backend parallelises large spmv and reductions itself.")
    int scipyThreads;

    @Option(names = "--numpy-threads", paramLabel = "K", defaultValue = "1",
            description = "BLAS threads of the transport section's numpy process; 0 leaves the library's default, "
                    + "all cores (default: ${DEFAULT-VALUE}: on a loaded host threaded OpenBLAS inflates numpy's times "
                    + "several-fold, which would flatter Banach; its fused sweep runs on all cores).")
    int numpyThreads;

    @Option(names = "--only", paramLabel = "PART",
            description = "Run one part only: lbfgs ((a)), cg ((b)) or transport ((d) and (e)) (default: all).")
    String only;

    @Mixin
    SideBySideOptions runtime;

    @Override
    public Integer call() throws Exception {
        if (!(runtime.startTimeout > 0) || Double.isInfinite(runtime.startTimeout)) {
            throw new IllegalArgumentException("--start-timeout must be a positive number of seconds, got " + runtime.startTimeout);
        }
        if (!(tolerance > 0) || !(cgTolerance > 0) || grid < 0 || reps < 0) {
            throw new IllegalArgumentException("--tolerance and --cg-tolerance must be positive, --grid and --reps at least 1");
        }
        OptimBenchmark.Config c = new OptimBenchmark.Config();
        runtime.applyTo(c);
        c.quick = quick;
        c.csv = csv;
        c.tolerance = tolerance;
        c.cgTolerance = cgTolerance;
        c.grid = grid;
        c.reps = reps;
        c.python = python;
        if (scipyThreads < 0) {
            throw new IllegalArgumentException("--scipy-threads must be 0 or more, got " + scipyThreads);
        }
        c.scipyThreads = scipyThreads;
        if (numpyThreads < 0) {
            throw new IllegalArgumentException("--numpy-threads must be 0 or more, got " + numpyThreads);
        }
        c.numpyThreads = numpyThreads;
        if (only != null && !List.of(OptimBenchmark.LBFGS_PART, OptimBenchmark.CG_PART, OptimBenchmark.TRANSPORT_PART)
                .contains(only)) {
            throw new IllegalArgumentException("--only must be lbfgs, cg or transport; got '" + only + "'");
        }
        c.only = only;
        try {
            return new OptimBenchmark(c, Cli.out(), Cli.err()).run() ? Main.OK : Main.RUNTIME_FAILED;
        } catch (IllegalStateException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("bench-optim needs python3")) {
                Cli.err().println("error: " + e.getMessage());
                return Main.RUNTIME_FAILED;
            }
            throw e;
        }
    }
}
