package de.miglobe.testkit.rules;

import static de.miglobe.testkit.SalachStory.*;
import static org.assertj.core.api.Assertions.assertThat;

import de.miglobe.core.Hours;
import de.miglobe.core.advisor.Advisor;
import de.miglobe.core.advisor.AdvisorStatus;
import de.miglobe.core.consultation.Consultation;
import de.miglobe.core.consultation.ConsultationSession;
import de.miglobe.core.consultation.ConsultationStatus;
import de.miglobe.core.consultation.Outcome;
import de.miglobe.core.consultation.TeamMember;
import de.miglobe.core.consultation.TeamRole;
import de.miglobe.core.id.AdvisorId;
import de.miglobe.core.id.CertificateId;
import de.miglobe.core.programme.Programme;
import de.miglobe.core.programme.ProgrammeOperations;
import de.miglobe.core.programme.ProgrammeRules;
import de.miglobe.core.qualification.QualificationPhase;
import de.miglobe.core.rule.OperationResult;
import de.miglobe.testkit.SalachStory;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The source story end to end through the operations, in its real order: the first cohort's
 * enrolment and module attendance; the Salach request, approval, a tandem of two advisors still in
 * qualification, sessions, outcomes, completion; certification on 2018-09-28 counting that practice;
 * the stakeholder meeting that hands over the certificates and presents Salach on its panel. The
 * result is exactly the programme {@link SalachStory} builds directly.
 */
class SalachStoryOperationsTest {

  private static final String OFFICE = "Programmbüro MiGlobe";
  private static final List<AdvisorId> COHORT = List.of(GUNTSETSEG, TCHAKOURA, BERATERIN, BERATER);

  /** Before the story: four applicants, the phase with its curriculum, no consultation yet. */
  static Programme beforeTheStory() {
    Programme told = SalachStory.programme();
    return Programme.builder()
        .from(told)
        .advisors(
            told.advisors().stream()
                .map(a -> Advisor.builder().from(a).status(AdvisorStatus.APPLICANT).build())
                .collect(Collectors.toList()))
        .phases(List.of(QualificationPhase.builder().from(firstPhase()).enrolments(List.of()).build()))
        .certificates(List.of())
        .consultations(List.of())
        .events(List.of())
        .build();
  }

  /** The consultation as Salach asked for it: no team, no work, no history yet. */
  static Consultation salachDraft() {
    return Consultation.builder()
        .from(salachConsultation())
        .status(ConsultationStatus.REQUESTED)
        .team(List.of())
        .sessions(List.of())
        .outcomes(List.of())
        .testimonials(List.of())
        .history(List.of())
        .build();
  }

  static <T> T accepted(OperationResult<T> result) {
    assertThat(result.violations()).as("violations").isEmpty();
    return result.orElseThrow();
  }

