package org.banach.plugins.games.problems;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.banach.api.InvalidProblemException;
import org.banach.api.games.MatrixGame;
import org.banach.api.games.NormalFormGame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gambit .nfg files in both versions (the e02 example of Gambit's documentation, Selten 1975). */
class NfgParserTest {

    /** Payoff version: 3 x 2, payoffs per profile with player 1 varying fastest. */
    static final String E02_PAYOFF = "NFG 1 R \"Selten (IJGT, 75), Figure 2, normal form\"\n"
            + "{ \"Player 1\" \"Player 2\" } { 3 2 }\n\n"
            + "1 1 0 2 0 2 1 1 0 3 2 0\n";

    /** The same game, outcome version (named strategies, outcomes, one outcome index per profile). */
    static final String E02_OUTCOME = "NFG 1 R \"Selten (IJGT, 75), Figure 2, normal form\"\n"
            + "{ \"Player 1\" \"Player 2\" } { { \"1\" \"2\" \"3\" } { \"1\" \"2\" } }\n"
            + "\"\"\n\n"
            + "{\n"
            + "{ \"\" 1, 1 }\n"
            + "{ \"\" 0, 2 }\n"
            + "{ \"\" 1, 1 }\n"
            + "{ \"\" 0, 3 }\n"
            + "{ \"\" 2, 0 }\n"
            + "}\n"
            + "1 2 2 3 4 5\n";

    @TempDir
    Path dir;

    private NormalFormGame load(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return (NormalFormGame) new GamesProblemProvider().create("games/matrix", Map.of("file", f.toString()));
    }

    private InvalidProblemException refused(String text) throws IOException {
        Path f = dir.resolve("bad.nfg");
        Files.writeString(f, text);
        return assertThrows(InvalidProblemException.class,
                () -> new GamesProblemProvider().create("games/matrix", Map.of("file", f.toString())));
    }

    @Test
    void payoffVersionPlacesPlayerOneFastest() throws IOException {
        MatrixGame g = assertInstanceOf(MatrixGame.class, load("e02.nfg", E02_PAYOFF));
        assertEquals(3, g.rows());
        assertEquals(2, g.cols());
        // profiles (1,1) (2,1) (3,1) (1,2) (2,2) (3,2) -> (1,1) (0,2) (0,2) (1,1) (0,3) (2,0)
        assertArrayEquals(new double[] {1, 1, 0, 0, 0, 2}, g.rowPayoffs());
        assertArrayEquals(new double[] {1, 1, 2, 3, 2, 0}, g.columnPayoffs());
        assertFalse(g.zeroSum());
    }

    @Test
    void outcomeVersionParsesToTheSameGame() throws IOException {
        MatrixGame p = (MatrixGame) load("e02.nfg", E02_PAYOFF);
        MatrixGame o = (MatrixGame) load("e02o.nfg", E02_OUTCOME);
        assertArrayEquals(p.rowPayoffs(), o.rowPayoffs());
        assertArrayEquals(p.columnPayoffs(), o.columnPayoffs());
    }

    @Test
    void zeroSumWhenBIsMinusAAndRationalsAndNullOutcomeAreRead() throws IOException {
        String text = "NFG 1 R \"pennies\" { \"P1\" \"P2\" } { { \"H\" \"T\" } { \"H\" \"T\" } }\n"
                + "{ { \"win\" 1/2, -1/2 } { \"lose\" -0.5 0.5 } }\n1 2 2 1\n";
        MatrixGame g = (MatrixGame) load("p.nfg", text);
        assertTrue(g.zeroSum());
        assertArrayEquals(new double[] {0.5, -0.5, -0.5, 0.5}, g.rowPayoffs());
        MatrixGame z = (MatrixGame) load("z.nfg",
                "NFG 1 R \"\" { \"a\" \"b\" } { { \"x\" } { \"y\" \"z\" } } { { \"o\" 3 4 } } 0 1");
        assertArrayEquals(new double[] {0, 3}, z.rowPayoffs());
        assertArrayEquals(new double[] {0, 4}, z.columnPayoffs());
    }

    @Test
    void threePlayersGiveANormalFormGameInGambitOrder() throws IOException {
        StringBuilder b = new StringBuilder("NFG 1 R \"three\" { \"1\" \"2\" \"3\" } { 2 2 2 }\n");
        // payoff of player p at profile (s1,s2,s3) = 100 p + 4 s3 + 2 s2 + s1
        for (int s3 = 0; s3 < 2; s3++) {
            for (int s2 = 0; s2 < 2; s2++) {
                for (int s1 = 0; s1 < 2; s1++) {
                    for (int p = 0; p < 3; p++) {
                        b.append(100 * p + 4 * s3 + 2 * s2 + s1).append(' ');
                    }
                }
            }
        }
        NormalFormGame g = load("three.nfg", b.toString());
        assertFalse(g instanceof MatrixGame);
        assertEquals(3, g.players());
        assertEquals(6, g.dimension());
        assertEquals(200 + 4 + 0 + 1, g.payoff(2, new int[] {1, 0, 1}));
        assertEquals(100 + 2, g.payoff(1, new int[] {0, 1, 0}));
        // purePayoffs against the uniform profile: player 0's payoff 0 + (2 s2 + 4 s3 averaged = 3) + s1
        double[] out = new double[2];
        g.purePayoffs(0, g.start(), out);
        assertArrayEquals(new double[] {3, 4}, out, 1e-15);
    }

    @Test
    void malformedFilesAreRefusedWithTheirPosition() throws IOException {
        String m1 = refused("NFG 1 R \"t\" { \"1\" \"2\" } { 2 2 }\n1 2 3 4 5 6 7\n").getMessage();
        assertTrue(m1.contains("bad.nfg") && m1.contains("after line 2") && m1.contains("payoff 2 of profile 4"), m1);
        String m2 = refused("NFG 1 R \"t\" { \"1\" \"2\" } { 2 2 }\n1 2 3 x 5 6 7 8\n").getMessage();
        assertTrue(m2.contains("line 2, column 7") && m2.contains("not a number"), m2);
        String m3 = refused("NFG 1 R \"t\" { \"1\" \"2\" } { 1 1 }\nNaN 0\n").getMessage();
        assertTrue(m3.contains("line 2, column 1"), m3);
        String m4 = refused("NFG 1 R \"t\" { \"1\" \"2\" } { 1 1 }\n1e999 0\n").getMessage();
        assertTrue(m4.contains("line 2, column 1") && m4.contains("not finite"), m4);
        String m5 = refused("NFG 1 R \"t\" { \"1\" \"2\" } { { \"a\" } { \"b\" } }\n{ { \"o\" 1 2 } }\n2\n")
                .getMessage();
        assertTrue(m5.contains("line 3, column 1") && m5.contains("outcome index"), m5);
        String m6 = refused("NFG 1 R \"t\" { \"1\" \"2\" } { { \"a\" } { \"b\" } }\n{ { \"o\" 1 2 3 } }\n1\n")
                .getMessage();
        assertTrue(m6.contains("line 2, column 13") && m6.contains("more than 2 payoffs"), m6);
        String m7 = refused("EFG 2 R \"tree\" { \"1\" }").getMessage();
        assertTrue(m7.contains("line 1, column 1") && m7.contains("expected 'NFG'"), m7);
        String m8 = refused("NFG 1 R \"t\" { \"1\" \"2\" } { 2 2 2 }\n").getMessage();
        assertTrue(m8.contains("line 1, column 31") && m8.contains("expected '}'"), m8);
        String m9 = refused("NFG 1 R \"t\" { \"1\" \"2\" } { 1 1 } 1 2 3").getMessage();
        assertTrue(m9.contains("column 37") && m9.contains("unexpected"), m9);
        String m11 = refused("NFG 1 R \"t\" { \"1\" \"2\" \"3\" } { 1000000 1000000 1000000 } 1").getMessage();
        assertTrue(m11.contains("exceed the limit"), m11);
        String m10 = refused("NFG 1 R \"t { \"1\" \"2\" } { 1 1 } 1 2").getMessage();
        assertTrue(m10.contains("bad.nfg"), m10);
    }
}
