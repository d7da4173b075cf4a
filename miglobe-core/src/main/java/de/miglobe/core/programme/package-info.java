/**
 * The whole data set of one programme ({@link de.miglobe.core.programme.Programme}): what
 * cross-entity rules run over, what JSON exchanges in bulk and what reports are computed from.
 */
@DomainStyle
package de.miglobe.core.programme;

import de.miglobe.core.internal.DomainStyle;
