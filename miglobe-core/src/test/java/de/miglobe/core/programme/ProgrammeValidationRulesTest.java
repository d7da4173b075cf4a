package de.miglobe.core.programme;

import static de.miglobe.core.rule.RuleFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import de.miglobe.core.DateRange;
import de.miglobe.core.consultation.Consultation;
import de.miglobe.core.consultation.Testimonial;
import de.miglobe.core.contact.PersonName;
import de.miglobe.core.id.QualificationPhaseId;
import de.miglobe.core.municipality.FederalState;
import de.miglobe.core.policy.ProgrammePolicy;
import de.miglobe.core.qualification.Certificate;
import de.miglobe.core.qualification.Enrolment;
import de.miglobe.core.qualification.QualificationPhase;
import de.miglobe.core.rule.RuleCode;
import de.miglobe.core.rule.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Whole-programme validation reports rules with paths from the programme. */
class ProgrammeValidationRulesTest {

  @Test
  void overlappingPhases_areReportedAtTheLaterEnrolment() {
    QualificationPhase phase2 =
        QualificationPhase.builder()
            .id(QualificationPhaseId.of("p2"))
            .name("Zweite Phase")
            .region(FederalState.BADEN_WUERTTEMBERG)
            .period(DateRange.of(LocalDate.of(2018, 6, 1), LocalDate.of(2019, 3, 31)))
            .enrolments(List.of(Enrolment.builder().advisor(TRAINEE).enrolledOn(LocalDate.of(2018, 6, 1)).build()))
            .build();
    Programme programme = Programme.builder().from(programme()).addPhase(phase2).build();
    assertThat(ProgrammeRules.validate(programme, TODAY).violations())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple(RuleCode.ADVISOR_IN_OVERLAPPING_PHASES, "phases[2].enrolments[0]"));
  }

  @Test
  void certificateBeforeThePhaseEnds_isReportedAtItsIssueDay() {
    Certificate early =
        Certificate.builder().from(certificate(CERTIFICATE_2, CERTIFIED_2)).issuedOn(LocalDate.of(2017, 6, 1)).build();
    Programme programme =
        Programme.builder().from(programme()).certificates(List.of(certificate(CERTIFICATE, CERTIFIED), early)).build();
    assertThat(ProgrammeRules.validate(programme, TODAY).violations())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple(RuleCode.CERTIFICATE_BEFORE_PHASE_END, "certificates[1].issuedOn"));
  }

  @Test
  void importedTestimonialWithoutConsent_andIneligibleMunicipality_areReportedPerConsultation() {
    Testimonial quote =
        Testimonial.builder().quote("Gut.").speaker(PersonName.of("Erika", "Beispiel")).published(true).build();
    Consultation imported =
        Consultation.builder().from(inProgress()).municipality(PASSAU).addTestimonial(quote).build();
    Programme programme = ProgrammeOperations.putConsultation(programme(), imported);
    assertThat(ProgrammeRules.validate(programme, TODAY).violations())
        .extracting(Violation::code, Violation::path)
        .containsExactly(
            tuple(RuleCode.MUNICIPALITY_NOT_ELIGIBLE, "consultations[0].municipality"),
            tuple(RuleCode.TESTIMONIAL_WITHOUT_CONSENT, "consultations[0].testimonials[0]"));
  }

  @Test
  void policy_changesWhatIsEligible() {
    Consultation inPassau = Consultation.builder().from(inProgress()).municipality(PASSAU).build();
    Programme bavarian =
        Programme.builder()
            .from(ProgrammeOperations.putConsultation(programme(), inPassau))
            .policy(ProgrammePolicy.builder().addRegionsServed(FederalState.BAYERN).build())
            .build();
    assertThat(ProgrammeRules.validate(bavarian, TODAY).violations()).isEmpty();
  }

  @Test
  void danglingReferences_areEachReported() {
    Programme gaps =
        Programme.builder()
            .from(programme())
            .organisations(List.of())
            .build();
    List<Violation> violations = ProgrammeRules.validate(gaps, TODAY).violations();
    assertThat(violations)
        .extracting(Violation::path)
        .containsExactly("partners", "certificates[0].issuers", "certificates[1].issuers");
    assertThat(violations.get(0).message(Locale.ENGLISH))
        .isEqualTo("Dangling reference: there is no organisation \"forum\" in the programme.");
  }
}
