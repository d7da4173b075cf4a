package de.miglobe.core.consultation;

import de.miglobe.core.advisor.Advisor;
import de.miglobe.core.id.AdvisorId;
import de.miglobe.core.id.ConsultationId;
import de.miglobe.core.id.MunicipalityId;
import de.miglobe.core.municipality.Municipality;
import de.miglobe.core.policy.ProgrammePolicy;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the consultation rules need to know about the rest of the programme, read-only: the policy,
 * municipalities, advisors, running qualification phases and the consultations in progress.
 *
 * <p>A {@code Programme} supplies it ({@code ProgrammeContext.of(programme)} in the programme
 * package); tests may implement it directly. Implementations answer every method in (amortised)
 * constant time so that rule evaluation stays linear in the data size.
 */
public interface ConsultationContext {

  /** @return the thresholds of the rules; never null */
  ProgrammePolicy policy();

  /**
   * The municipality with an identifier.
   *
   * @param id the identifier; not null
   * @return the municipality, or empty if unknown
   */
  Optional<Municipality> municipality(MunicipalityId id);

  /**
   * The advisor with an identifier.
   *
   * @param id the identifier; not null
   * @return the advisor, or empty if unknown
   */
  Optional<Advisor> advisor(AdvisorId id);

  /**
   * Whether an advisor has an active enrolment (status enrolled) in a qualification phase that is
   * running on a day; then a consultation counts as the advisor's practice.
   *
   * @param advisor the advisor; not null
   * @param day the day; not null
   * @return true if enrolled in a phase running on {@code day}
   */
  boolean isInRunningPhase(AdvisorId advisor, LocalDate day);

  /**
   * How many consultations in progress, other than the given one, have the advisor on their team.
   *
   * @param advisor the advisor; not null
   * @param excluded the consultation not to count (the one being evaluated); not null
   * @return the count, at least 0
   */
  int consultationsInProgress(AdvisorId advisor, ConsultationId excluded);
}
