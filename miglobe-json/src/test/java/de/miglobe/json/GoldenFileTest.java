package de.miglobe.json;

import static org.assertj.core.api.Assertions.assertThat;

import de.miglobe.core.DateRange;
import de.miglobe.core.advisor.Advisor;
import de.miglobe.core.advisor.AdvisorStatus;
import de.miglobe.core.contact.PersonName;
import de.miglobe.core.event.ProgrammeEvent;
import de.miglobe.core.event.ProgrammeEventKind;
import de.miglobe.core.id.AdvisorId;
import de.miglobe.core.id.ProgrammeEventId;
import de.miglobe.core.id.QualificationPhaseId;
import de.miglobe.core.municipality.FederalState;
import de.miglobe.core.programme.Programme;
import de.miglobe.core.qualification.QualificationPhase;
import de.miglobe.testkit.SalachStory;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The golden files are the contract: writing gives exactly their text, reading gives the value. */
class GoldenFileTest {
  private static final MiGlobeJson JSON = MiGlobeJson.standard();
  private static final MiGlobeJson REDACTED =
      MiGlobeJson.builder().enable(MiGlobeJsonOption.REDACT_PERSONAL_DATA).build();

  /** Every golden file: name {@code <document>-<case>} and the value it holds. */
  static Stream<Arguments> goldenFiles() {
    return Stream.of(
        Arguments.of("programme-salach-2018", SalachStory.programme()),
        Arguments.of("programme-minimal", Programme.builder().name("MiGlobe NRW").build()),
        Arguments.of("advisor-guntsetseg", SalachStory.guntsetseg()),
        Arguments.of("advisor-minimal", minimalAdvisor()),
        Arguments.of("qualification-phase-bw-2017-2018", SalachStory.firstPhase()),
        Arguments.of("qualification-phase-minimal", minimalPhase()),
        Arguments.of("certificate-guntsetseg", SalachStory.certificate(SalachStory.GUNTSETSEG)),
        Arguments.of("municipality-salach", SalachStory.salach()),
        Arguments.of("municipality-stuttgart", SalachStory.stuttgart()),
        Arguments.of("consultation-salach-2018", SalachStory.salachConsultation()),
        Arguments.of("organisation-forum-der-kulturen", SalachStory.forumDerKulturen()),
        Arguments.of("organisation-skew", SalachStory.skew()),
        Arguments.of("programme-event-stakeholder-meeting-2018", SalachStory.stakeholderMeeting()),
        Arguments.of("programme-event-minimal", minimalEvent()));
  }

  /** Redacted golden files: the public form; write-only. */
  static Stream<Arguments> redactedGoldenFiles() {
    return Stream.of(
        Arguments.of("programme-salach-2018-redacted", SalachStory.programme()),
        Arguments.of("organisation-forum-der-kulturen-redacted", SalachStory.forumDerKulturen()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void write_givesExactlyTheGoldenText(String name, Object value) {
    String written = JSON.write(value);
    if (GoldenFiles.updating()) {
      GoldenFiles.write(name, written);
    }
    assertThat(written).isEqualTo(GoldenFiles.read(name));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void read_givesAnEqualValue(String name, Object value) {
    Object read = JSON.read(GoldenFiles.read(name), value.getClass());
    assertThat(read).isEqualTo(value).isNotSameAs(value);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("redactedGoldenFiles")
  void writeRedacted_givesExactlyTheGoldenText(String name, Object value) {
    String written = REDACTED.write(value);
    if (GoldenFiles.updating()) {
      GoldenFiles.write(name, written);
    }
    assertThat(written).isEqualTo(GoldenFiles.read(name));
  }

  static Advisor minimalAdvisor() {
    return Advisor.builder()
        .id(AdvisorId.of("adv-1"))
        .name(PersonName.of("Ada", "Yılmaz"))
        .status(AdvisorStatus.APPLICANT)
        .build();
  }

  static QualificationPhase minimalPhase() {
    return QualificationPhase.builder()
        .id(QualificationPhaseId.of("qp-nrw-2019"))
        .name("Qualifizierungsphase NRW 2019")
        .region(FederalState.NORDRHEIN_WESTFALEN)
        .period(DateRange.of(LocalDate.of(2019, 1, 15), LocalDate.of(2019, 11, 15)))
        .build();
  }

  static ProgrammeEvent minimalEvent() {
    return ProgrammeEvent.builder()
        .id(ProgrammeEventId.of("evt-1"))
        .kind(ProgrammeEventKind.ADVISOR_EXCHANGE)
        .title("Austauschtreffen der Berater*innen")
        .date(LocalDate.of(2019, 2, 1))
        .build();
  }
}
