package org.banach.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;

import org.banach.api.Platform;
import org.banach.api.Result;
import org.banach.api.RunSpec;
import org.banach.api.Status;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * A problem whose oracle starts returning NaN in the middle of a run (test/nan-after: finite for
 * six calls, NaN afterwards) stops each gradient solver of the optim plugin, run through the
 * platform, with NUMERICAL_ERROR, a message a person can act on, and the last finite iterate as
 * the solution, strictly better than the start. The runtime's recomputation on the broken oracle
 * cannot confirm convergence.
 */
@ExtendWith(ServiceExtension.class)
class NanMidRunEndsAtTheLastFiniteIterate {

    private static final Duration RESULT_DEADLINE = Duration.ofSeconds(30);
    private static final String NAN_AFTER = "test/nan-after";

    @InjectService(timeout = Itest.SERVICE_TIMEOUT_MS)
    Platform platform;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"optim.gd", "optim.lbfgs", "optim.nesterov"})
    void aNanMidRunEndsWithNumericalErrorAndAFiniteIterate(String solver) {
        Result r = Itest.result(platform.submit(RunSpec.builder(solver, NAN_AFTER).param("n", "10")
                .param("after", "6").build()), RESULT_DEADLINE);
        assertThat(r.status()).as("%s", r).isEqualTo(Status.NUMERICAL_ERROR);
        Itest.assertReadable(r.message());
        assertThat(r.message()).as("the message names the cause").containsIgnoringCase("NaN");
        double[] x = r.solution();
        assertThat(x).as("a solution comes back").isNotNull().hasSize(10);
        assertThat(Arrays.stream(x).allMatch(Double::isFinite)).as("finite iterate %s", Arrays.toString(x)).isTrue();
        // f(0) = ½ Σ (i+1) = 27.5; the last finite iterate is some progress from the start.
        assertThat(weighted(x)).as("objective at the returned point").isLessThan(27.5);
        assertThat(r.verification().satisfied()).as("verification %s", r.verification()).isFalse();
    }

    private static double weighted(double[] x) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += (i + 1) * (x[i] - 1) * (x[i] - 1);
        }
        return 0.5 * s;
    }
}
