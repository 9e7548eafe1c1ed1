package org.banach.runtime.verify;

import java.util.Optional;

import org.banach.api.Certificate;
import org.banach.api.CertificateVerifier;
import org.banach.api.Problem;
import org.banach.api.Result;
import org.banach.api.Verification;

/**
 * Recomputes a result's certificate with the family's verifier and compares it with the solver's
 * claim. The verifier gets the whole result ({@link CertificateVerifier#verify(Problem, Result, double)}),
 * so families that need a run setting (optimal transport's {@code epsilon}) can read it; by default that
 * is the solution-only check. The claim and the check agree when they reach the same verdict and their values differ by
 * at most {@link #RELATIVE_AGREEMENT} relatively (or both lie below a tenth of the tolerance).
 */
public final class CertificateCheck {

    static final double RELATIVE_AGREEMENT = 1e-3;

    /** Default tolerance when the solver made no claim. */
    static final double DEFAULT_TOLERANCE = 1e-6;

    private CertificateCheck() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Verification check(Problem problem, Result result, Optional<CertificateVerifier<?>> verifier) {
        Certificate claim = result.certificate();
        double tol = claim != null && Double.isFinite(claim.tolerance()) ? claim.tolerance() : DEFAULT_TOLERANCE;
        if (verifier.isEmpty()) {
            return new Verification(claim == null ? null : claim.criterion(), Double.NaN, tol, false, claim == null,
                    "no verifier is installed for the family " + problem.family() + "; the claim is unchecked");
        }
        CertificateVerifier v = verifier.get();
        double[] x = result.solution();
        if (x.length == 0) {
            return new Verification(v.criterion(), Double.NaN, tol, false, claim == null || !claim.satisfied(),
                    "the run returned no point, so there is nothing to certify");
        }
        Certificate verified;
        try {
            verified = v.verify(problem, result, tol);
        } catch (RuntimeException e) {
            return new Verification(v.criterion(), Double.NaN, tol, false, claim == null || !claim.satisfied(),
                    "the verifier could not evaluate the returned point: " + e.getMessage());
        }
        boolean satisfied = verified.satisfied() && Double.isFinite(verified.value());
        if (claim == null) {
            return new Verification(verified.criterion(), verified.value(), tol, satisfied, true,
                    "the solver made no claim");
        }
        if (!claim.criterion().equals(verified.criterion())) {
            return new Verification(verified.criterion(), verified.value(), tol, satisfied, claim.satisfied() == satisfied,
                    "the solver claimed " + claim.criterion() + " but the family is certified by " + verified.criterion());
        }
        boolean sameVerdict = claim.satisfied() == satisfied;
        boolean closeValues = close(claim.value(), verified.value(), tol);
        boolean agrees = sameVerdict && closeValues;
        String message = null;
        if (!agrees) {
            message = "the solver claimed " + claim.criterion() + " = " + claim.value() + (claim.satisfied() ? " (holds)" : " (fails)")
                    + " but the runtime recomputed " + verified.value() + (satisfied ? " (holds)" : " (fails)")
                    + " against tolerance " + tol;
        }
        return new Verification(verified.criterion(), verified.value(), tol, satisfied, agrees, message);
    }

    static boolean close(double claimed, double verified, double tol) {
        if (Double.isNaN(claimed) || Double.isNaN(verified)) {
            return Double.isNaN(claimed) && Double.isNaN(verified);
        }
        if (Math.abs(claimed) <= 0.1 * tol && Math.abs(verified) <= 0.1 * tol) {
            return true;
        }
        return Math.abs(claimed - verified) <= RELATIVE_AGREEMENT * Math.max(Math.abs(claimed), Math.abs(verified));
    }
}
