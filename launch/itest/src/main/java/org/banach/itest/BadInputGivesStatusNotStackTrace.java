package org.banach.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.assertj.core.api.AbstractThrowableAssert;
import org.banach.api.Job;
import org.banach.api.JobState;
import org.banach.api.Platform;
import org.banach.api.Result;
import org.banach.api.RunSpec;
import org.banach.api.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * Whatever a person or a solver gets wrong ends as an IllegalArgumentException at submit or as a
 * result with a status, and every message is a sentence a person can act on, never a bare
 * exception class name or a stack trace. The runtime keeps serving throughout.
 */
@ExtendWith(ServiceExtension.class)
class BadInputGivesStatusNotStackTrace {

    private static final Duration RESULT_DEADLINE = Duration.ofSeconds(30);

    @InjectService(timeout = Itest.SERVICE_TIMEOUT_MS)
    Platform platform;

    // ---- refused at submit ----------------------------------------------------------------------

    @Test
    void anUnknownSolverIsRefusedByName() {
        refused(RunSpec.builder("no.such.solver", Itest.QUADRATIC).build()).hasMessageContaining("no.such.solver")
                .hasMessageContaining(Itest.LBFGS);
    }

    @Test
    void aMalformedVersionRangeIsRefused() {
        refused(RunSpec.builder(Itest.STEADY + "@[1,,", Itest.QUADRATIC).build()).hasMessageContaining("[1,,");
    }

    @Test
    void anUnknownProblemIsRefusedByName() {
        refused(RunSpec.builder(Itest.LBFGS, "optim/no-such-problem").build())
                .hasMessageContaining("optim/no-such-problem");
    }

    @Test
    void aBadProblemParameterIsRefusedNamingTheParameterAndItsRange() {
        refused(RunSpec.builder(Itest.LBFGS, Itest.QUADRATIC).param("n", "0").build())
                .hasMessageContaining("'n'").hasMessageContaining("[1, 100000]");
        refused(RunSpec.builder(Itest.LBFGS, Itest.QUADRATIC).param("dim", "3").build())
                .hasMessageContaining("dim");
    }

    @Test
    void aWrongDimensionForAnOptimProblemIsRefused() {
        refused(RunSpec.builder(Itest.LBFGS, "optim/rosenbrock").param("n", "1").build())
                .hasMessageContaining("optim/rosenbrock").hasMessageContaining("'n'").hasMessageContaining("[2, ");
        // The extended variant sums over disjoint pairs, so n must be even.
        refused(RunSpec.builder(Itest.LBFGS, "optim/rosenbrock").param("n", "3").param("variant", "extended").build())
                .hasMessageContaining("'n'").hasMessageContaining("even");
        // The MGH instances have a fixed dimension and take no parameters.
        refused(RunSpec.builder(Itest.LBFGS, Itest.ROSENBROCK).param("n", "4").build())
                .hasMessageContaining(Itest.ROSENBROCK);
    }

    @Test
    void anUnknownSettingIsRefusedNamingTheSettingAndTheKnownOnes() {
        refused(RunSpec.builder(Itest.LBFGS, Itest.QUADRATIC).set("noSuchSetting", "1").build())
                .hasMessageContaining("noSuchSetting").hasMessageContaining("known");
    }

    @Test
    void anOutOfRangeSettingIsRefusedNamingTheRange() {
        refused(Itest.steady(Itest.tag(), -1, 0).build()).hasMessageContaining("steps")
                .hasMessageContaining("[0, 1000000]");
    }

    @Test
    void aNonNumericSettingIsRefusedQuotingTheValue() {
        refused(RunSpec.builder(Itest.STEADY, Itest.QUADRATIC).set("steps", "many").build())
                .hasMessageContaining("steps").hasMessageContaining("many");
    }

    @Test
    void aNegativeTimeLimitIsRefused() {
        refused(Itest.steady(Itest.tag(), 1, 0).timeLimitSeconds(-1).build()).hasMessageContaining("time limit");
    }

    // ---- ends with a status -------------------------------------------------------------------

    @Test
    void aSolverThatThrowsGivesFailedWithItsMessage() {
        Result r = run(RunSpec.builder(Itest.THROWS, Itest.QUADRATIC).build());
        assertThat(r.status()).as("%s", r).isEqualTo(Status.FAILED);
        assertThat(r.message()).contains("boom");
        Itest.assertReadable(r.message());
        assertThat(r.solverId()).isEqualTo(Itest.THROWS);
        assertThat(r.solverVersion()).isEqualTo("1.0.0");
    }

    @Test
    void aClaimedConvergenceWithANanSolutionIsNotConfirmed() {
        Result r = run(RunSpec.builder(Itest.NAN, Itest.QUADRATIC).set("mode", "solution").build());
        assertNanNotConfirmed(r);
    }

    @Test
    void aClaimedConvergenceWithANanObjectiveIsNotConfirmed() {
        Result r = run(RunSpec.builder(Itest.NAN, Itest.QUADRATIC).set("mode", "objective").build());
        assertNanNotConfirmed(r);
    }

    @Test
    void anObjectiveThatIsNanEverywhereEndsInANumericalStatus() {
        Result r = run(RunSpec.builder(Itest.LBFGS, Itest.NAN_OBJECTIVE).build());
        assertThat(r.status()).as("optim.lbfgs on a NaN objective: %s", r)
                .isIn(Status.NUMERICAL_ERROR, Status.DIVERGED, Status.FAILED);
        Itest.assertReadable(r.message());
        assertThat(r.verification()).isNotNull();
        assertThat(r.verification().satisfied()).isFalse();
    }

