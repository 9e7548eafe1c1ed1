package org.banach.runtime.verify;

import org.banach.api.Certificate;
import org.banach.api.CertificateVerifier;
import org.banach.api.optim.NonlinearEquations;
import org.osgi.service.component.annotations.Component;

/**
 * Certifies a nonlinear-equations result by the relative residual ‖F(x)‖₂ / ‖F(x₀)‖₂, with F evaluated
 * from the problem at the returned x and at the problem's start x₀ (‖F(x)‖₂ when F(x₀) = 0), as
 * {@link RelativeResidualVerifier} does for a linear system's ‖b − A·x‖₂ / ‖b‖₂ from its zero start.
 * The norms are overflow-safe; the value is NaN when F(x) has a NaN entry (∞ when it overflows).
 */
@Component(service = CertificateVerifier.class,
        property = "banach.verifier.criterion=" + Certificate.RELATIVE_RESIDUAL)
public final class EquationsResidualVerifier implements CertificateVerifier<NonlinearEquations> {

    @Override
    public Class<NonlinearEquations> problemType() {
        return NonlinearEquations.class;
    }

    @Override
    public String criterion() {
        return Certificate.RELATIVE_RESIDUAL;
    }

    /** @throws IllegalArgumentException when x does not have the problem's dimension */
    @Override
    public Certificate verify(NonlinearEquations problem, double[] x, double tolerance) {
        if (x.length != problem.dimension()) {
            throw new IllegalArgumentException("solution has " + x.length + " entries but the problem has dimension "
                    + problem.dimension());
        }
        return Certificate.of(Certificate.RELATIVE_RESIDUAL, relativeResidual(problem, x), tolerance);
    }

    /** ‖F(x)‖₂ / ‖F(x₀)‖₂ (‖F(x)‖₂ when F(x₀) = 0 or is not finite). */
    public static double relativeResidual(NonlinearEquations problem, double[] x) {
        double r = residualNorm(problem, x);
        double r0 = residualNorm(problem, problem.start());
        return r0 == 0.0 || !Double.isFinite(r0) ? r : r / r0;
    }

    private static double residualNorm(NonlinearEquations problem, double[] x) {
        double[] f = new double[problem.equationCount()];
        problem.residual(x.clone(), f);
        return GradientNormVerifier.norm2(f);
    }
}
