package org.banach.plugins.optim.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.banach.api.InvalidProblemException;
import org.banach.api.Problem;
import org.banach.api.ProblemDescriptor;
import org.banach.api.optim.SmoothObjective;
import org.junit.jupiter.api.Test;

class OptimProblemProviderTest {

    private final OptimProblemProvider provider = new OptimProblemProvider();

    @Test
    void listsRosenbrockAndEveryMghProblemConsistently() {
        List<ProblemDescriptor> list = provider.problems();
        assertEquals(2 + MghCatalog.ids().size(), list.size()); // rosenbrock, quadratic and the MGH set
        Set<String> ids = new HashSet<>();
        for (ProblemDescriptor d : list) {
            assertTrue(ids.add(d.id()), "duplicate id " + d.id());
            assertEquals(SmoothObjective.FAMILY, d.family());
            assertNotNull(d.knownOptimum(), d.id());
            assertFalse(d.reference().isBlank());
            assertFalse(d.description().isBlank());
            Problem p = provider.create(d.id(), Map.of());
            assertEquals(d.id(), p.name());
            assertEquals(d.dimension(), p.dimension(), d.id());
            assertEquals(d.knownOptimum(), ((SmoothObjective) p).knownOptimalValue().getAsDouble(), 0.0, d.id());
        }
        assertTrue(ids.containsAll(List.of("optim/rosenbrock", "optim/quadratic", "optim/mgh/rosenbrock", "optim/mgh/powell-singular",
                "optim/mgh/freudenstein-roth", "optim/mgh/osborne-2", "optim/mgh/watson")));
        ProblemDescriptor fr = list.stream().filter(d -> d.id().equals("optim/mgh/freudenstein-roth")).findFirst()
                .orElseThrow();
        assertEquals(48.9842, fr.knownOptimum());
        assertTrue(fr.reference().contains("LOCAL"), fr.reference());
    }

    @Test
    void rosenbrockDescriptorDeclaresItsParameters() {
        ProblemDescriptor d = provider.problems().get(0);
        assertEquals("optim/rosenbrock", d.id());
        assertEquals(List.of("n", "variant"), d.parameters().stream().map(p -> p.name()).toList());
        assertEquals(2L, d.parameters().get(0).defaultValue());
        assertEquals("chained", d.parameters().get(1).defaultValue());
        assertEquals(List.of("extended", "chained"), d.parameters().get(1).choices());
    }

    @Test
    void createsRosenbrockWithParameters() {
        GeneralRosenbrock def = assertInstanceOf(GeneralRosenbrock.class, provider.create("optim/rosenbrock", Map.of()));
        assertEquals(2, def.dimension());
        assertTrue(def.chained());
        GeneralRosenbrock ext = assertInstanceOf(GeneralRosenbrock.class,
                provider.create("optim/rosenbrock", Map.of("n", "100", "variant", "extended")));
        assertEquals(100, ext.dimension());
        assertFalse(ext.chained());
        assertEquals(7, provider.create("optim/rosenbrock", Map.of("n", "7")).dimension());
    }

    @Test
    void badRosenbrockParametersAreRefusedWithTheirName() {
        assertRefused("optim/rosenbrock", Map.of("n", "1"), "'n'", "[2,");
        assertRefused("optim/rosenbrock", Map.of("n", "ten"), "'n'", "integer");
        assertRefused("optim/rosenbrock", Map.of("n", "2.5"), "'n'", "integer");
        assertRefused("optim/rosenbrock", Map.of("n", "5", "variant", "extended"), "'n'", "even");
        assertRefused("optim/rosenbrock", Map.of("variant", "twisted"), "'variant'", "[extended, chained]");
        assertRefused("optim/rosenbrock", Map.of("dim", "3"), "'dim'", "allowed: n");
    }

    @Test
    void mghProblemsTakeNoParameters() {
        assertRefused("optim/mgh/wood", Map.of("n", "4"), "optim/mgh/wood", "no parameters");
    }

    @Test
    void unknownIdListsKnownOnes() {
        InvalidProblemException e = assertRefused("optim/mgh/no-such", Map.of(), "'optim/mgh/no-such'",
                "optim/rosenbrock");
        assertTrue(e.getMessage().contains("optim/mgh/rosenbrock"), e.getMessage());
        assertThrows(InvalidProblemException.class, () -> provider.create(null, Map.of()));
    }

    private InvalidProblemException assertRefused(String id, Map<String, String> params, String... mentions) {
        InvalidProblemException e = assertThrows(InvalidProblemException.class, () -> provider.create(id, params));
        for (String m : mentions) {
            assertTrue(e.getMessage().contains(m), "message lacks '" + m + "': " + e.getMessage());
        }
        return e;
    }
}
