package org.banach.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.banach.api.Job;
import org.banach.api.Platform;
import org.banach.api.Result;
import org.banach.api.RunSpec;
import org.banach.api.Solver;
import org.banach.api.SolverProperties;
import org.banach.api.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * Bundles that fail to start or whose components fail do not take the runtime down: after each
 * failure the platform still lists its solvers and solves {@code optim/mgh/rosenbrock}. The broken
 * bundles are built at test time and installed through the osgi-test context, which uninstalls them
 * after each test.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class FailingActivationLeavesRuntimeServing {

    private static final Duration RESULT_DEADLINE = Duration.ofSeconds(30);

    @InjectService(timeout = Itest.SERVICE_TIMEOUT_MS)
    Platform platform;

    @InjectBundleContext
    BundleContext context;

    @AfterEach
    void runtimeStillServes() {
        assertThat(Itest.versionsOf(platform, Itest.LBFGS)).containsExactly("1.0.0");
        assertThat(Itest.lists(platform, Itest.GD)).isTrue();
        Result r = Itest.result(platform.submit(RunSpec.builder(Itest.LBFGS, Itest.ROSENBROCK).build()),
                RESULT_DEADLINE);
        assertThat(r.status()).as("optim.lbfgs on %s: %s", Itest.ROSENBROCK, r).isEqualTo(Status.CONVERGED);
        assertThat(r.verification()).isNotNull();
        assertThat(r.verification().satisfied()).as("verified: %s", r.verification()).isTrue();
    }

    @Test
    void aBundleWhoseActivatorClassIsMissingFailsToStart() throws Exception {
        Path jar = Itest.jar(Itest.scratch("broken").resolve("missing-activator.jar"), Map.of(
                Constants.BUNDLE_MANIFESTVERSION, "2",
                Constants.BUNDLE_SYMBOLICNAME, "org.banach.itest.broken.activator",
                Constants.BUNDLE_VERSION, "1.0.0",
                Constants.BUNDLE_ACTIVATOR, "org.banach.itest.broken.NoSuchActivator"), Map.of());
        Bundle b = context.installBundle("reference:" + jar.toUri());
        assertThatThrownBy(b::start).isInstanceOf(BundleException.class);
        assertThat(b.getState()).isNotEqualTo(Bundle.ACTIVE);
    }

    @Test
    void aBundleThatCannotResolveFailsToStart() throws Exception {
        Path jar = Itest.jar(Itest.scratch("broken").resolve("unresolvable.jar"), Map.of(
                Constants.BUNDLE_MANIFESTVERSION, "2",
                Constants.BUNDLE_SYMBOLICNAME, "org.banach.itest.broken.unresolvable",
                Constants.BUNDLE_VERSION, "1.0.0",
                Constants.IMPORT_PACKAGE, "org.banach.no.such.pkg;version=\"[1,2)\""), Map.of());
        Bundle b = context.installBundle("reference:" + jar.toUri());
        assertThatThrownBy(b::start).isInstanceOf(BundleException.class);
        assertThat(b.getState()).isEqualTo(Bundle.INSTALLED);
    }

    @Test
    void aSolverComponentWhoseActivateThrowsIsNotBoundAndIsRefusedCleanly() throws Exception {
        Bundle b = installComponentBundle("activate", "ActivateThrows", "test.broken.activate", true);
        b.start();
        Itest.await("the test.broken.activate service to be registered", Itest.DEADLINE,
                () -> serviceRegistered("test.broken.activate"));

        assertThat(platform.solvers()).as("the catalog still lists the optim solvers").isNotEmpty();
        RunSpec spec = RunSpec.builder("test.broken.activate", Itest.ROSENBROCK).build();
        Job job;
        try {
            job = platform.submit(spec);
        } catch (IllegalArgumentException refused) {
            Itest.assertReadable(refused.getMessage());
            assertThat(refused.getMessage()).contains("test.broken.activate");
            return;
        }
        Result r = Itest.result(job, RESULT_DEADLINE);
        assertThat(r.status()).as("%s", r).isEqualTo(Status.FAILED);
        Itest.assertReadable(r.message());
    }

    @Test
    void aSolverWhoseParameterTableThrowsIsRefusedCleanly() throws Exception {
        Bundle b = installComponentBundle("params", "ParametersThrow", "test.broken.params", false);
        b.start();
        Itest.awaitListed(platform, "test.broken.params", "1.0.0");
        assertThat(platform.solvers()).as("listing survives a solver whose parameters() throws")
                .anySatisfy(s -> assertThat(s.id()).isEqualTo("test.broken.params"));

        RunSpec spec = RunSpec.builder("test.broken.params", Itest.ROSENBROCK).build();
        Job job;
        try {
            job = platform.submit(spec);
        } catch (RuntimeException refused) {
            assertThat(refused).as("a refusal is an IllegalArgumentException naming the solver")
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(refused.getMessage()).contains("test.broken.params");
            Itest.assertReadable(refused.getMessage());
            return;
        }
        Result r = Itest.result(job, RESULT_DEADLINE);
        assertThat(r.status()).as("%s", r).isEqualTo(Status.FAILED);
        Itest.assertReadable(r.message());
    }

    private boolean serviceRegistered(String id) {
        try {
            return !context.getServiceReferences(Solver.class, "(" + SolverProperties.ID + "=" + id + ")").isEmpty();
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new AssertionError(e);
        }
    }

    /** A bundle with one DS component (hand-written XML) whose class is copied from the test bundle. */
    private Bundle installComponentBundle(String name, String simpleClass, String solverId, boolean withActivate)
            throws Exception {
        String cls = "org.banach.itest.broken." + simpleClass;
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\"" + cls + "\""
                + (withActivate ? " activate=\"activate\"" : "") + ">\n"
                + "  <property name=\"" + SolverProperties.ID + "\" value=\"" + solverId + "\"/>\n"
                + "  <property name=\"" + SolverProperties.PROBLEM + "\" value=\"optim.smooth\"/>\n"
                + "  <service><provide interface=\"org.banach.api.Solver\"/></service>\n"
                + "  <implementation class=\"" + cls + "\"/>\n"
                + "</scr:component>\n";
        Map<String, byte[]> entries = new LinkedHashMap<>();
        String classFile = cls.replace('.', '/') + ".class";
        entries.put(classFile, Itest.ownEntry(classFile));
        entries.put("OSGI-INF/component.xml", xml.getBytes(StandardCharsets.UTF_8));
        Map<String, String> mf = new LinkedHashMap<>();
        mf.put(Constants.BUNDLE_MANIFESTVERSION, "2");
        mf.put(Constants.BUNDLE_SYMBOLICNAME, "org.banach.itest.broken." + name);
        mf.put(Constants.BUNDLE_VERSION, "1.0.0");
        mf.put(Constants.IMPORT_PACKAGE, "org.banach.api;version=\"[1.0,2)\",org.banach.api.optim;version=\"[1.0,2)\"");
        mf.put("Service-Component", "OSGI-INF/component.xml");
        Path jar = Itest.jar(Itest.scratch("broken").resolve(name + ".jar"), mf, entries);
        return context.installBundle("reference:" + jar.toUri());
    }
}
