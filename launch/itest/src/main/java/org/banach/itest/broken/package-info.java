/**
 * Classes that FailingActivationLeavesRuntimeServing copies into bundles it builds at test time.
 * They carry no DS annotations, so the test bundle itself registers nothing.
 */
package org.banach.itest.broken;
