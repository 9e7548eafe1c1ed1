package org.banach.plugins.optim.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Optional;

import org.banach.api.CertificateVerifier;
import org.banach.api.Problem;
import org.banach.api.Result;
import org.banach.api.Status;
import org.banach.api.Verification;
import org.banach.api.conformance.TestMonitor;
import org.banach.plugins.optim.problems.composite.CompositeProblemProvider;
import org.banach.plugins.optim.problems.composite.HingeSvm;
import org.banach.runtime.verify.CertificateCheck;
import org.banach.runtime.verify.GradientNormVerifier;
import org.banach.runtime.verify.OptimalityGapVerifier;
import org.banach.runtime.verify.ProxGradientMappingVerifier;
import org.junit.jupiter.api.Test;

/**
 * Every solver's claim agrees with what the runtime recomputes ({@link CertificateCheck}, as a job
 * does): converged runs are certified, and an iteration-limited run's failing claim is confirmed too.
 */
class RuntimeVerificationTest {

    static Verification check(Problem p, Result r, CertificateVerifier<?> v) {
        return CertificateCheck.check(p, r, Optional.of(v));
    }

    @Test
    void claimsAgreeWithTheRuntimeVerifiers() {
        var ls = Theorems.leastSquares("rank=0");
        Result sgd = Theorems.solve(new HandbookSgd(), ls, new TestMonitor(), 1, "batchSize=100", "tolerance=1e-9",
                "maxIterations=5000");
        Result shb = Theorems.solve(new HeavyBall(), ls, new TestMonitor(), 1, "maxIterations=50");
        var lasso = Theorems.lasso();
        Result gd = Theorems.solve(new ProxGradient(), lasso, new TestMonitor(), 0, "tolerance=1e-10");
        Result psgd = Theorems.solve(new ProxSgd(), lasso, new TestMonitor(), 1, "batchSize=100", "tolerance=1e-9");
        HingeSvm svm = (HingeSvm) new CompositeProblemProvider().create(HingeSvm.ID, new HashMap<>());
        Result sub = Theorems.solve(new SubgradientMethod(), svm, new TestMonitor(), 0, "stepRule=strongly-convex",
                "tolerance=1e-4", "maxIterations=100000");
        for (Result r : new Result[] {sgd, gd, psgd, sub}) {
            assertEquals(Status.CONVERGED, r.status(), String.valueOf(r));
        }
        assertEquals(Status.ITERATION_LIMIT, shb.status());
        Verification[] checks = {check(ls, sgd, new GradientNormVerifier()), check(ls, shb, new GradientNormVerifier()),
            check(lasso, gd, new ProxGradientMappingVerifier()), check(lasso, psgd, new ProxGradientMappingVerifier()),
            check(svm, sub, new OptimalityGapVerifier())};
        for (Verification v : checks) {
            assertTrue(v.agrees(), String.valueOf(v));
        }
        assertTrue(checks[0].satisfied() && checks[2].satisfied() && checks[3].satisfied() && checks[4].satisfied());
        assertTrue(!checks[1].satisfied(), "50 heavy-ball steps do not reach 1e-6, and the runtime says so");
    }
}
