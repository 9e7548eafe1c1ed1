package org.banach.runtime.formats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.Iterator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.banach.api.data.DataFormatException;
import org.banach.api.data.DenseMatrix;
import org.banach.api.data.LabelledData;

/**
 * Reads comma-separated numbers (RFC 4180 quoting, via Apache Commons CSV). Lines starting with
 * {@code #} are comments and blank lines are skipped; the first row is a header when any of its
 * fields holds text that is not a number. Every row must have as many fields as the first (or as
 * the header); every field must be a finite decimal number. Positions are "line L, column C" with C
 * the 1-based field number.
 */
public final class CsvReader {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setCommentMarker('#')
            .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).setTrim(true).get();

    /** A parsed file: row-major values and where the data starts. */
    private static final class Table {
        int rows;
        int cols;
        DoubleList values = new DoubleList(1024);
        long firstDataLine;
    }

    /** The numbers as a rows×columns matrix (without the header, if there is one). */
    public DenseMatrix read(Path file) {
        Table t = parse(file);
        return new DenseMatrix(t.rows, t.cols, t.values.toArray());
    }

    /** A labelled data set: the last column is the label, the others are the features (zeros left out). */
    public LabelledData readLabelled(Path file) {
        Table t = parse(file);
        if (t.cols < 2) {
            throw new DataFormatException(file, "line " + t.firstDataLine, "a labelled .csv needs at least 2 columns "
                    + "(the features, then the label), found " + t.cols);
        }
        DenseMatrix m = new DenseMatrix(t.rows, t.cols, t.values.toArray());
        double[] labels = new double[t.rows];
        for (int i = 0; i < t.rows; i++) {
            labels[i] = m.get(i, t.cols - 1);
        }
        return new LabelledData(Conversions.columnsToCsr(m, 0, t.cols - 1), labels);
    }

    private static Table parse(Path file) {
        Table t = new Table();
        long line = 0;
        try (BufferedReader in = SourceFile.openText(file); CSVParser parser = CSVParser.parse(in, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            long headerLine = 0;
            int headerFields = 0;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    long at = Math.max(line + 1, parser.getCurrentLineNumber());
                    if (e.getCause() instanceof CharacterCodingException) {
                        throw SourceFile.failure(file, "line " + at, e.getCause());
                    }
                    throw new DataFormatException(file, "line " + at, "malformed CSV: "
                            + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
                }
                line = parser.getCurrentLineNumber();
                if (t.rows == 0 && headerLine == 0 && !allNumberLike(record)) {
                    headerLine = line;
                    headerFields = record.size();
                    continue;
                }
                if (t.rows == 0) {
                    t.cols = record.size();
                    t.firstDataLine = line;
                    if (headerLine != 0 && headerFields != t.cols) {
                        throw new DataFormatException(file, "line " + line, record.size()
                                + " fields, but the header on line " + headerLine + " has " + headerFields);
                    }
                } else if (record.size() != t.cols) {
                    throw new DataFormatException(file, "line " + line, record.size() + " fields, but line "
                            + t.firstDataLine + " has " + t.cols + " (ragged rows are not allowed)");
                }
                for (int j = 0; j < record.size(); j++) {
                    double v;
                    try {
                        v = TextNumbers.parseFinite(record.get(j));
                    } catch (TextNumbers.NumberProblem p) {
                        throw new DataFormatException(file, "line " + line + ", column " + (j + 1), p.getMessage());
                    }
                    if (!t.values.add(v)) {
                        throw new DataFormatException(file, "line " + line,
                                "more than " + DoubleList.MAX_SIZE + " entries; too large for one dense matrix");
                    }
                }
                t.rows++;
            }
            if (t.rows == 0) {
                throw new DataFormatException(file, "", headerLine != 0
                        ? "no data rows (only the header on line " + headerLine + ")"
                        : "no data rows (only comments and blank lines)");
            }
            return t;
        } catch (IOException e) {
            throw SourceFile.failure(file, line > 0 ? "line " + line : "", e);
        }
    }

    /** Whether no field holds text other than a number (empty fields do not make a header). */
    private static boolean allNumberLike(CSVRecord record) {
        for (String field : record) {
            if (!field.isBlank() && !TextNumbers.isNumberLike(field)) {
                return false;
            }
        }
        return true;
    }
}
