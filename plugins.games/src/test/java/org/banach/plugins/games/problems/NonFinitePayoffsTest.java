package org.banach.plugins.games.problems;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.banach.api.InvalidProblemException;
import org.banach.runtime.formats.DataReaderComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault (c): every file route refuses NaN and infinite payoffs, naming the file, the position and the
 * reason — Gambit rationals with a zero denominator, CSV spellings of infinity and NaN.
 */
class NonFinitePayoffsTest {

    @TempDir
    Path dir;

    private final GamesProblemProvider provider = new GamesProblemProvider(new DataReaderComponent());

    private String refused(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return assertThrows(InvalidProblemException.class,
                () -> provider.create(GameFiles.ID, Map.of("file", f.toString()))).getMessage();
    }

    @Test
    void gambitRationalsWithZeroDenominatorAreRefused() throws IOException {
        String inf = refused("inf.nfg", "NFG 1 R \"t\" { \"1\" \"2\" } { 1 2 }\n1 2\n3 1/0\n");
        assertTrue(inf.contains("inf.nfg") && inf.contains("line 3, column 3") && inf.contains("not finite")
                && inf.contains("payoff 2 of profile 2"), inf);
        String nan = refused("nan.nfg", "NFG 1 R \"t\" { \"1\" \"2\" } { { \"a\" } { \"b\" } }\n{ { \"o\" 0/0 2 } }\n1\n");
        assertTrue(nan.contains("nan.nfg") && nan.contains("line 2, column 9") && nan.contains("not finite"), nan);
        String word = refused("word.nfg", "NFG 1 R \"t\" { \"1\" \"2\" } { 1 1 }\n-Infinity 0\n");
        assertTrue(word.contains("line 2, column 1") && word.contains("not a number"), word);
    }

    @Test
    void csvInfinitiesAndNaNAreRefused() throws IOException {
        for (String token : new String[] {"inf", "-Infinity", "nan", "1e400"}) {
            String m = refused("A.csv", "1,2\n3," + token + "\n");
            assertTrue(m.contains("A.csv") && m.contains("line 2") && m.contains("finite"), token + ": " + m);
        }
    }
}
