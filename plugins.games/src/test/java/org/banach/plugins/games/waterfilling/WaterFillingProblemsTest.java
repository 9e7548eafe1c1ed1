package org.banach.plugins.games.waterfilling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.banach.api.InvalidProblemException;
import org.banach.api.ProblemDescriptor;
import org.banach.api.games.WaterFillingGame;
import org.junit.jupiter.api.Test;

/** The provider's one family: sizes, seeds and the interference keyword. */
class WaterFillingProblemsTest {

    @Test
    void describesOneFamilyAndBuildsTheAskedSize() {
        WaterFillingProblems provider = new WaterFillingProblems();
        ProblemDescriptor d = provider.problems().get(0);
        assertEquals("games/water-filling", d.id());
        assertEquals(WaterFillingGame.FAMILY, d.family());
        WaterFillingGame g = IterativeWaterFillingTest.channel(3, 8, "weak", 1);
        assertEquals(3, g.users());
        assertEquals(8, g.carriers());
        assertEquals(24, g.dimension());
        assertEquals(8.0, g.budget(2), 0.0);
        assertTrue(g.name().contains("users=3") && g.name().contains("seed=1"), g.name());
    }

    @Test
    void aSeedNamesOneChannelAndTheScaleMultipliesCrossGainsOnly() {
        WaterFillingGame a = IterativeWaterFillingTest.channel(2, 8, "weak", 4);
        WaterFillingGame b = IterativeWaterFillingTest.channel(2, 8, "0.01", 4);
        WaterFillingGame strong = IterativeWaterFillingTest.channel(2, 8, "strong", 4);
        for (int k = 0; k < 8; k++) {
            assertEquals(a.gain(0, 1, k), b.gain(0, 1, k), 0.0);
            assertEquals(a.gain(1, 1, k), strong.gain(1, 1, k), 0.0);
            assertEquals(a.gain(0, 1, k) * WaterFillingProblems.STRONG / WaterFillingProblems.WEAK, strong.gain(0, 1, k),
                    1e-12 * strong.gain(0, 1, k));
        }
        double rhoWeak = SpectralCondition.spectralRadius(SpectralCondition.matrix(a));
        double rhoStrong = SpectralCondition.spectralRadius(SpectralCondition.matrix(strong));
        assertEquals(WaterFillingProblems.STRONG / WaterFillingProblems.WEAK, rhoStrong / rhoWeak, 1e-9);
    }

    @Test
    void refusesOutOfRangeSizesAndUnknownInterference() {
        WaterFillingProblems provider = new WaterFillingProblems();
        assertThrows(InvalidProblemException.class,
                () -> provider.create(WaterFillingProblems.ID, Map.of("users", "11")));
        assertThrows(InvalidProblemException.class,
                () -> provider.create(WaterFillingProblems.ID, Map.of("carriers", "4")));
        InvalidProblemException e = assertThrows(InvalidProblemException.class,
                () -> provider.create(WaterFillingProblems.ID, Map.of("interference", "medium")));
        assertTrue(e.getMessage().contains("weak, strong"), e.getMessage());
    }
}
