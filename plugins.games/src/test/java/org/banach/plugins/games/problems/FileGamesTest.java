package org.banach.plugins.games.problems;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.banach.api.InvalidProblemException;
import org.banach.api.games.MatrixGame;
import org.banach.runtime.formats.DataReaderComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV payoff matrices read through the runtime's DataReader. */
class FileGamesTest {

    @TempDir
    Path dir;

    private final GamesProblemProvider provider = new GamesProblemProvider(new DataReaderComponent());

    private String write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f.toString();
    }

    @Test
    void oneCsvIsAZeroSumGame() throws IOException {
        String a = write("A.csv", "0,-1,1\n1,0,-1\n-1,1,0\n");
        MatrixGame g = (MatrixGame) provider.create("games/matrix", Map.of("file", a));
        assertTrue(g.zeroSum());
        assertArrayEquals(ClassicGames.rps().rowPayoffs(), g.rowPayoffs());
        assertArrayEquals(ClassicGames.rps().columnPayoffs(), g.columnPayoffs());
    }

    @Test
    void twoCsvsAreABimatrixGame() throws IOException {
        String a = write("A.csv", "0,1,0\n0,0,1\n1,0,0\n");
        String b = write("B.csv", "0,0,1\n1,0,0\n0,1,0\n");
        MatrixGame g = (MatrixGame) provider.create("games/matrix", Map.of("file", a, "file2", b));
        assertFalse(g.zeroSum());
        assertArrayEquals(ClassicGames.shapley().rowPayoffs(), g.rowPayoffs());
        assertArrayEquals(ClassicGames.shapley().columnPayoffs(), g.columnPayoffs());
        String minus = write("M.csv", "0,0,-1\n0,0,0\n-1,0,0\n");
        String a2 = write("A2.csv", "0,0,1\n0,0,0\n1,0,0\n");
        assertTrue(((MatrixGame) provider.create("games/matrix", Map.of("file", a2, "file2", minus))).zeroSum());
    }

    @Test
    void badCsvsAreRefusedNamingFileAndPosition() throws IOException {
        String a = write("A.csv", "1,2\n3,4\n");
        String b = write("B.csv", "1,2,3\n4,5,6\n");
        String m = assertThrows(InvalidProblemException.class,
                () -> provider.create("games/matrix", Map.of("file", a, "file2", b))).getMessage();
        assertTrue(m.contains("B.csv") && m.contains("2x3") && m.contains("2x2"), m);
        String nan = write("N.csv", "1,2\n3,NaN\n");
        String m2 = assertThrows(InvalidProblemException.class,
                () -> provider.create("games/matrix", Map.of("file", nan))).getMessage();
        assertTrue(m2.contains("N.csv") && m2.contains("line 2"), m2);
        String ragged = write("R.csv", "1,2\n3\n");
        String m3 = assertThrows(InvalidProblemException.class,
                () -> provider.create("games/matrix", Map.of("file", ragged))).getMessage();
        assertTrue(m3.contains("R.csv") && m3.contains("line 2"), m3);
        String m4 = assertThrows(InvalidProblemException.class,
                () -> new GamesProblemProvider().create("games/matrix", Map.of("file", a))).getMessage();
        assertTrue(m4.contains("DataReader") && m4.contains("A.csv"), m4);
        String m5 = assertThrows(InvalidProblemException.class,
                () -> provider.create("games/matrix", Map.of())).getMessage();
        assertTrue(m5.contains("file="), m5);
    }
}