  @Test
  void theStoryThroughOperations_endsInTheProgrammeOfTheReport() {
    Programme p = beforeTheStory();

    // Enrolment of the first cohort, December 2017, and the first four modules.
    for (AdvisorId advisor : COHORT) {
      p = accepted(ProgrammeOperations.enrol(p, FIRST_PHASE, advisor, LocalDate.of(2017, 12, 1)));
      for (int module = 1; module <= 4; module++) {
        p = accepted(ProgrammeOperations.recordAttendance(p, FIRST_PHASE, advisor, module));
      }
    }
    assertThat(p.advisor(BERATERIN).orElseThrow().status()).isEqualTo(AdvisorStatus.IN_QUALIFICATION);

    // Salach asks; the programme office approves; a tandem of two trainees starts.
    p = accepted(ProgrammeOperations.requestConsultation(p, salachDraft(), "Gemeinde Salach"));
    p = accepted(
        ProgrammeOperations.updateConsultation(
            p, SALACH_CONSULTATION, (c, ctx) -> c.approve(LocalDate.of(2018, 3, 20), OFFICE, ctx)));
    LocalDate start = LocalDate.of(2018, 4, 17);
    List<TeamMember> tandem =
        List.of(TeamMember.of(BERATERIN, TeamRole.TRAINEE), TeamMember.of(BERATER, TeamRole.TRAINEE));
    p = accepted(
        ProgrammeOperations.updateConsultation(
            p, SALACH_CONSULTATION, (c, ctx) -> c.assignTeam(tandem, start, ctx)));
    p = accepted(
        ProgrammeOperations.updateConsultation(
            p, SALACH_CONSULTATION, (c, ctx) -> c.start(start, OFFICE, ctx)));

    // Midway, the explanation says what is still missing for the Beraterin's certificate.
    assertThat(p.phase(FIRST_PHASE).orElseThrow().eligibility(BERATERIN, LocalDate.of(2018, 6, 1)).explain(Locale.GERMAN))
        .containsExactly(
            "Die Anmeldung von Berater*in adv-salach-beraterin ist aktiv.",
            "4 von 5 Pflichtmodulen besucht, erforderlich sind 100 %; nicht besucht: 5 Praxisreflexion.",
            "Durchgeführte Praxisberatungen: 0 (erforderlich: 0).",
            "Nur 0 von 6 erforderlichen Praxisstunden erfasst.",
            "Ein Zertifikat kann nicht am 2018-06-01 ausgestellt werden, vor dem Ende der Phase am 2018-09-28.");

    // Sessions, each logged on its day; outcomes; completion.
    for (ConsultationSession session : salachConsultation().sessions()) {
      p = accepted(
          ProgrammeOperations.updateConsultation(
              p, SALACH_CONSULTATION, (c, ctx) -> c.logSession(session, session.date(), ctx)));
    }
    for (Outcome outcome : salachConsultation().outcomes()) {
      p = accepted(
          ProgrammeOperations.updateConsultation(
              p, SALACH_CONSULTATION, (c, ctx) -> c.recordOutcome(outcome)));
    }
    p = accepted(
        ProgrammeOperations.updateConsultation(
            p, SALACH_CONSULTATION, (c, ctx) -> c.complete(LocalDate.of(2018, 7, 31), OFFICE)));

    // The consultation counts as the tandem's practice; the other two gathered theirs elsewhere.
    p = accepted(ProgrammeOperations.recordPractice(p, SALACH_CONSULTATION));
    for (AdvisorId advisor : List.of(GUNTSETSEG, TCHAKOURA)) {
      p = accepted(ProgrammeOperations.recordPracticeHours(p, FIRST_PHASE, advisor, Hours.of(8)));
    }
    for (AdvisorId advisor : COHORT) {
      p = accepted(ProgrammeOperations.recordAttendance(p, FIRST_PHASE, advisor, 5));
    }

    // Certification on the day of the stakeholder meeting, counting that practice.
    assertThat(p.phase(FIRST_PHASE).orElseThrow().eligibility(BERATERIN, CEREMONY_DAY).explain(Locale.ENGLISH))
        .containsExactly(
            "The enrolment of advisor adv-salach-beraterin is active.",
            "5 of 5 mandatory modules attended (100 % required).",
            "Practice consultations done: 1 (0 required).",
            "11.5 practice hours logged (6 required).",
            "The phase ends on 2018-09-28; issued on 2018-09-28.");
    for (AdvisorId advisor : COHORT) {
      Programme before = p;
      p = accepted(
          ProgrammeOperations.certify(
              p,
              FIRST_PHASE,
              advisor,
              CertificateId.of("cert-" + advisor.value()),
              CEREMONY_DAY,
              Set.of(FORUM_DER_KULTUREN),
              SalachStory.certificate(advisor).title()));
      assertThat(before.advisor(advisor).orElseThrow().status()).isEqualTo(AdvisorStatus.IN_QUALIFICATION);
      assertThat(p.advisor(advisor).orElseThrow().status()).isEqualTo(AdvisorStatus.CERTIFIED);
    }

    // The quote, published with consent given on the day.
    p = accepted(
        ProgrammeOperations.updateConsultation(
            p, SALACH_CONSULTATION, (c, ctx) -> c.addTestimonial(salachConsultation().testimonials().get(0))));

    // The stakeholder meeting hands over the certificates and presents Salach on its panel.
    p = accepted(ProgrammeOperations.addEvent(p, stakeholderMeeting()));

    assertThat(ProgrammeRules.validate(p, CEREMONY_DAY).violations()).isEmpty();
    assertThat(p.consultation(SALACH_CONSULTATION)).contains(salachConsultation());
    assertThat(p.phases()).containsExactly(firstPhase());
    assertThat(p.certificates()).containsExactlyElementsOf(certificates());
    assertThat(p).isEqualTo(SalachStory.programme());
  }

  @Test
  void certificationBeforePracticeIsRefused_withEveryMissingRequirement() {
    Programme p = beforeTheStory();
    p = accepted(ProgrammeOperations.enrol(p, FIRST_PHASE, BERATER, LocalDate.of(2017, 12, 1)));
    Programme enrolled = p;
    OperationResult<Programme> refused =
        ProgrammeOperations.certify(
            enrolled, FIRST_PHASE, BERATER, CertificateId.of("cert-x"), CEREMONY_DAY, Set.of(FORUM_DER_KULTUREN), "Zertifikat");
    assertThat(refused.isRefused()).isTrue();
    assertThat(refused.evaluation().messages(Locale.GERMAN))
        .containsExactly(
            "0 von 5 Pflichtmodulen besucht, erforderlich sind 100 %; nicht besucht: 1 Handlungsfelder der"
                + " kommunalen Entwicklungspolitik, 2 Methoden der interkulturellen Öffnung, 3 Die Rolle als"
                + " Berater*in, 4 Kommunalstrukturen, 5 Praxisreflexion.",
            "Nur 0 von 6 erforderlichen Praxisstunden erfasst.");
    assertThat(refused.violations())
        .extracting(v -> v.path())
        .containsExactly("phases[0].enrolments[0].attendedModules", "phases[0].enrolments[0].practice.hours");
    assertThat(refused.value()).isEmpty();
    assertThat(enrolled.certificates()).isEmpty();
    assertThat(enrolled.advisor(BERATER).orElseThrow().status()).isEqualTo(AdvisorStatus.IN_QUALIFICATION);
  }
}
