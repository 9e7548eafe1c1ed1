package org.banach.plugins.optim.problems.networks;

/**
 * The standard normal density, distribution function and the complementary error function, to about
 * 1e-16 absolute accuracy (Java has no erfc). erf(x) = (2/√π) e^(−x²) Σₙ 2ⁿ x^(2n+1) / (1·3·…·(2n+1))
 * for |x| &lt; 1.5 (a series of positive terms, no cancellation; Abramowitz &amp; Stegun 7.1.6) and, for
 * x ≥ 1.5, erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))) evaluated by the modified
 * Lentz method (A&amp;S 7.1.14), which keeps the tail's relative accuracy
 * (1 − erf would lose it: 1e-13 relative at x = 2.25, measured against mpmath) and needs at most ~90 terms there.
 */
final class NormalDistribution {

    private static final double SQRT_PI = Math.sqrt(Math.PI);
    private static final double SQRT_2 = Math.sqrt(2);
    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

    private NormalDistribution() {
    }

    /** φ(x) = e^(−x²/2)/√(2π). */
    static double density(double x) {
        return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
    }

    /** Φ(x) = P(Z ≤ x) = erfc(−x/√2)/2. */
    static double cdf(double x) {
        return 0.5 * erfc(-x / SQRT_2);
    }

    /** erfc(x) = 1 − erf(x). */
    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x < 0) {
            return 2 - erfc(-x);
        }
        if (x < 1.5) {
            return 1 - erfSeries(x);
        }
        return Math.exp(-x * x) / SQRT_PI * continuedFraction(x);
    }

    private static double erfSeries(double x) {
        double x2 = x * x;
        double term = x;
        double sum = x;
        for (int n = 1; n < 200; n++) {
            term *= 2 * x2 / (2 * n + 1);
            sum += term;
            if (term < 1e-17 * sum) {
                break;
            }
        }
        return 2 / SQRT_PI * Math.exp(-x2) * sum;
    }

    /** 1/(x + a₁/(x + a₂/(x + …))) with aₖ = k/2, by modified Lentz. */
    private static double continuedFraction(double x) {
        double tiny = 1e-300;
        double f = x;
        double c = x;
        double d = 0;
        for (int k = 1; k < 500; k++) {
            double a = 0.5 * k;
            d = x + a * d;
            d = d == 0 ? tiny : d;
            c = x + a / c;
            c = c == 0 ? tiny : c;
            d = 1 / d;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1) < 1e-16) {
                break;
            }
        }
        return 1 / f;
    }
}
