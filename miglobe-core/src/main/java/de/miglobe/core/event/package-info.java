/**
 * Programme events ({@link de.miglobe.core.event.ProgrammeEvent}): stakeholder meetings, certificate
 * ceremonies, advisor exchanges, talks, training seminars, with their agenda.
 */
@DomainStyle
package de.miglobe.core.event;

import de.miglobe.core.internal.DomainStyle;
