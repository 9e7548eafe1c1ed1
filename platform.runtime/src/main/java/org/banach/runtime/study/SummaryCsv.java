package org.banach.runtime.study;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.banach.api.Certificate;
import org.banach.api.Result;
import org.banach.api.Verification;
import org.banach.runtime.store.AtomicFiles;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A study's {@code summary.csv}: one row per planned run, in run order. Empty cells stand for
 * "none" (no certificate, no verification, NaN). {@code params} lists the problem parameters as
 * {@code name=value} pairs separated by spaces, sorted by name; {@code satisfied} and {@code agrees}
 * are the runtime's verification, not the solver's claim.
 */
public final class SummaryCsv {

    public static final List<String> HEADER = List.of("runKey", "problem", "params", "solver", "version", "backend",
            "seed", "repetition", "status", "objective", "iterations", "evaluations", "seconds", "criterion",
            "claimedValue", "verifiedValue", "satisfied", "agrees", "message");

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader(HEADER.toArray(new String[0])).setRecordSeparator("\n").get();

    private SummaryCsv() {
    }

    /** Writes the summary atomically; {@code results.get(i)} is the result of {@code runs.get(i)}. */
    public static void write(Path file, List<PlannedRun> runs, List<Result> results) throws IOException {
        if (runs.size() != results.size()) {
            throw new IllegalArgumentException(runs.size() + " runs but " + results.size() + " results");
        }
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(w, FORMAT);
            for (int i = 0; i < runs.size(); i++) {
                printer.printRecord(row(runs.get(i), results.get(i)));
            }
            printer.flush();
        });
    }

    /** The cells of one row, in {@link #HEADER} order. */
    public static List<String> row(PlannedRun run, Result r) {
        Certificate c = r.certificate();
        Verification v = r.verification();
        List<String> cells = new ArrayList<>(HEADER.size());
        cells.add(run.runKey());
        cells.add(r.problemId() != null ? r.problemId() : run.spec().problemId());
        cells.add(params(r.problemId() != null && !r.problemParameters().isEmpty() ? r.problemParameters()
                : run.spec().problemParameters()));
        cells.add(r.solverId() != null ? r.solverId() : run.spec().solver());
        cells.add(text(r.solverVersion()));
        cells.add(r.backend() != null ? r.backend() : text(run.spec().backend()));
        cells.add(Long.toString(run.spec().seed()));
        cells.add(Integer.toString(run.repetition()));
        cells.add(r.status().name());
        cells.add(number(r.objective()));
        cells.add(Long.toString(r.iterations()));
        cells.add(Long.toString(r.evaluations()));
        cells.add(number(r.elapsedSeconds()));
        cells.add(c != null ? c.criterion() : v != null ? text(v.criterion()) : "");
        cells.add(c != null ? number(c.value()) : "");
        cells.add(v != null ? number(v.value()) : "");
        cells.add(v != null ? Boolean.toString(v.satisfied()) : "");
        cells.add(v != null ? Boolean.toString(v.agrees()) : "");
        cells.add(message(r));
        return cells;
    }

    /** Problem parameters as sorted {@code name=value} pairs separated by spaces. */
    public static String params(Map<String, String> params) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(params).forEach((k, val) -> sb.append(sb.length() == 0 ? "" : " ").append(k).append('=').append(val));
        return sb.toString();
    }

    private static String message(Result r) {
        String m = text(r.message());
        Verification v = r.verification();
        if (v != null && v.message() != null && !v.message().isBlank()) {
            m = m.isEmpty() ? "verification: " + v.message() : m + "; verification: " + v.message();
        }
        return m;
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
