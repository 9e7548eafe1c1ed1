package org.banach.runtime.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.banach.api.TracePoint;

/**
 * A run's trace as CSV: header {@code iteration,seconds,objective,measure}, one row per
 * {@link TracePoint}. Numbers are written in Java's round-trip form; NaN as {@code NaN}, infinities as
 * {@code Infinity}/{@code -Infinity}. An empty cell reads back as NaN.
 */
public final class TraceCsv {

    /** The header row, in column order. */
    public static final List<String> HEADER = List.of("iteration", "seconds", "objective", "measure");

    private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder()
            .setHeader(HEADER.toArray(new String[0])).setRecordSeparator("\n").get();
    private static final CSVFormat READ = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();

    private TraceCsv() {
    }

    /** Writes the header and one row per point; flushes, does not close {@code out}. */
    public static void write(List<TracePoint> trace, Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, WRITE);
        for (TracePoint p : trace) {
            printer.printRecord(Long.toString(p.iteration()), Double.toString(p.seconds()),
                    Double.toString(p.objective()), Double.toString(p.measure()));
        }
        printer.flush();
    }

    /**
     * Reads a trace written by {@link #write}.
     *
     * @param source names the input in error messages (usually the file)
     * @throws IOException naming the source, the line and the fault for a wrong header or a bad number
     */
    public static List<TracePoint> read(Reader in, String source) throws IOException {
        List<TracePoint> trace = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(in, READ)) {
            if (!parser.getHeaderNames().equals(HEADER)) {
                throw new IOException(source + ": expected the header " + String.join(",", HEADER) + " but found "
                        + String.join(",", parser.getHeaderNames()));
            }
            for (CSVRecord rec : parser) {
                if (rec.size() != HEADER.size()) {
                    throw new IOException(source + ": record " + rec.getRecordNumber() + " has "
                            + rec.size() + " cells, expected " + HEADER.size());
                }
                trace.add(new TracePoint(parseLong(rec, 0, source), parseDouble(rec, 1, source),
                        parseDouble(rec, 2, source), parseDouble(rec, 3, source)));
            }
        } catch (IllegalStateException | IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new IOException(source + ": not a readable trace CSV: " + e.getMessage(), e);
        }
        return trace;
    }

    private static long parseLong(CSVRecord rec, int col, String source) throws IOException {
        String s = rec.get(col).trim();
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw badCell(rec, col, s, "an integer", source);
        }
    }

    private static double parseDouble(CSVRecord rec, int col, String source) throws IOException {
        String s = rec.get(col).trim();
        if (s.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw badCell(rec, col, s, "a number", source);
        }
    }

    private static IOException badCell(CSVRecord rec, int col, String value, String expected, String source) {
        return new IOException(source + ": record " + rec.getRecordNumber() + ", column '" + HEADER.get(col)
                + "': expected " + expected + ", found '" + value + "'");
    }
}
