package org.banach.plugins.games.preference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.banach.api.InvalidProblemException;
import org.banach.api.games.PreferenceGame;
import org.junit.jupiter.api.Test;

/** The two preference families: complementary preferences, references, seeds and ranges. */
class PreferenceProblemsTest {

    @Test
    void randomPreferencesAreComplementaryAndSeeded() {
        PreferenceProblems provider = new PreferenceProblems();
        PreferenceGame a = (PreferenceGame) provider.create("games/preference-random",
                Map.of("actions", "20", "beta", "0.3", "seed", "7"));
        PreferenceGame b = (PreferenceGame) provider.create("games/preference-random",
                Map.of("actions", "20", "beta", "0.3", "seed", "7"));
        assertArrayEquals(a.preferences(), b.preferences(), 0.0);
        assertEquals(0.3, a.beta(), 0.0);
        assertEquals(PreferenceGame.FAMILY, a.family());
        double[] p = a.preferences();
        for (int i = 0; i < 20; i++) {
            assertEquals(1.0 / 20, a.reference()[i], 0.0);
            for (int j = 0; j < 20; j++) {
                assertEquals(1.0, p[i * 20 + j] + p[j * 20 + i], 1e-15);
            }
        }
    }

    @Test
    void rpsIsIntransitiveWithASkewedReference() {
        PreferenceGame g = (PreferenceGame) new PreferenceProblems().create("games/preference-rps", Map.of());
        assertEquals(0.1, g.beta(), 0.0);
        double[] p = g.preferences();
        assertEquals(1.0, p[0 * 3 + 2], 0.0); // rock over scissors
        assertEquals(1.0, p[2 * 3 + 1], 0.0); // scissors over paper
        assertEquals(1.0, p[1 * 3 + 0], 0.0); // paper over rock
        assertArrayEquals(new double[] {0.5, 0.3, 0.2}, g.start(), 0.0);
    }

    @Test
    void refusesOutOfRangeParameters() {
        PreferenceProblems provider = new PreferenceProblems();
        assertThrows(InvalidProblemException.class, () -> provider.create("games/preference-random", Map.of("actions", "2")));
        assertThrows(InvalidProblemException.class, () -> provider.create("games/preference-rps", Map.of("beta", "0")));
        assertThrows(InvalidProblemException.class, () -> provider.create("games/preference-other", Map.of()));
    }
}
