/**
 * Consultations (Beratungseinsätze): a municipality's {@link
 * de.miglobe.core.consultation.ConsultationRequest}, the advisor team, sessions, outcomes,
 * testimonials and the history of the {@link de.miglobe.core.consultation.Consultation}'s lifecycle
 * (requested → approved | declined; approved → in progress → completed; cancelled).
 */
@DomainStyle
package de.miglobe.core.consultation;

import de.miglobe.core.internal.DomainStyle;
