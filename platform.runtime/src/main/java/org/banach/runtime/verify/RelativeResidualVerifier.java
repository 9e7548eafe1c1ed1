package org.banach.runtime.verify;

import org.banach.api.Certificate;
import org.banach.api.CertificateVerifier;
import org.banach.api.optim.CsrMatrix;
import org.banach.api.optim.LinearSystem;
import org.osgi.service.component.annotations.Component;

/**
 * Certifies a linear-system result by the relative residual ‖b − A·x‖₂ / ‖b‖₂ recomputed from the
 * problem's A and b and the returned x (‖A·x‖₂ when b = 0). Each residual entry b_i − Σ_k a_ik·x_k is
 * computed as if in twice the working precision (error-free products with {@link Math#fma} and
 * error-free sums, Ogita–Rump–Oishi Dot2) and rounded once, so the certificate is reliable down to
 * residuals of about u·‖b‖ even when b and A·x agree to every digit; the norms are overflow-safe.
 */
@Component(service = CertificateVerifier.class,
        property = "banach.verifier.criterion=" + Certificate.RELATIVE_RESIDUAL)
public final class RelativeResidualVerifier implements CertificateVerifier<LinearSystem> {

    @Override
    public Class<LinearSystem> problemType() {
        return LinearSystem.class;
    }

    @Override
    public String criterion() {
        return Certificate.RELATIVE_RESIDUAL;
    }

    /** @throws IllegalArgumentException when x does not have the system's dimension */
    @Override
    public Certificate verify(LinearSystem problem, double[] x, double tolerance) {
        CsrMatrix a = problem.matrix();
        if (x.length != a.cols()) {
            throw new IllegalArgumentException("solution has " + x.length + " entries but the system has dimension "
                    + a.cols());
        }
        return Certificate.of(Certificate.RELATIVE_RESIDUAL, relativeResidual(a, problem.rhs(), x, 0), tolerance);
    }

    /**
     * ‖b − A·x‖₂ / ‖b‖₂ (‖A·x‖₂ when b = 0) for x = {@code solution[offset .. offset + A.cols)}; NaN
     * when anything is NaN.
     *
     * @throws IllegalArgumentException when A is not square or b does not match it
     */
    public static double relativeResidual(CsrMatrix a, double[] b, double[] solution, int offset) {
        if (a.rows() != a.cols() || b.length != a.rows()) {
            throw new IllegalArgumentException("the system's matrix is " + a.rows() + "x" + a.cols()
                    + " and its right-hand side has " + b.length + " entries; a square system is needed");
        }
        double[] r = residual(a, b, solution, offset);
        double rn = GradientNormVerifier.norm2(r);
        double bn = GradientNormVerifier.norm2(b);
        return bn == 0.0 ? rn : rn / bn;
    }

    /** r = b − A·x, every entry accurate as if computed in twice the precision (Dot2) and then rounded. */
    static double[] residual(CsrMatrix a, double[] b, double[] solution, int offset) {
        int[] rowStart = a.rowStart();
        int[] columns = a.columns();
        double[] values = a.values();
        double[] r = new double[b.length];
        for (int i = 0; i < r.length; i++) {
            double s = b[i];
            double c = 0.0;
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                double av = values[k];
                double xv = solution[offset + columns[k]];
                double p = av * xv;
                double pe = Math.fma(av, xv, -p); // av·xv = p + pe exactly (when finite)
                double t = s - p;                 // TwoSum(s, −p): s − p = t + te exactly
                double bp = t - s;
                double te = (s - (t - bp)) + (-p - bp);
                s = t;
                c += te - pe;
            }
            double v = s + c;
            r[i] = Double.isNaN(v) && !Double.isNaN(s) ? s : v; // ∞ − ∞ inside the corrections: keep s
        }
        return r;
    }
}
