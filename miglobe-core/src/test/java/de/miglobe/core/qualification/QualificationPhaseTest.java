package de.miglobe.core.qualification;

import static de.miglobe.core.InvalidValueAssert.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.miglobe.core.DateRange;
import de.miglobe.core.Hours;
import de.miglobe.core.id.AdvisorId;
import de.miglobe.core.id.QualificationPhaseId;
import de.miglobe.core.municipality.FederalState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualificationPhaseTest {
  private static final LocalDate START = LocalDate.of(2017, 12, 1);
  private static final LocalDate END = LocalDate.of(2018, 9, 28);
  private static final AdvisorId ANNA = AdvisorId.of("anna");

  static TrainingModule module(int number, LocalDate... dates) {
    return TrainingModule.builder()
        .number(number)
        .title("Modul " + number)
        .topic(ModuleTopic.FIELDS_OF_ACTION)
        .addDates(dates)
        .hours(Hours.of(8))
        .build();
  }

  static QualificationPhase.Builder bw2017() {
    return QualificationPhase.builder()
        .id(QualificationPhaseId.of("bw-2017"))
        .name("Qualifizierung Baden-Württemberg 2017/2018")
        .region(FederalState.BADEN_WUERTTEMBERG)
        .period(DateRange.of(START, END));
  }

  @Test
  void builder_buildsPhaseWithModulesAndEnrolments() {
    QualificationPhase phase =
        bw2017()
            .addModule(module(1, START, START.plusDays(1)))
            .addModule(module(2, END))
            .addEnrolment(Enrolment.builder().advisor(ANNA).enrolledOn(START.minusDays(10)).addAttendedModules(1, 2).build())
            .build();
    assertThat(phase.module(2)).isPresent();
    assertThat(phase.module(3)).isEmpty();
    assertThat(phase.enrolment(ANNA)).isPresent();
    assertThat(phase.enrolment(AdvisorId.of("nobody"))).isEmpty();
    assertThat(phase.isRunningOn(END)).isTrue();
    assertThat(phase.isRunningOn(END.plusDays(1))).isFalse();
    assertThat(phase.requirements()).isEqualTo(CertificationRequirements.defaults());
  }

  @Test
  void moduleDates_mustLieInThePeriod() {
    assertInvalid(
        () -> bw2017().addModule(module(3, END.plusDays(1))).build(),
        "QualificationPhase.modules",
        "module 3 date 2018-09-29 must lie within the period 2017-12-01/2018-09-28");
    assertInvalid(
        () -> bw2017().addModule(module(1, START.minusDays(1))).build(),
        "QualificationPhase.modules",
        "module 1 date 2017-11-30 must lie within the period 2017-12-01/2018-09-28");
  }

  @Test
  void moduleNumbers_mustBeUnique() {
    assertInvalid(
        () -> bw2017().addModule(module(1, START)).addModule(module(1, END)).build(),
        "QualificationPhase.modules",
        "must not contain 1 twice");
  }

  @Test
  void enrolments_mustBeUniquePerAdvisor() {
    Enrolment anna = Enrolment.builder().advisor(ANNA).enrolledOn(START).build();
    assertInvalid(
        () -> bw2017().addEnrolment(anna).addEnrolment(anna).build(),
        "QualificationPhase.enrolments",
        "must not contain anna twice");
  }

  @Test
  void enrolment_mustNotBeAfterThePhaseEnds() {
    assertThat(bw2017().addEnrolment(Enrolment.builder().advisor(ANNA).enrolledOn(END).build()).build().enrolments()).hasSize(1);
    assertInvalid(
        () -> bw2017().addEnrolment(Enrolment.builder().advisor(ANNA).enrolledOn(END.plusDays(1)).build()).build(),
        "QualificationPhase.enrolments",
        "enrolment of anna must not be after the phase ends 2018-09-28");
  }

  @Test
  void attendedModules_mustExist() {
    assertInvalid(
        () ->
            bw2017()
                .addModule(module(1, START))
                .addEnrolment(Enrolment.builder().advisor(ANNA).enrolledOn(START).addAttendedModules(1, 7).build())
                .build(),
        "QualificationPhase.enrolments",
        "enrolment of anna refers to module 7, which the curriculum lacks");
  }

  @Test
  void name_isStrippedAndChecked() {
    assertThat(bw2017().name(" BW 2017 ").build().name()).isEqualTo("BW 2017");
    assertInvalid(() -> bw2017().name(" ").build(), "QualificationPhase.name", "must not be blank");
  }

  @Test
  void modules_areCopiedAndUnmodifiable() {
    List<TrainingModule> modules = new ArrayList<>(List.of(module(1, START)));
    QualificationPhase phase = bw2017().modules(modules).build();
    modules.add(module(2, END));
    assertThat(phase.modules()).hasSize(1);
    assertThatThrownBy(() -> phase.modules().add(module(2, END))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void trainingModule_checksNumberHoursDatesAndTitle() {
    assertThat(module(99, START).number()).isEqualTo(99);
    assertInvalid(() -> module(0, START), "TrainingModule.number", "must be between 1 and 99, was 0");
    assertInvalid(() -> module(100, START), "TrainingModule.number", "must be between 1 and 99, was 100");
    assertInvalid(
        () -> TrainingModule.builder().from(module(1, START)).hours(Hours.ZERO).build(),
        "TrainingModule.hours",
        "must be more than 0");
    assertInvalid(() -> module(1, END, START), "TrainingModule.dates", "must be ascending without repeats");
    assertInvalid(() -> module(1, START, START), "TrainingModule.dates", "must be ascending without repeats");
    assertInvalid(
        () -> TrainingModule.builder().from(module(1, START)).title("").build(),
        "TrainingModule.title",
        "must not be blank");
    assertThat(module(1, START).mandatory()).isTrue();
  }

  @Test
  void certificationRequirements_checkTheirBounds() {
    CertificationRequirements defaults = CertificationRequirements.defaults();
    assertThat(defaults.mandatoryModulesAttendedPercent()).isEqualTo(100);
    assertThat(defaults.minimumPracticeConsultations()).isEqualTo(1);
    assertThat(defaults.minimumPracticeHours()).isEqualTo(Hours.ZERO);
    assertThat(defaults.phaseMustHaveEnded()).isTrue();
    assertThat(CertificationRequirements.builder().mandatoryModulesAttendedPercent(0).minimumPracticeConsultations(100).build())
        .isNotNull();
    assertInvalid(
        () -> CertificationRequirements.builder().mandatoryModulesAttendedPercent(101).build(),
        "CertificationRequirements.mandatoryModulesAttendedPercent",
        "must be between 0 and 100, was 101");
    assertInvalid(
        () -> CertificationRequirements.builder().minimumPracticeConsultations(-1).build(),
        "CertificationRequirements.minimumPracticeConsultations",
        "must be between 0 and 100, was -1");
  }
}