    /**
     * {@code onInterrupt}: what test.hang does when the runtime finally interrupts it: return a
     * FAILED result, throw, or ignore the interrupt (so the runtime can only abandon the thread).
     * The job's status is TIME_LIMIT in all three cases.
     */
    @ParameterizedTest(name = "onInterrupt={0}")
    @ValueSource(strings = {"return", "throw", "ignore"})
    void aHangingSolverHitsItsTimeLimitWhileOtherJobsComplete(String onInterrupt) {
        String tag = Itest.tag();
        long t0 = System.nanoTime();
        Job hang = platform.submit(RunSpec.builder(Itest.HANG, Itest.QUADRATIC).set("seconds", "60")
                .set("onInterrupt", onInterrupt).set("tag", tag).timeLimitSeconds(1).build());
        Itest.await("test.hang to start", Itest.DEADLINE, () -> Itest.invocations(tag) == 1);

        Result other = run(RunSpec.builder(Itest.LBFGS, Itest.QUADRATIC).build());
        assertThat(other.status()).as("another job while test.hang blocks: %s", other).isEqualTo(Status.CONVERGED);

        Result r = Itest.result(hang, Duration.ofSeconds(10));
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertThat(r.status()).as("%s", r).isEqualTo(Status.TIME_LIMIT);
        assertThat(seconds).as("seconds until the TIME_LIMIT result").isLessThan(8);
        Itest.assertReadable(r.message());
        assertThat(r.message()).as("the message says the time limit was reached").contains("time limit");
        assertThat(r.solverVersion()).isEqualTo("1.0.0");
        assertThat(hang.state()).isEqualTo(JobState.DONE);
    }

    @ParameterizedTest(name = "onInterrupt={0}")
    @ValueSource(strings = {"return", "throw", "ignore"})
    void cancellingAHangingSolverGivesCancelled(String onInterrupt) {
        String tag = Itest.tag();
        Job hang = platform.submit(RunSpec.builder(Itest.HANG, Itest.QUADRATIC).set("seconds", "60")
                .set("onInterrupt", onInterrupt).set("tag", tag).build());
        Itest.await("test.hang to start", Itest.DEADLINE,
                () -> hang.state() == JobState.RUNNING && Itest.invocations(tag) == 1);
        long t0 = System.nanoTime();
        assertThat(platform.cancel(hang.id())).as("cancel of a running job").isTrue();
        Result r = Itest.result(hang, Duration.ofSeconds(10));
        assertThat((System.nanoTime() - t0) / 1e9).as("seconds until the CANCELLED result").isLessThan(6);
        assertThat(r.status()).as("%s", r).isEqualTo(Status.CANCELLED);
        Itest.assertReadable(r.message());
        assertThat(platform.cancel(hang.id())).as("cancel of a finished job").isFalse();
        assertThat(hang.cancel()).as("Job.cancel of a finished job").isFalse();
        assertThat(platform.cancel("job-does-not-exist")).isFalse();
    }

    @Test
    void aCooperativeSolverStopsAtItsTimeLimitWithItsOwnResult() {
        long t0 = System.nanoTime();
        Result r = run(Itest.steady(Itest.tag(), 100_000, 20).timeLimitSeconds(1).build());
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(5);
        assertThat(r.status()).as("%s", r).isEqualTo(Status.TIME_LIMIT);
        assertThat(r.message()).as("the solver's own message").contains("stopped after");
        assertThat(r.solution()).as("the solver's last iterate").hasSize(2);
    }

    @Test
    void cancellingACooperativeSolverGivesCancelledWithItsOwnResult() {
        String tag = Itest.tag();
        Job j = platform.submit(Itest.steady(tag, 100_000, 20).build());
        Itest.await("test.steady to start", Itest.DEADLINE, () -> Itest.invocations(tag) == 1);
        assertThat(j.cancel()).isTrue();
        Result r = Itest.result(j, Duration.ofSeconds(10));
        assertThat(r.status()).as("%s", r).isEqualTo(Status.CANCELLED);
        assertThat(r.message()).contains("stopped after");
        Itest.assertReadable(r.message());
    }

    // ---- helpers --------------------------------------------------------------------------------

    private AbstractThrowableAssert<?, ? extends Throwable> refused(RunSpec spec) {
        return assertThatThrownBy(() -> platform.submit(spec)).as("submit(%s)", spec)
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> Itest.assertReadable(e.getMessage()));
    }

    private Result run(RunSpec spec) {
        Result r = Itest.result(platform.submit(spec), RESULT_DEADLINE);
        assertThat(r.status()).isNotNull();
        return r;
    }

    /**
     * A NaN answer may keep the solver's status only if the runtime's verification visibly refuses
     * it (not satisfied, disagreeing with the claim, with a message); otherwise it must be
     * NUMERICAL_ERROR.
     */
    private static void assertNanNotConfirmed(Result r) {
        assertThat(r.verification()).as("verification of %s", r).isNotNull();
        assertThat(r.verification().satisfied()).as("verified: %s", r.verification()).isFalse();
        if (r.status() != Status.NUMERICAL_ERROR) {
            assertThat(r.verification().agrees()).as("verification agrees with a NaN claim: %s", r.verification())
                    .isFalse();
            Itest.assertReadable(r.verification().message());
        }
    }
}
