package org.banach.runtime.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.banach.api.Result;
import org.banach.api.Status;
import org.junit.jupiter.api.Test;

/** Which CONVERGED claims the runtime overrules as NUMERICAL_ERROR. */
class NonFiniteClaimTest {

    static Result claim(double objective, double... x) {
        return Result.builder(Status.CONVERGED).objective(objective).solution(x).build();
    }

    @Test
    void aFamilyWithoutObjectiveReportsNaNAndIsNotOverruled() {
        assertTrue(PlatformComponent.finite(claim(Double.NaN, 1, 2, 3)), "linear systems have no objective");
        assertTrue(PlatformComponent.finite(claim(0.5, 1, 2)));
    }

    @Test
    void aNonFinitePointOrAnInfiniteObjectiveIsOverruled() {
        assertFalse(PlatformComponent.finite(claim(0.5, 1, Double.NaN)));
        assertFalse(PlatformComponent.finite(claim(0.5, Double.POSITIVE_INFINITY)));
        assertFalse(PlatformComponent.finite(claim(Double.NEGATIVE_INFINITY, 1)));
    }
}
