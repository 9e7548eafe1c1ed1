package org.banach.plugins.optim.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.banach.api.Result;
import org.banach.api.Status;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.optim.CompositeObjective;
import org.banach.api.optim.FiniteSumObjective;
import org.banach.api.optim.NonsmoothObjective;
import org.banach.api.optim.SmoothObjective;
import org.banach.plugins.optim.problems.composite.CompositeProblemProvider;
import org.banach.plugins.optim.problems.composite.HingeSvm;
import org.banach.plugins.optim.problems.composite.Lasso;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Registration, input refusal, limits and accounting of the solvers of this package. */
class HandbookSolversTest {

    @ParameterizedTest
    @ValueSource(strings = {"HandbookSgd", "HeavyBall", "ProxGradient", "ProxSgd", "SubgradientMethod"})
    void isRegisteredAsASolverService(String simpleName) throws IOException {
        String cls = "org.banach.plugins.optim.handbook." + simpleName;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("OSGI-INF/" + cls + ".xml")) {
            assertNotNull(in, "DS descriptor of " + simpleName);
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(xml.contains("org.banach.api.Solver") && xml.contains("optim.handbook."), xml);
        }
    }

    @Test
    void defaultStepsNeedTheConstantsAndSaySo() {
        FiniteSumObjective ls = Theorems.leastSquares();
        RecordingSum noConstants = new RecordingSum(new FiniteSumObjective() {
            @Override
            public String name() {
                return "test/no-constants";
            }

            @Override
            public int dimension() {
                return ls.dimension();
            }

            @Override
            public int components() {
                return ls.components();
            }

            @Override
            public double componentValueAndGradient(int i, double[] x, double[] g) {
                return ls.componentValueAndGradient(i, x, g);
            }

            @Override
            public double[] start() {
                return ls.start();
            }
        });
        Result r = Theorems.solve(new HandbookSgd(), noConstants, new TestMonitor(), 0);
        assertEquals(Status.INVALID_INPUT, r.status());
        assertTrue(r.message().contains("give step explicitly"), r.message());
        Result rank = Theorems.solve(new HandbookSgd(), Theorems.leastSquares("rank=5"), new TestMonitor(), 0,
                "stepRule=switching");
        assertEquals(Status.INVALID_INPUT, rank.status());
        assertTrue(rank.message().contains("strong convexity"), rank.message());
        HingeSvm svm = (HingeSvm) new CompositeProblemProvider().create(HingeSvm.ID, Map.of("samples", "20", "d", "3"));
        NonsmoothObjective bare = new NonsmoothObjective() {
            @Override
            public String name() {
                return "test/bare-svm";
            }

            @Override
            public int dimension() {
                return svm.dimension();
            }

            @Override
            public double value(double[] x) {
                return svm.value(x);
            }

            @Override
            public double valueAndSubgradient(double[] x, double[] s) {
                return svm.valueAndSubgradient(x, s);
            }

            @Override
            public double[] start() {
                return svm.start();
            }
        };
        Result strong = Theorems.solve(new SubgradientMethod(), bare, new TestMonitor(), 0, "stepRule=strongly-convex");
        assertEquals(Status.INVALID_INPUT, strong.status());
        assertTrue(strong.message().contains("strong convexity"), strong.message());
        Result noG = Theorems.solve(new SubgradientMethod(), bare, new TestMonitor(), 0);
        assertEquals(Status.INVALID_INPUT, noG.status());
        TestMonitor nan = new TestMonitor();
        Result unverifiable = Theorems.solve(new SubgradientMethod(), bare, nan, 0, "step=0.1", "maxIterations=5");
        assertEquals(Status.ITERATION_LIMIT, unverifiable.status(), "no published optimum: the gap is NaN, the run goes on");
        assertTrue(Double.isNaN(unverifiable.certificate().value()));
    }

    @Test
    void proxSgdRefusesASmoothPartThatIsNotAFiniteSum() {
        Lasso lasso = Theorems.lasso();
        CompositeObjective notASum = new CompositeObjective() {
            @Override
            public String name() {
                return "test/not-a-sum";
            }

            @Override
            public SmoothObjective smoothPart() {
                SmoothObjective f = lasso.smoothPart();
                return new SmoothObjective() {
                    @Override
                    public String name() {
                        return f.name();
                    }

                    @Override
                    public int dimension() {
                        return f.dimension();
                    }

                    @Override
                    public double value(double[] x) {
                        return f.value(x);
                    }

                    @Override
                    public double valueAndGradient(double[] x, double[] g) {
                        return f.valueAndGradient(x, g);
                    }

                    @Override
                    public double[] start() {
                        return f.start();
                    }
                };
            }

            @Override
            public double regularizer(double[] x) {
                return lasso.regularizer(x);
            }

            @Override
            public void prox(double[] v, double gamma, double[] out) {
                lasso.prox(v, gamma, out);
            }
        };
        Result r = Theorems.solve(new ProxSgd(), notASum, new TestMonitor(), 0, "step=0.1");
        assertEquals(Status.INVALID_INPUT, r.status());
        assertTrue(r.message().contains("not a finite sum"), r.message());
        Result gd = Theorems.solve(new ProxGradient(), notASum, new TestMonitor(), 0);
        assertEquals(Status.INVALID_INPUT, gd.status(), "no L, no default step");
        assertEquals(Status.CONVERGED,
                Theorems.solve(new ProxGradient(), notASum, new TestMonitor(), 0, "step=1", "tolerance=1e-8").status());
    }

    @Test
    void limitsCancellationAndCounters() {
        Lasso lasso = Theorems.lasso();
        TestMonitor m = new TestMonitor();
        Result r = Theorems.solve(new ProxGradient(), lasso, m, 0, "maxIterations=3");
        assertEquals(Status.ITERATION_LIMIT, r.status());
        assertEquals(3, r.iterations());
        assertEquals(3, m.counter("grad"));
        assertEquals(3, m.counter("prox"));
        assertEquals(4, r.evaluations(), "x0 and three reports");
        Result stopped = Theorems.solve(new ProxSgd(), lasso, TestMonitor.stoppingAfter(5, Status.CANCELLED), 0,
                "reportEvery=3");
        assertEquals(Status.CANCELLED, stopped.status());
        assertEquals(3, stopped.iterations(), "stopped after step 4: the last reported point is that of step 3");
        HingeSvm svm = (HingeSvm) new CompositeProblemProvider().create(HingeSvm.ID, Map.of());
        TestMonitor sm = new TestMonitor();
        Result sub = Theorems.solve(new SubgradientMethod(), svm, sm, 0, "maxIterations=50", "reportEvery=10");
        assertEquals(50, sm.counter("subgrad"));
        assertEquals(6, sm.trace().size(), "x0 and every 10 steps");
        assertEquals(sub.certificate().value(), svm.value(sub.solution()) - svm.knownOptimalValue().getAsDouble(), 1e-15);
        TestMonitor mb = new TestMonitor();
        Theorems.solve(new HandbookSgd(), Theorems.leastSquares(), mb, 0, "batchSize=7", "maxIterations=20",
                "reportEvery=100");
        assertEquals(140, mb.counter("component"));
        assertEquals(2, mb.trace().size(), "x0 and the last step");
    }
}
