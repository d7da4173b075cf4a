/**
 * Organisations of the network: migrant (self-)organisations, associations, initiatives, municipal
 * working groups, programme partners and funders ({@link de.miglobe.core.organisation.Organisation}).
 */
@DomainStyle
package de.miglobe.core.organisation;

import de.miglobe.core.internal.DomainStyle;
