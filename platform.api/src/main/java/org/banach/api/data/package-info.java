/**
 * Data formats as a service: plugins do not parse files, they ask the runtime's {@link
 * org.banach.api.data.DataReader} for arrays by path. Errors name the file, the position and the reason.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.banach.api.data;
