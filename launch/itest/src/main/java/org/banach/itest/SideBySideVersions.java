package org.banach.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.banach.api.Platform;
import org.banach.api.Result;
import org.banach.api.RunSpec;
import org.banach.api.SolverInfo;
import org.banach.api.Status;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.Version;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * Two versions of the same bundle installed at once (org.osgi.framework.bsnversion=managed allows
 * the same symbolic name with different versions): the platform lists both, an unpinned run binds
 * the highest version, a pinned range binds the version in range, and a range nothing satisfies is
 * refused with a message naming the installed versions.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class SideBySideVersions {

    private static final Duration RESULT_DEADLINE = Duration.ofSeconds(30);

    private static Bundle v2;
    private static Path originalJar;

    @InjectService(timeout = Itest.SERVICE_TIMEOUT_MS)
    Platform platform;

    @BeforeAll
    static void installVersion2BesideVersion1() throws Exception {
        BundleContext ctx = Itest.realContext();
        Bundle v1 = Itest.bundle(ctx, Itest.FIXTURES_BSN);
        assertThat(v1.getVersion()).isEqualTo(Version.parseVersion("1.0.0"));
        originalJar = Itest.jarPath(v1);
        Path copy = Itest.withVersion(originalJar, Itest.scratch("side-by-side").resolve("fixtures-2.0.0.jar"), "2.0.0");
        v2 = ctx.installBundle("reference:" + copy.toUri());
        v2.start();
        assertThat(Itest.bundles(ctx, Itest.FIXTURES_BSN)).hasSize(2);
    }

    @AfterAll
    static void uninstallVersion2() throws Exception {
        if (v2 != null && v2.getState() != Bundle.UNINSTALLED) {
            v2.uninstall();
        }
    }

    @BeforeEach
    void bothVersionsListed() throws Exception {
        if (v2.getState() != Bundle.ACTIVE) {
            v2.start();
        }
        Itest.await("test.steady 1.0.0 and 2.0.0 listed", Itest.DEADLINE,
                () -> Itest.versionsOf(platform, Itest.STEADY).equals(List.of("1.0.0", "2.0.0")));
    }

    @AfterEach
    void version2Active() throws Exception {
        if (v2.getState() != Bundle.ACTIVE) {
            v2.start();
        }
    }

    @Test
    void theCatalogListsBothVersionsFromTheSameBundleName() {
        List<SolverInfo> steady = platform.solvers().stream().filter(s -> s.id().equals(Itest.STEADY)).toList();
        assertThat(steady).extracting(SolverInfo::version).containsExactlyInAnyOrder("1.0.0", "2.0.0");
        assertThat(steady).extracting(SolverInfo::bundle).containsOnly(Itest.FIXTURES_BSN);
        assertThat(steady).allSatisfy(s -> assertThat(s.parameters()).extracting(p -> p.name()).contains("steps"));
    }

    @Test
    void anUnpinnedRunBindsTheHighestVersion() {
        Result r = run(Itest.STEADY);
        assertThat(r.status()).as("%s", r).isEqualTo(Status.CONVERGED);
        assertThat(r.solverVersion()).isEqualTo("2.0.0");
        assertThat(r.message()).contains("test.steady 2.0.0");
    }

    @Test
    void aPinnedRangeBindsTheVersionInRange() {
        Result r = run(Itest.STEADY + "@[1.0,2)");
        assertThat(r.status()).as("%s", r).isEqualTo(Status.CONVERGED);
        assertThat(r.solverVersion()).isEqualTo("1.0.0");
        assertThat(r.message()).contains("test.steady 1.0.0");

        Result exact = run(Itest.STEADY + "@[2.0.0,2.0.0]");
        assertThat(exact.solverVersion()).isEqualTo("2.0.0");
    }

    @Test
    void aRangeNoInstalledVersionSatisfiesIsRefusedNamingTheInstalledVersions() {
        RunSpec spec = Itest.steady(Itest.tag(), 1, 0).build();
        RunSpec pinned = RunSpec.builder(Itest.STEADY + "@[3,4)", spec.problemId()).build();
        assertThatThrownBy(() -> platform.submit(pinned))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Itest.STEADY)
                .hasMessageContaining("1.0.0")
                .hasMessageContaining("2.0.0")
                .satisfies(e -> Itest.assertReadable(e.getMessage()));
    }

    @Test
    void stoppingTheHighestVersionFallsBackToTheOlderOne() throws Exception {
        v2.stop();
        Itest.await("only test.steady 1.0.0 listed", Itest.DEADLINE,
                () -> Itest.versionsOf(platform, Itest.STEADY).equals(List.of("1.0.0")));
        assertThat(run(Itest.STEADY).solverVersion()).isEqualTo("1.0.0");
        assertThatThrownBy(() -> platform.submit(RunSpec.builder(Itest.STEADY + "@[2,3)", Itest.QUADRATIC).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.0.0")
                .satisfies(e -> Itest.assertReadable(e.getMessage()));
        v2.start();
        Itest.awaitListed(platform, Itest.STEADY, "2.0.0");
        assertThat(run(Itest.STEADY).solverVersion()).isEqualTo("2.0.0");
    }

    @Test
    void aHigherServiceRankingBeatsAHigherVersion(@InjectBundleContext BundleContext context) throws Exception {
        // A 1.5.0 copy whose test.steady component has service.ranking 10 (its XML rewritten).
        String xml = "OSGI-INF/org.banach.test.fixtures.SteadySolver.xml";
        Path copy = Itest.copyJar(originalJar, Itest.scratch("ranked").resolve("fixtures-1.5.0.jar"),
                Map.of(Constants.BUNDLE_VERSION, "1.5.0"), Map.of(xml, bytes -> new String(bytes, StandardCharsets.UTF_8)
                        .replace("<service>", "<property name=\"service.ranking\" type=\"Integer\" value=\"10\"/>\n  <service>")
                        .getBytes(StandardCharsets.UTF_8)));
        Bundle ranked = context.installBundle("reference:" + copy.toUri()); // uninstalled by osgi-test afterwards
        try {
            ranked.start();
            Itest.awaitListed(platform, Itest.STEADY, "1.5.0");
            assertThat(platform.solvers()).filteredOn(s -> s.id().equals(Itest.STEADY) && s.version().equals("1.5.0"))
                    .singleElement().extracting(SolverInfo::ranking).isEqualTo(10);
            assertThat(run(Itest.STEADY).solverVersion()).as("ranking 10 at 1.5.0 beats ranking 0 at 2.0.0")
                    .isEqualTo("1.5.0");
            assertThat(run(Itest.STEADY + "@[2,3)").solverVersion()).isEqualTo("2.0.0");
        } finally {
            ranked.uninstall();
        }
        Itest.await("test.steady 1.5.0 gone", Itest.DEADLINE,
                () -> Itest.versionsOf(platform, Itest.STEADY).equals(List.of("1.0.0", "2.0.0")));
        assertThat(run(Itest.STEADY).solverVersion()).isEqualTo("2.0.0");
    }

    private Result run(String solver) {
        String tag = Itest.tag();
        RunSpec spec = RunSpec.builder(solver, Itest.QUADRATIC).set("steps", "1").set("sleepMillis", "0")
                .set("tag", tag).build();
        Result r = Itest.result(platform.submit(spec), RESULT_DEADLINE);
        assertThat(Itest.ranVersion(tag)).as("version of the code that ran").isEqualTo(r.solverVersion());
        assertThat(Itest.invocations(tag)).isEqualTo(1);
        return r;
    }
}
