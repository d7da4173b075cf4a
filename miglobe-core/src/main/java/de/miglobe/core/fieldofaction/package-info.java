/**
 * The fields of action of municipal development policy (Handlungsfelder der kommunalen
 * Entwicklungspolitik): the closed, labelled topic taxonomy that advisors, consultations and
 * curricula refer to.
 */
package de.miglobe.core.fieldofaction;
