/**
 * OSGi integration tests, run inside Felix by the bnd tester: each class names the behaviour it
 * checks (hot update while jobs run, side-by-side versions, failing bundles, bad input, catalog
 * dynamics). {@link org.banach.itest.Itest} holds the shared helpers: polling waits with deadlines,
 * bundle lookup, jar rewriting and message checks.
 */
package org.banach.itest;
