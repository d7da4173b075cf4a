/**
 * People and how to reach them: {@link de.miglobe.core.contact.PersonName}, {@link
 * de.miglobe.core.contact.ContactDetails} (e-mail, phone, fax, postal address) and {@link
 * de.miglobe.core.contact.ContactPerson}.
 *
 * <p>Contact details are personal data: their {@code toString()} and every exception message hide
 * them.
 */
@DomainStyle
package de.miglobe.core.contact;

import de.miglobe.core.internal.DomainStyle;
