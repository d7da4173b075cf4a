/**
 * The qualification of advisors: a {@link de.miglobe.core.qualification.QualificationPhase} (one
 * cohort's ~10-month training) with its curriculum of {@link
 * de.miglobe.core.qualification.TrainingModule}s and {@link de.miglobe.core.qualification.Enrolment}s,
 * the {@link de.miglobe.core.qualification.CertificationRequirements}, and the {@link
 * de.miglobe.core.qualification.Certificate} that proves completion.
 */
@DomainStyle
package de.miglobe.core.qualification;

import de.miglobe.core.internal.DomainStyle;
