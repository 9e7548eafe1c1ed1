package org.banach.plugins.games.finitesum;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.banach.api.Problem;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Solver;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.games.FiniteSumOperator;
import org.banach.runtime.verify.OperatorResidualVerifier;

/** Helpers of this package's tests: running a solver from "k=v" settings, and a configurable wrapper. */
final class Sums {

    private Sums() {
    }

    static <P extends Problem> Result solve(Solver<P> solver, P problem, TestMonitor m, String... settings) {
        return solve(solver, problem, m, 0L, settings);
    }

    static <P extends Problem> Result solve(Solver<P> solver, P problem, TestMonitor m, long seed, String... settings) {
        Map<String, String> given = new HashMap<>();
        for (String s : settings) {
            int eq = s.indexOf('=');
            given.put(s.substring(0, eq), s.substring(eq + 1));
        }
        return solver.solve(problem, Settings.validate(solver.parameters(), given, seed), m);
    }

    static long counter(TestMonitor m, String name) {
        return m.counters().getOrDefault(name, 0L);
    }

    /** The runtime's operator-residual of z. */
    static double residual(FiniteSumOperator p, double[] z) {
        return OperatorResidualVerifier.naturalResidual(p, z);
    }

    /**
     * A finite sum that delegates to {@code inner} but can report another start, component count or
     * constants, and return NaN from its {@code nanAfter}-th component or full evaluation on.
     */
    static final class Wrapped implements FiniteSumOperator {
        final FiniteSumOperator inner;
        double[] start;
        int components;
        double lipschitz;
        double cocoercivity;
        long nanAfter = Long.MAX_VALUE;
        long evaluations;

        Wrapped(FiniteSumOperator inner) {
            this.inner = inner;
            this.start = inner.start();
            this.components = inner.components();
            this.lipschitz = inner.meanSquareLipschitz();
            this.cocoercivity = inner.meanSquareCocoercivity();
        }

        @Override
        public String name() {
            return "wrapped " + inner.name();
        }

        @Override
        public int dimension() {
            return inner.dimension();
        }

        @Override
        public int components() {
            return components;
        }

        @Override
        public void componentOperator(int i, double[] z, double[] out) {
            inner.componentOperator(i, z, out);
            poison(out);
        }

        @Override
        public void operator(double[] z, double[] out) {
            inner.operator(z, out);
            poison(out);
        }

        private void poison(double[] out) {
            if (++evaluations >= nanAfter) {
                java.util.Arrays.fill(out, Double.NaN);
            }
        }

        @Override
        public void project(double[] z) {
            inner.project(z);
        }

        @Override
        public double[] start() {
            return start == null ? null : start.clone();
        }

        @Override
        public Optional<double[]> knownSolution() {
            return inner.knownSolution();
        }

        @Override
        public double meanSquareLipschitz() {
            return lipschitz;
        }

        @Override
        public double meanSquareCocoercivity() {
            return cocoercivity;
        }
    }
}
