package org.banach.runtime.verify;

import org.banach.api.Certificate;
import org.banach.api.CertificateVerifier;
import org.banach.api.games.VariationalInequality;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code operator-residual} certificate of a point z of a variational inequality VI(F, Z): the
 * natural residual ‖z − P_Z(z − F(z))‖₂, zero exactly at solutions (‖F(z)‖₂ when Z is the whole
 * space), from the problem's operator and projection. A point of the wrong length, or one where F is
 * not finite, cannot be certified: NaN.
 */
@Component(service = CertificateVerifier.class, property = "banach.verifier.criterion=" + Certificate.OPERATOR_RESIDUAL)
public final class OperatorResidualVerifier implements CertificateVerifier<VariationalInequality> {

    @Override
    public Class<VariationalInequality> problemType() {
        return VariationalInequality.class;
    }

    @Override
    public String criterion() {
        return Certificate.OPERATOR_RESIDUAL;
    }

    @Override
    public Certificate verify(VariationalInequality problem, double[] z, double tolerance) {
        return Certificate.of(Certificate.OPERATOR_RESIDUAL, naturalResidual(problem, z), tolerance);
    }

    /** ‖z − P_Z(z − F(z))‖₂, or NaN. */
    public static double naturalResidual(VariationalInequality problem, double[] z) {
        int d = problem.dimension();
        if (z.length != d) {
            return Double.NaN;
        }
        double[] f = new double[d];
        problem.operator(z.clone(), f);
        double[] step = new double[d];
        for (int i = 0; i < d; i++) {
            step[i] = z[i] - f[i];
        }
        problem.project(step);
        double[] r = new double[d];
        for (int i = 0; i < d; i++) {
            r[i] = z[i] - step[i];
        }
        double norm = GradientNormVerifier.norm2(r);
        return Double.isFinite(norm) ? norm : Double.NaN;
    }
}
