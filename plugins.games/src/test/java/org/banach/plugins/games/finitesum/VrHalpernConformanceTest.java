package org.banach.plugins.games.finitesum;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;

import org.banach.api.ParameterSpec;
import org.banach.api.ParameterType;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Status;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.games.FiniteSumOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The behaviour contract of games.vr-halpern, as ViConformanceTest states it for the VI solvers, for
 * both variants: declared parameters, limits, cancellation, NaN mid-run, bad starts and bad sizes.
 */
class VrHalpernConformanceTest {

    private static Sums.Wrapped small() {
        return new Sums.Wrapped(FiniteSumFactory.linear(16, 5, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lipschitz", "cocoercive"})
    void declaresParametersWithHelp(String variant) {
        VrHalpern s = new VrHalpern();
        assertEquals(FiniteSumOperator.class, s.problemType());
        Map<String, ParameterSpec> byName = s.parameters().stream()
                .collect(Collectors.toMap(ParameterSpec::name, p -> p));
        assertEquals(ParameterType.INTEGER, byName.get("maxIterations").type());
        assertEquals(ParameterType.REAL, byName.get("tolerance").type());
        assertEquals(ParameterType.CHOICE, byName.get("variant").type());
        assertTrue(byName.get("variant").choices().contains(variant));
        byName.values().forEach(p -> assertTrue(!p.help().isBlank(), p.name()));
        Settings.defaults(s.parameters());
    }

    @ParameterizedTest
    @ValueSource(strings = {"lipschitz", "cocoercive"})
    void zeroIterationsReturnsTheCheckedStart(String variant) {
        Sums.Wrapped p = small();
        Result r = Sums.solve(new VrHalpern(), p, new TestMonitor(), "variant=" + variant, "maxIterations=0");
        assertEquals(Status.ITERATION_LIMIT, r.status());
        assertEquals(0, r.iterations());
        assertArrayEquals(p.start(), r.solution(), 0);
        assertEquals(Sums.residual(p, p.start()), r.certificate().value(), 1e-15);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lipschitz", "cocoercive"})
    void iterationLimitReturnsACertifiedPoint(String variant) {
        Sums.Wrapped p = small();
        Result r = Sums.solve(new VrHalpern(), p, new TestMonitor(), "variant=" + variant, "maxIterations=7");
        assertEquals(Status.ITERATION_LIMIT, r.status());
        assertEquals(7, r.iterations());
        assertEquals(Sums.residual(p, r.solution()), r.certificate().value(), 1e-15);
        assertTrue(r.certificate().value() < Sums.residual(p, p.start()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lipschitz", "cocoercive"})
    void startAtTheSolutionConvergesAtOnce(String variant) {
        Sums.Wrapped p = small();
        p.start = p.knownSolution().orElseThrow();
        TestMonitor m = new TestMonitor();
        Result r = Sums.solve(new VrHalpern(), p, m, "variant=" + variant);
        assertEquals(Status.CONVERGED, r.status());
        assertEquals(0, r.iterations());
        assertEquals(p.components(), Sums.counter(m, VrHalpern.COMPONENT_CALLS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lipschitz", "cocoercive"})
    void cancellationAndTimeLimitEndAtACheckedPoint(String variant) {
        for (Status why : new Status[] {Status.CANCELLED, Status.TIME_LIMIT}) {
            Sums.Wrapped p = small();
            Result r = Sums.solve(new VrHalpern(), p, TestMonitor.stoppingAfter(3, why), "variant=" + variant);
            assertEquals(why, r.status(), String.valueOf(r));
            assertTrue(r.iterations() >= 2);
            assertEquals(Sums.residual(p, r.solution()), r.certificate().value(), 1e-15);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"lipschitz", "cocoercive"})
    void nanMidRunReturnsTheLastCheckedFinitePoint(String variant) {
        Sums.Wrapped p = small();
        p.nanAfter = 2_000;
        Result r = Sums.solve(new VrHalpern(), p, new TestMonitor(), "variant=" + variant);
        assertEquals(Status.NUMERICAL_ERROR, r.status(), String.valueOf(r));
        assertNotNull(r.message());
        assertTrue(FiniteSumRun.firstNonFinite(r.solution()) < 0);
        assertTrue(r.iterations() >= 1);
        Sums.Wrapped clean = small();
        assertEquals(Sums.residual(clean, r.solution()), r.certificate().value(), 1e-15);
        Sums.Wrapped atStart = small();
        atStart.nanAfter = 1;
        Result first = Sums.solve(new VrHalpern(), atStart, new TestMonitor(), "variant=" + variant);
        assertEquals(Status.NUMERICAL_ERROR, first.status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"lipschitz", "cocoercive"})
    void refusesBadStartsAndSizes(String variant) {
        Sums.Wrapped shortStart = small();
        shortStart.start = new double[3];
        assertRefused(shortStart, variant, "dimension 5");
        Sums.Wrapped noStart = small();
        noStart.start = null;
        assertRefused(noStart, variant, "no entries");
        Sums.Wrapped nanStart = small();
        nanStart.start = new double[] {0, Double.NaN, 0, 0, 0};
        assertRefused(nanStart, variant, "z[1]");
        Sums.Wrapped empty = small();
        empty.components = 0;
        assertRefused(empty, variant, "0 components");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lipschitz", "cocoercive"})
    void unknownConstantsAreRefusedUnlessGiven(String variant) {
        Sums.Wrapped p = small();
        double lipschitz = p.lipschitz;
        double beta = p.cocoercivity;
        p.lipschitz = Double.NaN;
        p.cocoercivity = Double.NaN;
        assertRefused(p, variant, variant.equals("lipschitz") ? "lipschitz=" : "cocoercivity");
        Result given = Sums.solve(new VrHalpern(), p, new TestMonitor(), "variant=" + variant,
                "lipschitz=" + lipschitz, "cocoercivity=" + beta);
        assertEquals(Status.CONVERGED, given.status(), String.valueOf(given));
    }

    private static void assertRefused(FiniteSumOperator p, String variant, String mention) {
        Result r = Sums.solve(new VrHalpern(), p, new TestMonitor(), "variant=" + variant);
        assertEquals(Status.INVALID_INPUT, r.status());
        assertTrue(r.message().contains(mention), r.message());
    }
}
