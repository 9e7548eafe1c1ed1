package org.banach.runtime.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.banach.api.RunSpec;
import org.junit.jupiter.api.Test;

class BanachCommandsParseTest {

    @Test
    void parsesParamsSettingsAndLimits() {
        RunSpec s = BanachCommands.parse("optim.lbfgs@[1,2)", "optim/rosenbrock", "--param", "n=100", "--set",
                "tolerance=1e-8", "--backend", "cpu", "--time-limit", "5", "--seed", "3");
        assertEquals("optim.lbfgs@[1,2)", s.solver());
        assertEquals("100", s.problemParameters().get("n"));
        assertEquals("1e-8", s.settings().get("tolerance"));
        assertEquals("cpu", s.backend());
        assertEquals(5.0, s.timeLimitSeconds());
        assertEquals(3, s.seed());
    }

    @Test
    void badOptionsAreExplained() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BanachCommands.parse("a", "b", "--frobnicate", "1"));
        assertTrue(e.getMessage().contains("unknown option --frobnicate"));
        assertThrows(IllegalArgumentException.class, () -> BanachCommands.parse("a", "b", "--param", "n"));
        assertThrows(IllegalArgumentException.class, () -> BanachCommands.parse("a", "b", "--time-limit", "soon"));
        assertThrows(IllegalArgumentException.class, () -> BanachCommands.parse("a", "b", "--seed"));
    }
}
