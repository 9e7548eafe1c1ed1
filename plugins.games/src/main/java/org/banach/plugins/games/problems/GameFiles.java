package org.banach.plugins.games.problems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;

import org.banach.api.InvalidProblemException;
import org.banach.api.data.DataReader;
import org.banach.api.data.DenseMatrix;
import org.banach.api.games.NormalFormGame;

/**
 * {@code games/matrix}: a game from a file. A {@code .nfg} file is parsed by {@link NfgParser};
 * any other file is a payoff matrix read by the runtime's {@link DataReader} (.csv, .npy, .mtx):
 * alone it is the row player's payoff A of a zero-sum game, with {@code file2} it is A and file2 is
 * B of a bimatrix game.
 */
final class GameFiles {

    static final String ID = "games/matrix";

    private GameFiles() {
    }

    static NormalFormGame read(String file, String file2, DataReader reader) {
        if (file.toLowerCase(Locale.ROOT).endsWith(".nfg")) {
            if (file2 != null) {
                throw new InvalidProblemException("problem '" + ID + "': 'file2' cannot be combined with the .nfg file "
                        + file + ", which holds every player's payoffs");
            }
            String text;
            try {
                text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                throw new InvalidProblemException("problem '" + ID + "': cannot read " + file + ": " + e.getMessage(), e);
            }
            return NfgParser.parse(ID + "[" + file + "]", file, text);
        }
        DenseMatrix a = dense(reader, file);
        if (file2 == null) {
            return DenseMatrixGame.zeroSum(ID + "[" + file + "]", a.rows(), a.cols(), a.values(), OptionalDouble.empty());
        }
        DenseMatrix b = dense(reader, file2);
        if (b.rows() != a.rows() || b.cols() != a.cols()) {
            throw new InvalidProblemException("problem '" + ID + "': " + file2 + " is " + b.rows() + "x" + b.cols()
                    + " but " + file + " is " + a.rows() + "x" + a.cols() + " (B must have A's shape)");
        }
        return DenseMatrixGame.bimatrix(ID + "[" + file + "," + file2 + "]", a.rows(), a.cols(), a.values(), b.values());
    }

    private static DenseMatrix dense(DataReader reader, String file) {
        if (reader == null) {
            throw new InvalidProblemException("problem '" + ID + "' reads " + file
                    + " through the runtime's DataReader service, which is not installed (is platform.runtime active?)");
        }
        DenseMatrix m;
        try {
            m = reader.readDense(Path.of(file));
        } catch (InvalidProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidProblemException("problem '" + ID + "': cannot read " + file + ": " + e.getMessage(), e);
        }
        if (m.rows() < 1 || m.cols() < 1) {
            throw new InvalidProblemException("problem '" + ID + "': " + file + " holds an empty matrix");
        }
        return m;
    }
}
