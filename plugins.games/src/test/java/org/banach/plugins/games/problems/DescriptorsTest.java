package org.banach.plugins.games.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.banach.api.InvalidProblemException;
import org.banach.api.Problem;
import org.banach.api.ProblemDescriptor;
import org.banach.api.games.NormalFormGame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DescriptorsTest {

    @TempDir
    Path dir;

    @Test
    void everyDescriptorCreatesItsProblemWithItsFamilyDimensionAndValue() throws IOException {
        GamesProblemProvider provider = new GamesProblemProvider();
        Path nfg = dir.resolve("e02.nfg");
        Files.writeString(nfg, NfgParserTest.E02_PAYOFF);
        assertEquals(9, provider.problems().size());
        for (ProblemDescriptor d : provider.problems()) {
            assertTrue(d.id().startsWith("games/"), d.id());
            Map<String, String> params = new HashMap<>();
            if (d.id().equals(GameFiles.ID)) {
                params.put("file", nfg.toString());
            }
            Problem p = provider.create(d.id(), params);
            assertTrue(p.name().startsWith(d.id()), p.name());
            if (!d.id().equals(GameFiles.ID)) {
                assertEquals(d.family(), p.family(), d.id());
                assertEquals(d.dimension(), p.dimension(), d.id());
            } else {
                assertTrue(p instanceof NormalFormGame);
                assertEquals(5, p.dimension());
            }
            if (d.knownOptimum() != null) {
                assertEquals(d.knownOptimum(), ((NormalFormGame) p).knownValue().getAsDouble(), d.id());
            }
        }
    }

    @Test
    void unknownIdsAndParametersAreRefused() {
        GamesProblemProvider provider = new GamesProblemProvider();
        String m = assertThrows(InvalidProblemException.class, () -> provider.create("games/nope", Map.of()))
                .getMessage();
        assertTrue(m.contains("games/rps") && m.contains("games/matrix"), m);
        String m2 = assertThrows(InvalidProblemException.class,
                () -> provider.create("games/rps", Map.of("n", "3"))).getMessage();
        assertTrue(m2.contains("games/rps") && m2.contains("'n'"), m2);
        String m3 = assertThrows(InvalidProblemException.class,
                () -> provider.create("games/random-zero-sum", Map.of("rows", "0"))).getMessage();
        assertTrue(m3.contains("rows"), m3);
    }
}
