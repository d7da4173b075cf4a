package de.miglobe.core.programme;

import static de.miglobe.core.rule.RuleFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import de.miglobe.core.Hours;
import de.miglobe.core.advisor.AdvisorStatus;
import de.miglobe.core.consultation.Consultation;
import de.miglobe.core.event.AgendaItem;
import de.miglobe.core.event.AgendaItemKind;
import de.miglobe.core.event.ProgrammeEvent;
import de.miglobe.core.event.ProgrammeEventKind;
import de.miglobe.core.id.CertificateId;
import de.miglobe.core.id.ConsultationId;
import de.miglobe.core.id.ProgrammeEventId;
import de.miglobe.core.qualification.Certificate;
import de.miglobe.core.rule.OperationResult;
import de.miglobe.core.rule.RuleCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Programme-level operations: the advisor's status follows the record. */
class ProgrammeOperationsTest {

  @Test
  void enrol_makesAnApplicantInQualification() {
    Programme enrolled =
        ProgrammeOperations.enrol(programme(), PHASE_1, APPLICANT, LocalDate.of(2018, 1, 10)).orElseThrow();
    assertThat(enrolled.advisor(APPLICANT).orElseThrow().status()).isEqualTo(AdvisorStatus.IN_QUALIFICATION);
    assertThat(programme().advisor(APPLICANT).orElseThrow().status()).isEqualTo(AdvisorStatus.APPLICANT);
  }

  @Test
  void withdraw_makesTheAdvisorWithdrawn() {
    Programme withdrawn =
        ProgrammeOperations.withdraw(programme(), PHASE_1, TRAINEE, LocalDate.of(2018, 4, 1)).orElseThrow();
    assertThat(withdrawn.advisor(TRAINEE).orElseThrow().status()).isEqualTo(AdvisorStatus.WITHDRAWN);
    assertThat(ProgrammeRules.validate(withdrawn, TODAY).violations()).isEmpty();
  }

  @Test
  void revoke_keepsCertifiedWhileAnotherCertificateIsValid() {
    Certificate second =
        Certificate.builder().from(certificate(CertificateId.of("c-extra"), CERTIFIED)).issuedOn(LocalDate.of(2017, 7, 1)).build();
    Programme twice = Programme.builder().from(programme()).addCertificate(second).build();
    Programme revoked =
        ProgrammeOperations.revokeCertificate(twice, CERTIFICATE, TODAY, "Irrtum").orElseThrow();
    assertThat(revoked.advisor(CERTIFIED).orElseThrow().status()).isEqualTo(AdvisorStatus.CERTIFIED);
    assertThat(revoked.certificate(CERTIFICATE).orElseThrow().revocation()).isPresent();
  }

  @Test
  void recordPractice_countsTheConsultationOnceForTheTrainee() {
    Consultation worked =
        inProgress()
            .logSession(session(LocalDate.of(2018, 3, 5), 3, CERTIFIED, TRAINEE), TODAY, context())
            .then(c -> c.logSession(session(LocalDate.of(2018, 3, 6), 2, CERTIFIED), TODAY, context()))
            .orElseThrow();
    Programme programme = ProgrammeOperations.putConsultation(programme(), worked);
    Programme once = ProgrammeOperations.recordPractice(programme, CONSULTATION).orElseThrow();
    Programme twice = ProgrammeOperations.recordPractice(once, CONSULTATION).orElseThrow();
    assertThat(twice).isEqualTo(once);
    assertThat(once.phase(PHASE_1).orElseThrow().enrolment(TRAINEE).orElseThrow().practice().hours())
        .isEqualTo(Hours.of(3));
    assertThat(once.phase(PHASE_1).orElseThrow().enrolment(TRAINEE_2).orElseThrow().practice().consultations())
        .isEmpty();
  }

  @Test
  void updateConsultation_prefixesPaths_andReportsUnknownIdentifiers() {
    Programme programme = ProgrammeOperations.putConsultation(programme(), approved());
    OperationResult<Programme> started =
        ProgrammeOperations.updateConsultation(programme, CONSULTATION, (c, ctx) -> c.start(STARTED_ON, OFFICE, ctx));
    assertThat(started.violations()).extracting(v -> v.path()).containsExactly("consultations[0].team");
    OperationResult<Programme> unknown =
        ProgrammeOperations.updateConsultation(programme, ConsultationId.of("k9"), (c, ctx) -> c.complete(TODAY, OFFICE));
    assertThat(unknown.violations().get(0).message(Locale.GERMAN))
        .isEqualTo("Verweis ins Leere: Beratung „k9“ gibt es im Programm nicht.");
    assertThat(unknown.violations().get(0).path()).isEqualTo("consultations");
  }

  @Test
  void requestConsultation_refusesAnIdentifierInUse() {
    Programme programme = ProgrammeOperations.putConsultation(programme(), requested());
    OperationResult<Programme> again =
        ProgrammeOperations.requestConsultation(programme, draft(CONSULTATION, SALACH), OFFICE);
    assertThat(again.evaluation().codes()).containsExactly(RuleCode.ID_ALREADY_USED);
  }

  @Test
  void addEvent_checksWhatItRefersTo() {
    ProgrammeEvent meeting =
        ProgrammeEvent.builder()
            .id(ProgrammeEventId.of("e1"))
            .kind(ProgrammeEventKind.STAKEHOLDER_MEETING)
            .title("Stakeholder-Treffen")
            .date(TODAY)
            .agenda(
                List.of(
                    AgendaItem.builder()
                        .kind(AgendaItemKind.PANEL)
                        .title("Podium")
                        .featuredConsultation(ConsultationId.of("k9"))
                        .build()))
            .certificatesHandedOver(List.of(CERTIFICATE))
            .build();
    OperationResult<Programme> added = ProgrammeOperations.addEvent(programme(), meeting);
    assertThat(added.violations())
        .extracting(v -> v.code() + " " + v.path())
        .containsExactly("REFERENCE_UNKNOWN events[0].agenda[0].featuredConsultation");
    Programme withK9 =
        ProgrammeOperations.putConsultation(
            programme(), Consultation.builder().from(requested()).id(ConsultationId.of("k9")).build());
    assertThat(ProgrammeOperations.addEvent(withK9, meeting).orElseThrow().events()).containsExactly(meeting);
  }
}
