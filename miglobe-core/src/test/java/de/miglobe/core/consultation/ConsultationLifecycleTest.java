package de.miglobe.core.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import de.miglobe.core.advisor.Advisor;
import de.miglobe.core.advisor.AdvisorStatus;
import de.miglobe.core.contact.PersonName;
import de.miglobe.core.id.AdvisorId;
import de.miglobe.core.id.ConsultationId;
import de.miglobe.core.id.MunicipalityId;
import de.miglobe.core.municipality.Municipality;
import de.miglobe.core.policy.ProgrammePolicy;
import de.miglobe.core.rule.OperationResult;
import de.miglobe.core.rule.RuleCode;
import de.miglobe.core.rule.RuleFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The lifecycle operations of a consultation, with a context that is not a programme. */
class ConsultationLifecycleTest {

  private static final AdvisorId LEAD = AdvisorId.of("lead");
  private static final AdvisorId TRAINEE = AdvisorId.of("trainee");
  private static final LocalDate PHASE_END = LocalDate.of(2018, 9, 28);

  /** A hand-made context: Salach, two advisors, the trainee's phase runs until 2018-09-28. */
  static final class Context implements ConsultationContext {
    final Map<AdvisorId, Advisor> advisors =
        Map.of(
            LEAD, RuleFixtures.advisor(LEAD, AdvisorStatus.CERTIFIED, 2),
            TRAINEE, RuleFixtures.advisor(TRAINEE, AdvisorStatus.IN_QUALIFICATION, 2));
    final Municipality salach = RuleFixtures.programme().municipality(RuleFixtures.SALACH).orElseThrow();

    @Override
    public ProgrammePolicy policy() {
      return ProgrammePolicy.defaults();
    }

    @Override
    public Optional<Municipality> municipality(MunicipalityId id) {
      return id.equals(salach.id()) ? Optional.of(salach) : Optional.empty();
    }

    @Override
    public Optional<Advisor> advisor(AdvisorId id) {
      return Optional.ofNullable(advisors.get(id));
    }

    @Override
    public boolean isInRunningPhase(AdvisorId advisor, LocalDate day) {
      return advisor.equals(TRAINEE) && !day.isAfter(PHASE_END);
    }

    @Override
    public int consultationsInProgress(AdvisorId advisor, ConsultationId excluded) {
      return 0;
    }
  }

  private final Context context = new Context();
  private final List<TeamMember> tandem =
      List.of(TeamMember.of(LEAD, TeamRole.LEAD), TeamMember.of(TRAINEE, TeamRole.TRAINEE));

  private Consultation requested() {
    return Consultation.request(
            RuleFixtures.draft(ConsultationId.of("k1"), RuleFixtures.SALACH), "Gemeinde", context)
        .orElseThrow();
  }

  @Test
  void happyPath_requestToCompletion_leavesEveryEarlierValueUntouched() {
    Consultation requested = requested();
    Consultation approved = requested.approve(LocalDate.of(2018, 2, 15), "Büro", context).orElseThrow();
    Consultation staffed = approved.assignTeam(tandem, LocalDate.of(2018, 3, 1), context).orElseThrow();
    Consultation started = staffed.start(LocalDate.of(2018, 3, 1), "Büro", context).orElseThrow();
    Consultation worked =
        started
            .logSession(RuleFixtures.session(LocalDate.of(2018, 3, 5), 3, LEAD, TRAINEE), LocalDate.of(2018, 3, 5), context)
            .then(c -> c.recordOutcome(Outcome.of(OutcomeKind.NEW_CONTACTS, "Drei Vereine", LocalDate.of(2018, 3, 5))))
            .orElseThrow();
    Consultation completed = worked.complete(LocalDate.of(2018, 3, 31), "Büro").orElseThrow();

    assertThat(completed.status()).isEqualTo(ConsultationStatus.COMPLETED);
    assertThat(completed.history()).hasSize(4);
    assertThat(requested.status()).isEqualTo(ConsultationStatus.REQUESTED);
    assertThat(requested.history()).hasSize(1);
    assertThat(approved.team()).isEmpty();
    assertThat(started.sessions()).isEmpty();
    assertThat(worked.status()).isEqualTo(ConsultationStatus.IN_PROGRESS);
  }

