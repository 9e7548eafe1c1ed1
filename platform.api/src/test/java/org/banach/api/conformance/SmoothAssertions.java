package org.banach.api.conformance;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.banach.api.Certificate;
import org.banach.api.Result;
import org.banach.api.Settings;
import org.banach.api.Status;
import org.banach.api.optim.SmoothObjective;

/** The checks {@link SmoothSolverConformance} applies to results; usable on their own in solver tests. */
public final class SmoothAssertions {

    private SmoothAssertions() {
    }

    /**
     * The claimed certificate is a gradient-norm claim with the requested tolerance, its value agrees
     * with ‖∇f‖₂ recomputed from the problem at the returned point, it holds exactly when the status
     * is CONVERGED, and a CONVERGED result really meets the tolerance.
     */
    public static void certificateConsistent(SmoothObjective p, Result r, Settings s, Tolerances t) {
        Certificate c = r.certificate();
        assertNotNull(c, "no claimed certificate");
        double recomputed = KitProblems.gradientNorm(p, r.solution());
        double tol = s.real("tolerance");
        assertAll(
                () -> assertEquals(Certificate.GRADIENT_NORM, c.criterion()),
                () -> assertEquals(tol, c.tolerance(), "certificate tolerance vs setting"),
                () -> assertEquals(recomputed, c.value(), t.claimRelativeError() * Math.max(recomputed, tol),
                        "claimed vs recomputed ||grad||"),
                () -> assertEquals(r.status() == Status.CONVERGED, c.satisfied(), "claim satisfied vs status"),
                () -> assertTrue(r.status() != Status.CONVERGED || recomputed <= tol,
                        "CONVERGED but recomputed ||grad|| = " + recomputed + " > " + tol));
    }

    /**
     * The trace starts at iteration 0 and counts up by one, ends at the result's iteration count and
     * objective, and the result's evaluations equal the counted {@code f} calls ({@code grad} counted too).
     */
    public static void accountingConsistent(Result r, TestMonitor m) {
        List<TestMonitor.Point> trace = m.trace();
        assertFalse(trace.isEmpty(), "no iteration reported");
        assertEquals(0, trace.get(0).iteration(), "first reported iteration");
        for (int i = 1; i < trace.size(); i++) {
            assertEquals(trace.get(i - 1).iteration() + 1, trace.get(i).iteration(), "iterations reported in order");
        }
        TestMonitor.Point last = trace.get(trace.size() - 1);
        assertAll(
                () -> assertEquals(r.iterations(), last.iteration(), "last reported iteration vs result"),
                () -> assertEquals(r.objective(), last.objective(), 0.0, "last reported objective vs result"),
                () -> assertTrue(m.counter("f") > 0 && m.counter("grad") > 0, "counters: " + m.counters()),
                () -> assertEquals(m.counter("f"), r.evaluations(), "evaluations vs counted f calls"));
    }

    /** The returned point has the problem's length, is finite, and the reported objective is f there. */
    public static void finitePointWithReportedObjective(SmoothObjective clean, Result r) {
        double[] x = r.solution();
        assertEquals(clean.dimension(), x.length, "solution length");
        for (double v : x) {
            assertTrue(Double.isFinite(v), "non-finite solution " + Arrays.toString(x));
        }
        assertEquals(clean.value(x), r.objective(), 1e-12 * Math.max(1, Math.abs(r.objective())),
                "reported objective is f at the returned point");
    }
}
