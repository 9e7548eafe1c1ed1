package org.banach.itest;

import static org.assertj.core.api.Assertions.assertThat;

import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.optim.SmoothObjective;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The plugins' DS components come up in a real framework: the optim solvers and the fixture solvers
 * are registered as {@link Solver} services with the id and family properties the runtime reads.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
@SuppressWarnings({"rawtypes", "unchecked"})
class SolverServicesAreRegistered {

    @InjectBundleContext
    BundleContext context;

    @Test
    void optimSolversAreRegisteredWithIdAndFamily(
            @InjectService(cardinality = 0, filter = "(" + SolverProperties.ID + "=" + Itest.LBFGS + ")") ServiceAware<Solver> lbfgs,
            @InjectService(cardinality = 0, filter = "(" + SolverProperties.ID + "=" + Itest.GD + ")") ServiceAware<Solver> gd)
            throws InterruptedException {
        for (ServiceAware<Solver> s : java.util.List.of(lbfgs, gd)) {
            Solver<?> solver = s.waitForService(Itest.SERVICE_TIMEOUT_MS);
            assertThat(solver).as("solver service").isNotNull();
            assertThat(solver.problemType()).isEqualTo(SmoothObjective.class);
            assertThat(solver.parameters()).isNotEmpty();
            ServiceReference<Solver> ref = s.getServiceReference();
            assertThat(ref.getProperty(SolverProperties.PROBLEM)).isEqualTo(SmoothObjective.FAMILY);
            assertThat(ref.getBundle().getSymbolicName()).isEqualTo(Itest.OPTIM_BSN);
        }
    }

    @Test
    void fixtureSolversAreRegistered(
            @InjectService(cardinality = 0, filter = "(" + SolverProperties.ID + "=test.*)") ServiceAware<Solver> fixtures)
            throws InterruptedException {
        Itest.await("four fixture solver services", Itest.DEADLINE, () -> fixtures.size() == 4);
        for (ServiceReference<Solver> ref : fixtures.getServiceReferences()) {
            assertThat(ref.getBundle().getSymbolicName()).isEqualTo(Itest.FIXTURES_BSN);
            assertThat(ref.getBundle().getVersion().toString()).isEqualTo("1.0.0");
            assertThat(ref.getProperty(SolverProperties.PROBLEM)).isEqualTo(SmoothObjective.FAMILY);
        }
        Bundle fx = Itest.bundle(context, Itest.FIXTURES_BSN);
        assertThat(fx.getState()).isEqualTo(Bundle.ACTIVE);
        assertThat(Itest.jarPath(fx)).exists();
    }
}
