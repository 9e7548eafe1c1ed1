package org.banach.runtime.study;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.banach.api.Result;
import org.banach.runtime.plot.ConvergencePlot;

/**
 * Turns a study's runs into convergence-plot lines: a row of panels per certificate criterion,
 * colour by problem, shade by solver.
 */
final class StudyPlots {

    private static final System.Logger LOG = System.getLogger(StudyPlots.class.getName());

    private StudyPlots() {
    }

    /**
     * Writes the study's convergence plots into {@code dir}; returns the files written. A plot that
     * cannot be drawn (e.g. no graphics support in this JVM) is logged and left out: the results and
     * the summary matter more.
     */
    static List<Path> write(Path dir, StudySpec spec, List<Result> results) {
        List<PlannedRun> runs = spec.runs();
        boolean seeds = runs.stream().map(p -> p.spec().seed()).distinct().count() > 1;
        boolean reps = runs.stream().anyMatch(p -> p.repetition() > 1);
        List<ConvergencePlot.Series> series = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            PlannedRun p = runs.get(i);
            String problem = problemLabel(p);
            String solver = p.spec().solver();
            String label = solver + " \u00b7 " + problem + (seeds ? " s" + p.spec().seed() : "")
                    + (reps ? " r" + p.repetition() : "");
            Result r = results.get(i);
            String section = r.certificate() == null ? "" : r.certificate().criterion();
            series.add(new ConvergencePlot.Series(label, problem, solver, section, r.trace()));
        }
        try {
            ConvergencePlot.Output out = ConvergencePlot.write(dir, spec.name(), series);
            out.notes().forEach(n -> LOG.log(Level.INFO, spec.name() + ": " + n));
            return out.files();
        } catch (IOException | RuntimeException | LinkageError | java.awt.AWTError e) {
            LOG.log(Level.WARNING, "could not draw the convergence plots of " + spec.name() + " into " + dir
                    + "; the results and the summary are written", e);
            return List.of();
        }
    }

    /** The problem id with its parameters, e.g. {@code optim/rosenbrock n=100}. */
    static String problemLabel(PlannedRun p) {
        String params = SummaryCsv.params(p.spec().problemParameters());
        return p.spec().problemId() + (params.isEmpty() ? "" : " " + params);
    }
}
