package de.miglobe.core.qualification;

import static de.miglobe.core.rule.RuleFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.miglobe.core.Hours;
import de.miglobe.core.InvalidValueException;
import de.miglobe.core.id.CertificateId;
import de.miglobe.core.id.ConsultationId;
import de.miglobe.core.rule.OperationResult;
import de.miglobe.core.rule.RuleCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Enrolment, attendance, practice, withdrawal, the eligibility explanation, issue and revocation. */
class QualificationOperationsTest {

  private static final LocalDate END = LocalDate.of(2018, 9, 28);

  @Test
  void enrol_addsAnActiveEnrolment_andLeavesThePhaseUntouched() {
    QualificationPhase phase = phase1();
    QualificationPhase enrolled = phase.enrol(APPLICANT, LocalDate.of(2018, 1, 10)).orElseThrow();
    assertThat(enrolled.enrolment(APPLICANT).orElseThrow().status()).isEqualTo(EnrolmentStatus.ENROLLED);
    assertThat(phase.enrolment(APPLICANT)).isEmpty();
  }

  @Test
  void practice_accumulatesConsultationsAndHours() {
    QualificationPhase phase =
        phase1()
            .recordPractice(TRAINEE, ConsultationId.of("k1"), Hours.parse("2.5"))
            .then(p -> p.recordPractice(TRAINEE, ConsultationId.of("k2"), Hours.of(3)))
            .then(p -> p.recordPracticeHours(TRAINEE, Hours.of(1)))
            .orElseThrow();
    PracticeRecord practice = phase.enrolment(TRAINEE).orElseThrow().practice();
    assertThat(practice.consultations()).containsExactlyInAnyOrder(ConsultationId.of("k1"), ConsultationId.of("k2"));
    assertThat(practice.hours()).isEqualTo(Hours.parse("6.5"));
  }

  @Test
  void withdraw_recordsTheDay_andEndsEligibility() {
    QualificationPhase withdrawn = phase1().withdraw(TRAINEE, LocalDate.of(2018, 4, 1)).orElseThrow();
    Enrolment enrolment = withdrawn.enrolment(TRAINEE).orElseThrow();
    assertThat(enrolment.status()).isEqualTo(EnrolmentStatus.WITHDRAWN);
    assertThat(enrolment.withdrawnOn()).contains(LocalDate.of(2018, 4, 1));
    CertificationEligibility eligibility = withdrawn.eligibility(TRAINEE, END);
    assertThat(eligibility.isEligible()).isFalse();
    assertThat(eligibility.requirements().get(0).summary(Locale.ENGLISH))
        .isEqualTo("The enrolment of advisor a-trainee is no longer active (status \"Withdrawn\").");
    assertThatThrownBy(() -> phase1().withdraw(TRAINEE, LocalDate.of(2017, 11, 1)))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void eligibility_explainsEachRequirement_inGermanAndEnglish() {
    QualificationPhase phase =
        phase1()
            .recordAttendance(TRAINEE, 1)
            .then(p -> p.recordAttendance(TRAINEE, 2))
            .then(p -> p.recordAttendance(TRAINEE, 3))
            .then(p -> p.recordPractice(TRAINEE, ConsultationId.of("k1"), Hours.of(5)))
            .orElseThrow();
    CertificationEligibility eligibility = phase.eligibility(TRAINEE, END);
    assertThat(eligibility.isEligible()).isFalse();
    assertThat(eligibility.explain(Locale.GERMAN))
        .containsExactly(
            "Die Anmeldung von Berater*in a-trainee ist aktiv.",
            "3 von 4 Pflichtmodulen besucht, erforderlich sind 100 %; nicht besucht: 4 Kommunalstrukturen.",
            "Durchgeführte Praxisberatungen: 1 (erforderlich: 1).",
            "5 Praxisstunden erfasst (erforderlich: 0).",
            "Die Phase endet am 2018-09-28; Ausstellung am 2018-09-28.");
    assertThat(eligibility.explain(Locale.ENGLISH).get(1))
        .isEqualTo("3 of 4 mandatory modules attended, 100 % required; not attended: 4 Kommunalstrukturen.");
    assertThat(eligibility.evaluation().codes()).containsExactly(RuleCode.CERTIFICATION_MODULES_MISSING);
    assertThat(eligibility.requirements().get(2).parameters()).containsEntry("done", "1").containsEntry("required", "1");
  }

  @Test
  void optionalModules_doNotCountTowardsTheMandatoryShare() {
    QualificationPhase phase =
        QualificationPhase.builder()
            .from(phase1())
            .modules(
                List.of(
                    module(1, "Pflicht", ModuleTopic.FIELDS_OF_ACTION, LocalDate.of(2018, 1, 1)),
                    TrainingModule.builder()
                        .from(module(2, "Wahl", ModuleTopic.OTHER, LocalDate.of(2018, 2, 1)))
                        .mandatory(false)
                        .build()))
            .requirements(CertificationRequirements.builder().minimumPracticeConsultations(0).build())
            .build()
            .recordAttendance(TRAINEE, 1)
            .orElseThrow();
    assertThat(phase.eligibility(TRAINEE, END).isEligible()).isTrue();
  }

  @Test
  void issueCertificate_onlyWhenEligible_withTheTopicsAttended() {
    QualificationPhase ready =
        phase1()
            .recordAttendance(TRAINEE, 1)
            .then(p -> p.recordAttendance(TRAINEE, 2))
            .then(p -> p.recordAttendance(TRAINEE, 3))
            .then(p -> p.recordAttendance(TRAINEE, 4))
            .then(p -> p.recordPractice(TRAINEE, ConsultationId.of("k1"), Hours.of(5)))
            .orElseThrow();
    Certificate certificate =
        ready.issueCertificate(TRAINEE, CertificateId.of("c1"), END, Set.of(FORUM), "Zertifikat").orElseThrow();
    assertThat(certificate.topicsCovered())
        .containsExactlyInAnyOrder(
            ModuleTopic.FIELDS_OF_ACTION,
            ModuleTopic.INTERCULTURAL_OPENING,
            ModuleTopic.ADVISOR_ROLE,
            ModuleTopic.MUNICIPAL_STRUCTURES);
    assertThat(certificate.phase()).isEqualTo(PHASE_1);

    OperationResult<Certificate> early =
        ready.issueCertificate(TRAINEE, CertificateId.of("c1"), END.minusDays(1), Set.of(FORUM), "Zertifikat");
    assertThat(early.evaluation().codes()).containsExactly(RuleCode.CERTIFICATE_BEFORE_PHASE_END);
  }

  @Test
  void revoke_keepsTheReason() {
    Certificate revoked = certificate(CERTIFICATE, CERTIFIED).revoke(TODAY, "Täuschung").orElseThrow();
    assertThat(revoked.revocation()).contains(Revocation.of(TODAY, "Täuschung"));
    assertThat(revoked.isValidOn(TODAY)).isFalse();
    assertThat(revoked.isValidOn(TODAY.minusDays(1))).isTrue();
  }
}
