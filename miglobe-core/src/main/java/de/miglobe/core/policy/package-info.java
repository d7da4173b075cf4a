/**
 * The programme policy ({@link de.miglobe.core.policy.ProgrammePolicy}): every threshold the rules
 * use, as one immutable value with documented defaults, so another programme (NRW, a later year)
 * changes data, not code.
 */
@DomainStyle
package de.miglobe.core.policy;

import de.miglobe.core.internal.DomainStyle;