  @Test
  void finalStatuses_allowNoFurtherTransition() {
    Consultation declined = requested().decline(LocalDate.of(2018, 2, 2), "Büro", "Kein Bezug").orElseThrow();
    OperationResult<Consultation> approve = declined.approve(LocalDate.of(2018, 2, 3), "Büro", context);
    OperationResult<Consultation> cancel = declined.cancel(LocalDate.of(2018, 2, 3), "Büro", "doch nicht");
    assertThat(approve.evaluation().codes()).containsExactly(RuleCode.CONSULTATION_TRANSITION_NOT_ALLOWED);
    assertThat(cancel.evaluation().messages(Locale.ENGLISH))
        .containsExactly("The status cannot change from \"Declined\" to \"Cancelled\".");
  }

  @Test
  void traineeQualifiesOnlyWhileThePhaseRuns() {
    Consultation approved = requested().approve(LocalDate.of(2018, 2, 15), "Büro", context).orElseThrow();
    OperationResult<Consultation> late = approved.assignTeam(tandem, PHASE_END.plusDays(1), context);
    assertThat(late.isRefused()).isTrue();
    assertThat(late.violations()).extracting(v -> v.path()).containsExactly("team[1]");
    assertThat(late.violations().get(0).message(Locale.GERMAN))
        .isEqualTo(
            "Berater*in trainee ist weder zertifiziert noch in einer laufenden Qualifizierungsphase"
                + " angemeldet (Status „In Qualifizierung“).");
    assertThat(approved.assignTeam(tandem, PHASE_END, context).isAccepted()).isTrue();
  }

  @Test
  void unknownMunicipalityOrAdvisor_isAReferenceViolation() {
    OperationResult<Consultation> unknown =
        Consultation.request(
            RuleFixtures.draft(ConsultationId.of("k2"), MunicipalityId.of("nowhere")), "Gemeinde", context);
    assertThat(unknown.violations()).extracting(v -> v.code()).containsExactly(RuleCode.REFERENCE_UNKNOWN);
    assertThat(unknown.violations().get(0).parameters()).containsEntry("id", "nowhere");
    OperationResult<Consultation> stranger =
        requested().assignTeam(List.of(TeamMember.of(AdvisorId.of("x"), TeamRole.LEAD)), LocalDate.of(2018, 3, 1), context);
    assertThat(stranger.violations())
        .extracting(v -> v.code())
        .containsExactly(RuleCode.CONSULTATION_TEAM_NOT_TANDEM, RuleCode.REFERENCE_UNKNOWN);
  }

  @Test
  void importedConsultationWithoutHistory_getsTheRequestEntryOnItsFirstTransition() {
    Consultation imported = RuleFixtures.draft(ConsultationId.of("k3"), RuleFixtures.SALACH);
    Consultation approved = imported.approve(LocalDate.of(2018, 2, 15), "Büro", context).orElseThrow();
    assertThat(approved.history()).extracting(HistoryEntry::to)
        .containsExactly(ConsultationStatus.REQUESTED, ConsultationStatus.APPROVED);
  }

  @Test
  void request_refusesAConsultationThatIsAlreadyUnderWay() {
    OperationResult<Consultation> again = Consultation.request(requested(), "Gemeinde", context);
    assertThat(again.evaluation().codes()).containsExactly(RuleCode.CONSULTATION_TRANSITION_NOT_ALLOWED);
  }

  @Test
  void testimonialWithConsent_mayBePublishedAfterCompletion() {
    Testimonial quote =
        Testimonial.builder()
            .quote("Es hat uns sehr gutgetan.")
            .speaker(PersonName.of("Erika", "Beispiel"))
            .consentGivenOn(LocalDate.of(2018, 9, 28))
            .published(true)
            .build();
    Consultation completed =
        requested()
            .approve(LocalDate.of(2018, 2, 15), "Büro", context)
            .then(c -> c.assignTeam(tandem, LocalDate.of(2018, 3, 1), context))
            .then(c -> c.start(LocalDate.of(2018, 3, 1), "Büro", context))
            .then(c -> c.logSession(RuleFixtures.session(LocalDate.of(2018, 3, 5), 2, LEAD), LocalDate.of(2018, 3, 5), context))
            .then(c -> c.recordOutcome(Outcome.of(OutcomeKind.EVENT_HELD, "Fest", LocalDate.of(2018, 3, 6))))
            .then(c -> c.complete(LocalDate.of(2018, 3, 31), "Büro"))
            .orElseThrow();
    assertThat(completed.addTestimonial(quote).orElseThrow().testimonials()).containsExactly(quote);
    assertThat(completed.logSession(RuleFixtures.session(LocalDate.of(2018, 4, 1), 2, LEAD), LocalDate.of(2018, 4, 1), context).evaluation().codes())
        .contains(RuleCode.CONSULTATION_NOT_ALLOWED_IN_STATUS);
  }
}
