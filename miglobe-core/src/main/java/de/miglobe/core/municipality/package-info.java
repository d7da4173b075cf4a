/**
 * Municipalities (Kommunen) that the programme advises: {@link
 * de.miglobe.core.municipality.Municipality}, its official key ({@link
 * de.miglobe.core.municipality.MunicipalityKey}, the AGS), its {@link
 * de.miglobe.core.municipality.MunicipalityType} and {@link
 * de.miglobe.core.municipality.FederalState}, and its development-policy profile.
 */
@DomainStyle
package de.miglobe.core.municipality;

import de.miglobe.core.internal.DomainStyle;
