package org.banach.runtime.formats;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;

import org.banach.api.data.DataFormatException;
import org.banach.api.data.LabelledData;
import org.banach.api.optim.CsrMatrix;

/**
 * Reads LIBSVM / SVMlight files: one example per line, {@code label idx:val idx:val ...}, indices
 * 1-based and strictly increasing within a line; an optional {@code qid:N} right after the label is
 * ignored; {@code #} starts a comment that runs to the end of the line; blank lines are skipped. The
 * feature count is the largest index used. Positions are "line L, column C", C the 1-based character.
 */
public final class LibsvmReader {

    /** The examples: features as CSR (feature i in column i-1), one label per line. */
    public LabelledData read(Path file) {
        DoubleList labels = new DoubleList(1024);
        IntList rowStart = new IntList(1024);
        IntList columns = new IntList(1024);
        DoubleList values = new DoubleList(1024);
        rowStart.add(0);
        int features = 0;
        long line = 0;
        try (BufferedReader in = SourceFile.openText(file)) {
            String s;
            while (true) {
                try {
                    s = in.readLine();
                } catch (IOException e) {
                    throw SourceFile.failure(file, "line " + (line + 1), e);
                }
                if (s == null) {
                    break;
                }
                line++;
                int hash = s.indexOf('#');
                String text = hash >= 0 ? s.substring(0, hash) : s;
                if (text.isBlank()) {
                    continue;
                }
                features = Math.max(features, parseLine(file, line, text, labels, columns, values));
                if (!rowStart.add(values.size())) {
                    throw new DataFormatException(file, "line " + line, "too many examples (at most "
                            + DoubleList.MAX_SIZE + ")");
                }
            }
        } catch (IOException e) {
            throw SourceFile.failure(file, "", e);
        }
        if (labels.size() == 0) {
            throw new DataFormatException(file, "", "no data lines (only comments and blank lines)");
        }
        CsrMatrix x = new CsrMatrix(labels.size(), features, rowStart.toArray(), columns.toArray(), values.toArray());
        return new LabelledData(x, labels.toArray());
    }

    /** Parses one example, appending to the lists; returns the largest feature index on the line (0 if none). */
    private static int parseLine(Path file, long line, String text, DoubleList labels, IntList columns,
            DoubleList values) {
        int pos = 0;
        int previous = 0;
        boolean first = true;
        int n = text.length();
        while (true) {
            while (pos < n && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            if (pos >= n) {
                return previous;
            }
            int start = pos;
            while (pos < n && !Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            String token = text.substring(start, pos);
            if (first) {
                labels.add(number(file, line, start, token, "label"));
                first = false;
                continue;
            }
            int colon = token.indexOf(':');
            if (colon < 0) {
                throw error(file, line, start, "expected index:value, found '" + TextNumbers.abbreviate(token) + "'");
            }
            String name = token.substring(0, colon);
            if (name.equals("qid")) {
                if (previous != 0) {
                    throw error(file, line, start, "qid must come right after the label, before the features");
                }
                continue;
            }
            int index;
            try {
                index = TextNumbers.parseIndex(name, "feature index");
            } catch (TextNumbers.NumberProblem p) {
                throw error(file, line, start, p.getMessage());
            }
            if (index <= previous) {
                throw error(file, line, start, "feature index " + index + " does not increase (the previous index on "
                        + "this line is " + previous + "; indices must be strictly increasing)");
            }
            double v = number(file, line, start + colon + 1, token.substring(colon + 1), "value of feature " + index);
            if (!columns.add(index - 1) || !values.add(v)) {
                throw error(file, line, start, "too many entries (at most " + DoubleList.MAX_SIZE + ")");
            }
            previous = index;
        }
    }

    private static double number(Path file, long line, int at, String token, String what) {
        try {
            return TextNumbers.parseFinite(token);
        } catch (TextNumbers.NumberProblem p) {
            throw error(file, line, at, what + ": " + p.getMessage());
        }
    }

    private static DataFormatException error(Path file, long line, int at, String reason) {
        return new DataFormatException(file, "line " + line + ", column " + (at + 1), reason);
    }
}
