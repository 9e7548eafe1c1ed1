/**
 * Embedding API: starts the Banach runtime (Apache Felix with Declarative Services, FileInstall on a
 * deploy folder, the platform runtime and the plugins) inside a host program and hands it the
 * {@link org.banach.api.Platform} service. The {@code org.banach.api} packages are shared with the
 * host, so the host's {@code Platform}, {@code Result} and {@code RunSpec} classes are the bundles'
 * classes.
 *
 * <pre>
 * try (EmbeddedBanach banach = Banach.builder().bundles(Path.of("bundles")).start()) {
 *     Result r = banach.platform().submit(RunSpec.builder("optim.lbfgs", "optim/mgh/rosenbrock").build())
 *             .result().join();
 * }
 * </pre>
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.banach.launch.embed;
