/** Small dense host-side numerics shared by the plugin's solvers and problems (not exported). */
package org.banach.plugins.optim.numerics;
