package de.miglobe.core.programme;

import static org.assertj.core.api.Assertions.assertThat;

import de.miglobe.core.event.ProgrammeEvent;
import de.miglobe.core.event.ProgrammeEventKind;
import de.miglobe.core.id.CertificateId;
import de.miglobe.core.id.ConsultationId;
import de.miglobe.core.id.ProgrammeEventId;
import de.miglobe.core.id.QualificationPhaseId;
import de.miglobe.core.rule.RuleFixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Kills the mutants PIT left alive in {@link Programme}'s lookups (docs/quality.md): each lookup
 * finds the element with the identifier, and nothing for an identifier the programme lacks.
 */
class ProgrammeMutationTest {

  private static final ProgrammeEvent MEETING =
      ProgrammeEvent.builder()
          .id(ProgrammeEventId.of("stuttgart-2018-09-28"))
          .kind(ProgrammeEventKind.STAKEHOLDER_MEETING)
          .title("Stakeholdertreffen")
          .date(LocalDate.of(2018, 9, 28))
          .build();

  private static Programme programme() {
    return Programme.builder()
        .from(RuleFixtures.programme())
        .addConsultation(RuleFixtures.draft(RuleFixtures.CONSULTATION, RuleFixtures.SALACH))
        .addEvent(MEETING)
        .build();
  }

  @Test
  void phase_findsByIdentifier() {
    assertThat(programme().phase(RuleFixtures.PHASE_1)).contains(RuleFixtures.phase1());
    assertThat(programme().phase(QualificationPhaseId.of("p9"))).isEmpty();
  }

  @Test
  void certificate_findsByIdentifier() {
    assertThat(programme().certificate(RuleFixtures.CERTIFICATE_2))
        .contains(RuleFixtures.certificate(RuleFixtures.CERTIFICATE_2, RuleFixtures.CERTIFIED_2));
    assertThat(programme().certificate(CertificateId.of("c-none"))).isEmpty();
  }

  @Test
  void consultation_findsByIdentifier() {
    assertThat(programme().consultation(RuleFixtures.CONSULTATION))
        .contains(RuleFixtures.draft(RuleFixtures.CONSULTATION, RuleFixtures.SALACH));
    assertThat(programme().consultation(ConsultationId.of("k9"))).isEmpty();
  }

  @Test
  void event_findsByIdentifier() {
    assertThat(programme().event(MEETING.id())).contains(MEETING);
    assertThat(programme().event(ProgrammeEventId.of("elsewhere"))).isEmpty();
  }
}
