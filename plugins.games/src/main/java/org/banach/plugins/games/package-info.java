/** The equilibrium plugin: solvers and problem providers of the games family (DS services, not exported). */
package org.banach.plugins.games;
