package org.banach.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RateFitTest {

    @Test
    void logLogRecoversAPowerLaw() {
        double[] k = new double[50];
        double[] e = new double[50];
        for (int i = 0; i < k.length; i++) {
            k[i] = i + 1;
            e[i] = 3.0 / (k[i] * k[i]);
        }
        RateFit f = RateFit.logLog(k, e);
        assertEquals(-2.0, f.slope(), 1e-12);
        assertEquals(Math.log(3.0), f.intercept(), 1e-12);
        assertEquals(1.0, f.rSquared(), 1e-12);
    }

    @Test
    void semiLogRecoversALinearRateFromATrace() {
        List<TracePoint> trace = new ArrayList<>();
        for (int k = 0; k <= 40; k++) {
            trace.add(new TracePoint(k, k * 0.1, Double.NaN, 5 * Math.pow(0.9, k)));
        }
        RateFit f = RateFit.semiLog(trace, 10, 40);
        assertEquals(0.9, f.factor(), 1e-12);
        assertEquals(31, f.points());
    }

    @Test
    void skipsUnusablePointsAndRefusesTooFew() {
        RateFit f = RateFit.logLog(new double[] {1, 2, 3, 4}, new double[] {1, 0, Double.NaN, 1.0 / 16});
        assertEquals(-2.0, f.slope(), 1e-12);
        assertEquals(2, f.points());
        assertThrows(IllegalArgumentException.class, () -> RateFit.semiLog(new double[] {1}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> RateFit.semiLog(new double[] {1, 1}, new double[] {1, 2}));
    }

    @Test
    void noisyDataHasRSquaredBelowOne() {
        double[] x = {1, 2, 3, 4, 5, 6};
        double[] y = {1, 0.5, 0.4, 0.1, 0.12, 0.01};
        RateFit f = RateFit.semiLog(x, y);
        assertEquals(true, f.slope() < 0);
        assertEquals(true, f.rSquared() < 1 && f.rSquared() > 0.8, f.toString());
    }

    @Test
    void tailRateFitsTheSecondHalfOfThePrefixAboveTheFloor() {
        // 0.8^k down to k = 40, then rounding noise far below 1e-12 r0 that must be cut off
        double[] r = new double[200];
        for (int k = 0; k < r.length; k++) {
            r[k] = k <= 123 ? 2 * Math.pow(0.8, k) : 1e-20 * (1 + (k % 3));
        }
        assertEquals(0.8, RateFit.tailRate(r, 1e-12, 10), 1e-12);
        // a slow start then a fast tail: only the second half [K/2, K] counts
        double[] s = new double[61];
        for (int k = 0; k < s.length; k++) {
            s[k] = k <= 30 ? Math.pow(0.99, k) : Math.pow(0.99, 30) * Math.pow(0.5, k - 30);
        }
        assertEquals(0.5, RateFit.tailRate(s, 1e-300, 10), 1e-12);
    }

    @Test
    void tailRateIsNaNWithoutEnoughPointsOrAUsableStart() {
        assertEquals(Double.NaN, RateFit.tailRate(new double[] {1, 0.5, 0.25}, 1e-12, 10));
        assertEquals(Double.NaN, RateFit.tailRate(null, 1e-12, 10));
        assertEquals(Double.NaN, RateFit.tailRate(new double[0], 1e-12, 10));
        assertEquals(Double.NaN, RateFit.tailRate(new double[] {0, 1, 1, 1}, 1e-12, 2));
        double[] nanAfterFour = {1, 0.5, 0.25, 0.125, Double.NaN, 0.01};
        assertEquals(0.5, RateFit.tailRate(nanAfterFour, 1e-12, 2), 1e-12, "cut before the first NaN");
        assertEquals(Double.NaN, RateFit.tailRate(nanAfterFour, 1e-12, 4), "window [1, 3] has 3 points");
        assertThrows(IllegalArgumentException.class, () -> RateFit.tailRate(nanAfterFour, 0, 2));
    }
}
