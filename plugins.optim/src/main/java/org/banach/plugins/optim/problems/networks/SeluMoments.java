package org.banach.plugins.optim.problems.networks;

import org.banach.api.backend.ElementwiseOp;

/**
 * The SELU moment map of Klambauer, Unterthiner, Mayr &amp; Hochreiter, <i>Self-Normalizing Neural
 * Networks</i>, NeurIPS 2017, eqs. (4)–(5): if the inputs of a unit have mean μ and variance ν and its
 * weights have sum ω and squared sum τ, the net input is z ~ N(μω, ντ) (the paper's CLT assumption) and
 * the unit's output selu(z) has mean μ̃ = E selu(z) and variance ν̃ = E selu(z)² − μ̃². With m = μω,
 * v = ντ, s = √v and Φ, φ the standard normal distribution and density:
 * <pre>
 *   μ̃/λ  = mΦ(m/s) + sφ(m/s) + α(e^(m+v/2) Φ(−(m+v)/s) − Φ(−m/s))
 *   ξ̃/λ² = (m²+v)Φ(m/s) + msφ(m/s) + α²(e^(2m+2v) Φ(−(m+2v)/s) − 2e^(m+v/2) Φ(−(m+v)/s) + Φ(−m/s))
 * </pre>
 * (the paper's erfc form, with erfc(x) = 2Φ(−√2 x)). The Jacobian comes from ∂/∂m E h(z) = E h′(z) and
 * ∂/∂v E h(z) = ½ E h″(z) (the heat equation for the Gaussian), where selu″ carries the jump λ(1 − α)δ(z)
 * of selu′ at 0 and (selu²)′ is continuous; the chain rule then multiplies the m-derivatives by ω and the
 * v-derivatives by τ. λ and α are the paper's constants ({@link ElementwiseOp#SELU_LAMBDA},
 * {@link ElementwiseOp#SELU_ALPHA}), chosen so that (0, 1) is the fixed point for ω = 0, τ = 1.
 */
final class SeluMoments {

    static final double LAMBDA = ElementwiseOp.SELU_LAMBDA;
    static final double ALPHA = ElementwiseOp.SELU_ALPHA;

    private final double omega;
    private final double tau;

    SeluMoments(double omega, double tau) {
        if (!(tau > 0) || !Double.isFinite(tau) || !Double.isFinite(omega)) {
            throw new IllegalArgumentException("the weights' squared sum tau must be finite and > 0 and omega finite, got omega = "
                    + omega + ", tau = " + tau);
        }
        this.omega = omega;
        this.tau = tau;
    }

    double omega() {
        return omega;
    }

    double tau() {
        return tau;
    }

    /** The Gaussian integrals at z ~ N(m, v) that every figure here is made of. */
    private static final class Integrals {
        final double m;
        final double v;
        final double s;
        final double pPos;   // Φ(m/s) = P(z > 0)
        final double pNeg;   // Φ(−m/s) = P(z ≤ 0)
        final double dens;   // φ(m/s)
        final double e1;     // E[e^z; z ≤ 0] = e^(m+v/2) Φ(−(m+v)/s)
        final double e2;     // E[e^(2z); z ≤ 0] = e^(2m+2v) Φ(−(m+2v)/s)

        Integrals(double m, double v) {
            this.m = m;
            this.v = v;
            this.s = Math.sqrt(v);
            this.pPos = NormalDistribution.cdf(m / s);
            this.pNeg = NormalDistribution.cdf(-m / s);
            this.dens = NormalDistribution.density(m / s);
            this.e1 = Math.exp(m + v / 2) * NormalDistribution.cdf(-(m + v) / s);
            this.e2 = Math.exp(2 * m + 2 * v) * NormalDistribution.cdf(-(m + 2 * v) / s);
        }
    }

    private Integrals at(double mu, double nu) {
        return new Integrals(mu * omega, nu * tau);
    }

    /** E selu(z). */
    private static double mean(Integrals g) {
        return LAMBDA * (g.m * g.pPos + g.s * g.dens + ALPHA * (g.e1 - g.pNeg));
    }

    /** E selu(z)². */
    private static double secondMoment(Integrals g) {
        return LAMBDA * LAMBDA * ((g.m * g.m + g.v) * g.pPos + g.m * g.s * g.dens
                + ALPHA * ALPHA * (g.e2 - 2 * g.e1 + g.pNeg));
    }

    /** Writes (μ̃, ν̃) for inputs (μ, ν) = (x[0], x[1]); NaN when ν ≤ 0 (no variance to map). */
    void map(double[] x, double[] out) {
        if (!(x[1] > 0)) {
            out[0] = Double.NaN;
            out[1] = Double.NaN;
            return;
        }
        Integrals g = at(x[0], x[1]);
        double mt = mean(g);
        out[0] = mt;
        out[1] = secondMoment(g) - mt * mt;
    }

    /** Writes the Jacobian [[∂μ̃/∂μ, ∂μ̃/∂ν], [∂ν̃/∂μ, ∂ν̃/∂ν]] at (μ, ν) = (x[0], x[1]), row-major. */
    void jacobian(double[] x, double[] out) {
        if (!(x[1] > 0)) {
            java.util.Arrays.fill(out, 0, 4, Double.NaN);
            return;
        }
        Integrals g = at(x[0], x[1]);
        double mt = mean(g);
        // E selu'(z), ½ E selu''(z) (with the jump λ(1 − α) at 0), E (selu²)'(z), ½ E (selu²)''(z)
        double dMeanDm = LAMBDA * (g.pPos + ALPHA * g.e1);
        double dMeanDv = 0.5 * LAMBDA * (ALPHA * g.e1 + (1 - ALPHA) * g.dens / g.s);
        double dSecondDm = 2 * LAMBDA * LAMBDA * (g.m * g.pPos + g.s * g.dens + ALPHA * ALPHA * (g.e2 - g.e1));
        double dSecondDv = LAMBDA * LAMBDA * (g.pPos + ALPHA * ALPHA * (2 * g.e2 - g.e1));
        out[0] = omega * dMeanDm;
        out[1] = tau * dMeanDv;
        out[2] = omega * (dSecondDm - 2 * mt * dMeanDm);
        out[3] = tau * (dSecondDv - 2 * mt * dMeanDv);
    }
}
