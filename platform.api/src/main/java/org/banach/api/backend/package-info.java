/**
 * Hardware backends: dense linear algebra on matrices that live on a device. The CPU backend is
 * always there; others register when their device answers.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.banach.api.backend;
