package org.banach.plugins.games.firstorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.banach.api.RateFit;
import org.banach.api.Result;
import org.banach.api.Status;
import org.banach.api.conformance.TestMonitor;
import org.banach.api.TracePoint;
import org.banach.api.games.VariationalInequality;
import org.junit.jupiter.api.Test;

/**
 * GB1's must-show on min_x max_y x·y (F(x, y) = (y, −x), z* = 0; the trace's residual ‖F(z_k)‖ is ‖z_k‖):
 * simultaneous GDA spirals out with the factor √(1+η²) per step, extragradient contracts with
 * √((1−η²)² + η²), optimistic GDA with the largest root modulus of t² − (1 − 2iη)t − iη — each fitted
 * with {@link RateFit#semiLog} over the trace and compared with the closed form.
 */
class BilinearRatesTest {

    private static final double ETA = 0.2;

    private static java.util.List<TracePoint> trace(TestMonitor m) {
        return m.trace().stream().map(p -> new TracePoint(p.iteration(), 0, p.objective(), p.measure())).toList();
    }

    private static RateFit run(ViSolver<VariationalInequality> solver, int iterations, long from) {
        TestMonitor m = Games.monitor();
        Result r = Games.solve(solver, Games.bilinear(1, 0.5), m, "step=" + ETA, "maxIterations=" + iterations,
                "tolerance=0");
        assertEquals(Status.ITERATION_LIMIT, r.status(), String.valueOf(r));
        assertEquals(Games.norm(r.solution()), r.certificate().value(), 1e-12 * Games.norm(r.solution()));
        return RateFit.semiLog(trace(m), from, iterations);
    }

    @Test
    void simultaneousGdaSpiralsOut() {
        RateFit fit = run(new Gda(), 200, 0);
        double predicted = Math.sqrt(1 + ETA * ETA);
        assertTrue(fit.factor() > 1, fit.toString());
        assertEquals(predicted, fit.factor(), 1e-9, fit.toString());
        assertTrue(fit.rSquared() > 0.999999, fit.toString());
    }

    @Test
    void extragradientConvergesLinearly() {
        RateFit fit = run(new Extragradient(), 200, 0);
        double predicted = Math.sqrt((1 - ETA * ETA) * (1 - ETA * ETA) + ETA * ETA);
        assertTrue(fit.factor() < 1, fit.toString());
        assertEquals(predicted, fit.factor(), 1e-9, fit.toString());
    }

    @Test
    void optimisticGdaConvergesLinearly() {
        RateFit fit = run(new OptimisticGda(), 400, 100);
        // roots of t² − (1 − 2iη) t − iη = 0 (eigenvalue i of the skew operator; −i gives the conjugates)
        double br = 1;
        double bi = -2 * ETA;
        double dr = br * br - bi * bi; // (b² + 4c) with c = iη: b² = (br² − bi²) + 2i br bi
        double di = 2 * br * bi + 4 * ETA;
        double mod = Math.hypot(dr, di);
        double sr = Math.sqrt((mod + dr) / 2);
        double si = Math.copySign(Math.sqrt((mod - dr) / 2), di);
        double predicted = Math.max(Math.hypot((br + sr) / 2, (bi + si) / 2), Math.hypot((br - sr) / 2, (bi - si) / 2));
        assertTrue(predicted < 1, "closed form " + predicted);
        assertTrue(fit.factor() < 1, fit.toString());
        assertEquals(predicted, fit.factor(), 1e-4, fit.toString());
    }

    @Test
    void extragradientAndOgdaReachTheSaddle() {
        for (ViSolver<VariationalInequality> s : java.util.List.of(new Extragradient(), new OptimisticGda())) {
            TestMonitor m = Games.monitor();
            Result r = Games.solve(s, Games.bilinear(1, 0.5), m, "step=" + ETA, "tolerance=1e-10");
            assertEquals(Status.CONVERGED, r.status(), String.valueOf(r));
            assertTrue(Games.norm(r.solution()) <= 1e-10, String.valueOf(r));
        }
    }

    @Test
    void gdaDivergesReported() {
        Result r = Games.solve(new Gda(), Games.bilinear(1, 0.5), Games.monitor(), "step=1", "tolerance=0",
                "maxIterations=1000");
        assertEquals(Status.DIVERGED, r.status(), String.valueOf(r));
        assertTrue(r.message().contains("grew"), r.message());
    }
}
