package org.banach.runtime.verify;

import org.banach.api.Certificate;
import org.banach.api.CertificateVerifier;
import org.banach.api.optim.FixedPointMap;
import org.osgi.service.component.annotations.Component;

/**
 * Certifies a fixed-point result by a contraction around the returned point x, recomputed from the
 * problem's map g and Jacobian J. With r = ‖x − g(x)‖₂ and q₀ = ‖J(x)‖₂ (spectral norm), Banach's
 * a-posteriori bound puts the fixed point within r/(1 − q₀) of x; the verifier takes the ball B(x, ρ),
 * ρ = 2r/(1 − q₀), and the rate q = the largest ‖J‖₂ at x and at the 2n points x ± ρ·eᵢ. When q &lt; 1
 * and r ≤ (1 − q)ρ, g maps the ball into itself (‖g(y) − x‖ ≤ qρ + r ≤ ρ) and contracts there, so it
 * has its unique fixed point in the ball: the certificate is {@code contraction} with rate q (metric l2,
 * safe step 1), holding when q ≤ the run's tolerance. The Lipschitz bound is sampled, not an interval
 * bound. At a converged point ρ is tiny and q equals q₀ to rounding; far from a fixed point the ball is
 * large, and if its sampled rate reaches 1 or the ball is not mapped into itself the rate is NaN (no
 * contraction certified). q₀ ≥ 1 is reported as it is (it fails).
 */
@Component(service = CertificateVerifier.class, property = "banach.verifier.criterion=" + Certificate.CONTRACTION)
public final class ContractionVerifier implements CertificateVerifier<FixedPointMap> {

    @Override
    public Class<FixedPointMap> problemType() {
        return FixedPointMap.class;
    }

    @Override
    public String criterion() {
        return Certificate.CONTRACTION;
    }

    @Override
    public Certificate verify(FixedPointMap problem, double[] x, double tolerance) {
        int n = problem.dimension();
        if (x.length != n) {
            throw new IllegalArgumentException("solution has " + x.length + " entries but the problem has dimension " + n);
        }
        double r = residual(problem, x);
        double q0 = jacobianNorm(problem, x);
        if (!(q0 < 1) || !Double.isFinite(r)) {
            return contraction(Double.isFinite(r) ? q0 : Double.NaN, tolerance);
        }
        double rho = 2 * r / (1 - q0);
        double q = q0;
        double[] y = new double[n];
        for (int i = 0; i < n && rho > 0; i++) {
            for (int sign = -1; sign <= 1; sign += 2) {
                System.arraycopy(x, 0, y, 0, n);
                y[i] += sign * rho;
                double qi = jacobianNorm(problem, y);
                q = Double.isNaN(qi) ? Double.NaN : Math.max(q, qi);
            }
        }
        boolean selfMap = q < 1 && r <= (1 - q) * rho;
        return contraction(selfMap ? q : Double.NaN, tolerance);
    }

    /** ‖x − g(x)‖₂. */
    public static double residual(FixedPointMap problem, double[] x) {
        double[] gx = new double[x.length];
        problem.map(x.clone(), gx);
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            d[i] = x[i] - gx[i];
        }
        return GradientNormVerifier.norm2(d);
    }

    /** ‖J_g(x)‖₂. */
    public static double jacobianNorm(FixedPointMap problem, double[] x) {
        int n = x.length;
        double[] j = new double[n * n];
        problem.jacobian(x.clone(), j);
        return FixedPointMap.spectralNorm(j, n);
    }

    private static Certificate contraction(double rate, double tolerance) {
        return Certificate.contraction(rate, tolerance, "l2", 1.0);
    }
}
