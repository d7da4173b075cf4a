package de.miglobe.core.programme;

import de.miglobe.core.DateRange;
import de.miglobe.core.advisor.Advisor;
import de.miglobe.core.consultation.Consultation;
import de.miglobe.core.consultation.ConsultationContext;
import de.miglobe.core.consultation.ConsultationStatus;
import de.miglobe.core.consultation.TeamMember;
import de.miglobe.core.id.AdvisorId;
import de.miglobe.core.id.ConsultationId;
import de.miglobe.core.id.MunicipalityId;
import de.miglobe.core.municipality.Municipality;
import de.miglobe.core.policy.ProgrammePolicy;
import de.miglobe.core.qualification.Enrolment;
import de.miglobe.core.qualification.EnrolmentStatus;
import de.miglobe.core.qualification.QualificationPhase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link Programme} seen as the {@link ConsultationContext} that the consultation operations and
 * rules need. Built once in time linear in the programme's size (advisors' consultations in progress
 * and active enrolments are indexed); every question is then answered in constant time. Immutable;
 * it reflects the programme it was built from, so build a new one after changing the programme.
 */
public final class ProgrammeContext implements ConsultationContext {

  private final Programme programme;
  private final Map<AdvisorId, Integer> inProgress = new HashMap<>();
  private final Map<AdvisorId, List<DateRange>> activePhases = new HashMap<>();

  private ProgrammeContext(Programme programme) {
    this.programme = programme;
    for (Consultation consultation : programme.consultations()) {
      if (consultation.status() == ConsultationStatus.IN_PROGRESS) {
        Set<AdvisorId> counted = new HashSet<>();
        for (TeamMember member : consultation.team()) {
          if (counted.add(member.advisor())) {
            inProgress.merge(member.advisor(), 1, Integer::sum);
          }
        }
      }
    }
    for (QualificationPhase phase : programme.phases()) {
      for (Enrolment enrolment : phase.enrolments()) {
        if (enrolment.status() == EnrolmentStatus.ENROLLED) {
          activePhases
              .computeIfAbsent(enrolment.advisor(), a -> new ArrayList<>(1))
              .add(phase.period());
        }
      }
    }
  }

  /**
   * The context of a programme.
   *
   * @param programme the programme; not null
   * @return the context
   */
  public static ProgrammeContext of(Programme programme) {
    return new ProgrammeContext(Objects.requireNonNull(programme, "programme"));
  }

  /** @return the programme this context answers for; never null */
  public Programme programme() {
    return programme;
  }

  @Override
  public ProgrammePolicy policy() {
    return programme.policy();
  }

  @Override
  public Optional<Municipality> municipality(MunicipalityId id) {
    return programme.municipality(id);
  }

  @Override
  public Optional<Advisor> advisor(AdvisorId id) {
    return programme.advisor(id);
  }

  @Override
  public boolean isInRunningPhase(AdvisorId advisor, LocalDate day) {
    Objects.requireNonNull(day, "day");
    for (DateRange period : activePhases.getOrDefault(advisor, List.of())) {
      if (period.contains(day)) {
        return true;
      }
    }
    return false;
  }

  /**
   * How many consultations in progress have the advisor on their team (each counted once).
   *
   * @param advisor the advisor
   * @return the count, 0 if none
   */
  int consultationsInProgress(AdvisorId advisor) {
    return inProgress.getOrDefault(advisor, 0);
  }

  /**
   * Whether the advisor has an enrolment with status {@link EnrolmentStatus#ENROLLED} in any phase.
   *
   * @param advisor the advisor
   * @return true if actively enrolled
   */
  boolean isActivelyEnrolled(AdvisorId advisor) {
    return activePhases.containsKey(advisor);
  }

  @Override
  public int consultationsInProgress(AdvisorId advisor, ConsultationId excluded) {
    int count = consultationsInProgress(advisor);
    Optional<Consultation> self = programme.consultation(excluded);
    if (self.isPresent()
        && self.get().status() == ConsultationStatus.IN_PROGRESS
        && self.get().hasTeamMember(advisor)) {
      count--;
    }
    return count;
  }
}
