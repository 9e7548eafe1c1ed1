/**
 * The core of the Banach platform API: problems, solvers and their parameters, the monitor a solver
 * talks to, results with their certificates, verifiers, problem providers and the {@link org.banach.api.Platform}
 * facade. Interfaces and value types only.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package org.banach.api;
