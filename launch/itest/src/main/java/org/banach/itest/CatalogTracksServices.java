package org.banach.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.banach.api.Platform;
import org.banach.api.ProblemDescriptor;
import org.banach.api.Result;
import org.banach.api.RunSpec;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * Platform.solvers() and Platform.problems() follow the services: stopping a plugin removes its
 * solvers and problems at once, starting or updating it brings each back exactly once.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SuppressWarnings("rawtypes")
class CatalogTracksServices {

    private static final Duration RESULT_DEADLINE = Duration.ofSeconds(30);

    @InjectService(timeout = Itest.SERVICE_TIMEOUT_MS)
    Platform platform;

    @InjectService(cardinality = 0, filter = "(" + SolverProperties.ID + "=" + Itest.LBFGS + ")")
    ServiceAware<Solver> lbfgs;

    @AfterEach
    void pluginsActive() throws Exception {
        for (String bsn : List.of(Itest.OPTIM_BSN, Itest.FIXTURES_BSN)) {
            Bundle b = Itest.bundle(Itest.realContext(), bsn);
            if (b.getState() != Bundle.ACTIVE) {
                b.start();
            }
        }
        Itest.awaitListed(platform, Itest.LBFGS, "1.0.0");
        Itest.awaitListed(platform, Itest.STEADY, "1.0.0");
    }

    @Test
    @Order(1)
    void stoppingTheOptimPluginRemovesItsSolversAndProblemsAndStartingRestoresThem() throws Exception {
        Bundle optim = Itest.bundle(Itest.realContext(), Itest.OPTIM_BSN);
        assertThat(lbfgs.waitForService(Itest.SERVICE_TIMEOUT_MS)).isNotNull();
        assertThat(Itest.versionsOf(platform, Itest.LBFGS)).containsExactly("1.0.0");
        assertThat(problemIds()).contains(Itest.ROSENBROCK);

        optim.stop();
        assertThat(lbfgs.isEmpty()).as("the optim.lbfgs service is gone").isTrue();
        Itest.awaitNotListed(platform, Itest.LBFGS);
        Itest.awaitNotListed(platform, Itest.GD);
        assertThat(problemIds()).doesNotContain(Itest.ROSENBROCK).contains(Itest.QUADRATIC);
        assertThatThrownBy(() -> platform.submit(RunSpec.builder(Itest.LBFGS, Itest.QUADRATIC).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(Itest.LBFGS)
                .satisfies(e -> Itest.assertReadable(e.getMessage()));
        assertThat(Itest.lists(platform, Itest.STEADY)).as("other plugins' solvers stay").isTrue();

        optim.start();
        assertThat(lbfgs.waitForService(Itest.SERVICE_TIMEOUT_MS)).isNotNull();
        Itest.awaitListed(platform, Itest.LBFGS, "1.0.0");
        assertThat(Itest.versionsOf(platform, Itest.LBFGS)).as("listed once").containsExactly("1.0.0");
        Itest.await("the optim problems to be listed again", Itest.DEADLINE, () -> problemIds().contains(Itest.ROSENBROCK));
        Result r = Itest.result(platform.submit(RunSpec.builder(Itest.LBFGS, Itest.ROSENBROCK).build()), RESULT_DEADLINE);
        assertThat(r.status()).as("%s", r).isEqualTo(Status.CONVERGED);
    }

    @Test
    @Order(2)
    void updatingTheOptimPluginInPlaceListsEachSolverOnce() throws Exception {
        Bundle optim = Itest.bundle(Itest.realContext(), Itest.OPTIM_BSN);
        long before = lbfgs.getTrackingCount();
        optim.update();
        Itest.await("optim.lbfgs to be re-registered", Itest.DEADLINE,
                () -> lbfgs.getTrackingCount() >= before + 2 && !lbfgs.isEmpty());
        Itest.awaitListed(platform, Itest.LBFGS, "1.0.0");
        assertThat(Itest.versionsOf(platform, Itest.LBFGS)).containsExactly("1.0.0");
        assertThat(Itest.versionsOf(platform, Itest.GD)).containsExactly("1.0.0");
        assertThat(problemIds().stream().filter(Itest.ROSENBROCK::equals).count()).isEqualTo(1);
        Result r = Itest.result(platform.submit(RunSpec.builder(Itest.GD, Itest.QUADRATIC).build()), RESULT_DEADLINE);
        assertThat(r.status()).as("%s", r).isEqualTo(Status.CONVERGED);
    }

    @Test
    @Order(3)
    void stoppingTheFixturesRemovesTheTestSolversAndProblems() throws Exception {
        Bundle fixtures = Itest.bundle(Itest.realContext(), Itest.FIXTURES_BSN);
        fixtures.stop();
        for (String id : List.of(Itest.STEADY, Itest.HANG, Itest.THROWS, Itest.NAN)) {
            Itest.awaitNotListed(platform, id);
        }
        assertThat(problemIds()).doesNotContain(Itest.QUADRATIC, Itest.NAN_OBJECTIVE);
        assertThat(Itest.lists(platform, Itest.LBFGS)).isTrue();
        fixtures.start();
        Itest.awaitListed(platform, Itest.STEADY, "1.0.0");
        assertThat(Itest.versionsOf(platform, Itest.STEADY)).containsExactly("1.0.0");
        Itest.await("test/quadratic listed again", Itest.DEADLINE, () -> problemIds().contains(Itest.QUADRATIC));
    }

    private List<String> problemIds() {
        return platform.problems().stream().map(ProblemDescriptor::id).toList();
    }
}
