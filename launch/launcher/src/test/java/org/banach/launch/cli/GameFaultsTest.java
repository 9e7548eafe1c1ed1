package org.banach.launch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The equilibrium family's faults end to end through the command line: each ends with the matching
 * exit code and one message a person can act on; and a game's JSON names its value.
 */
class GameFaultsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private CliRun banach(String... args) {
        return CliRun.banach(tmp.resolve("deploy"), args);
    }

    @Test
    void anExactSolutionNamesTheGameValueAndEachPlayersStrategy() throws Exception {
        CliRun run = banach("solve", "games.lp", "games/morra", "--json");
        assertEquals(0, run.code, run.toString());
        JsonNode r = JSON.readTree(run.out);
        assertEquals(0.0, r.get("series").get("game-value").get(0).asDouble(), 1e-12, "Morra is fair");
        assertEquals(8, r.get("solution").size(), "both players' mixed strategies over 4 pure strategies each");
        assertEquals(4.0 / 7, r.get("solution").get(1).asDouble(), 1e-12, "the row player's published 4/7");
        assertTrue(r.get("verified").get("satisfied").asBoolean(), r.toString());
    }

    @Test
    void aPayoffFileWithNanIsRefusedWithItsPosition() throws Exception {
        Path a = Files.writeString(tmp.resolve("A.csv"), "1,0\n0,nan\n");
        CliRun r = banach("solve", "games.mirror-prox", "games/matrix", "--param", "file=" + a);
        assertEquals(Main.USAGE, r.code, r.toString());
        assertTrue(r.err.startsWith("error: ") && r.err.contains(a.toString()) && r.err.contains("line 2"),
                r.toString());
        r.assertNoStackTrace();
    }

    @Test
    void aNonMonotoneOperatorStopsExtragradientWithTheWitnessAndWhatToDo() throws Exception {
        CliRun run = banach("solve", "games.extragradient", "games/nonmonotone-vi", "--param", "r=2", "--json");
        assertEquals(16, run.code, run.toString());
        String message = JSON.readTree(run.out).get("message").asText();
        assertTrue(message.contains("not monotone") && message.contains("nonMonotone=continue"), message);
    }

    @Test
    void aStepAboveTheSafeStepIsNotCertifiedAndSaysWhichStepIsSafe() throws Exception {
        CliRun run = banach("solve", "games.small-gain-nash", "games/coupled-quadratic", "--set", "step=1.5", "--json");
        assertEquals(13, run.code, run.toString());
        JsonNode r = JSON.readTree(run.out);
        assertTrue(r.get("message").asText().contains("exceeds the certified safe step 0.123457"), r.toString());
        assertEquals("weighted-l2[1.0,16.0]", r.get("certificate").get("metric").asText());
        assertFalse(r.get("verified").get("satisfied").asBoolean(), "the runtime does not certify it");
        assertTrue(r.get("verified").get("agrees").asBoolean(), r.toString());
    }

    @Test
    void aGeneralSumGameGivenToAZeroSumSolverIsRefusedNamingTheProfile() throws Exception {
        CliRun run = banach("solve", "games.mirror-prox", "games/shapley", "--json");
        assertEquals(16, run.code, run.toString());
        String message = JSON.readTree(run.out).get("message").asText();
        assertTrue(message.contains("zero-sum") && message.contains("profile"), message);
    }
}
