/**
 * The advisor pool: {@link de.miglobe.core.advisor.Advisor} (Berater*in) with status, languages,
 * expertise, capacity, the sensitive attributes that need consent, and the {@link
 * de.miglobe.core.advisor.ConsentRecord}.
 */
@DomainStyle
package de.miglobe.core.advisor;

import de.miglobe.core.internal.DomainStyle;
