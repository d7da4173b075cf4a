package de.miglobe.core.qualification;

import static de.miglobe.core.InvalidValueAssert.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import de.miglobe.core.Hours;
import de.miglobe.core.id.AdvisorId;
import de.miglobe.core.id.ConsultationId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EnrolmentTest {
  private static final LocalDate ENROLLED = LocalDate.of(2017, 11, 15);

  static Enrolment.Builder anna() {
    return Enrolment.builder().advisor(AdvisorId.of("anna")).enrolledOn(ENROLLED);
  }

  @Test
  void builder_appliesDefaults() {
    Enrolment enrolment = anna().build();
    assertThat(enrolment.status()).isEqualTo(EnrolmentStatus.ENROLLED);
    assertThat(enrolment.practice()).isEqualTo(PracticeRecord.none());
    assertThat(enrolment.practice().hours()).isEqualTo(Hours.ZERO);
    assertThat(enrolment.withdrawnOn()).isEmpty();
  }

  @Test
  void withdrawn_needsTheDay() {
    assertThat(anna().status(EnrolmentStatus.WITHDRAWN).withdrawnOn(ENROLLED).build().withdrawnOn()).contains(ENROLLED);
    assertInvalid(
        () -> anna().status(EnrolmentStatus.WITHDRAWN).build(),
        "Enrolment.withdrawnOn",
        "is required when the status is withdrawn");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = EnrolmentStatus.class, names = "WITHDRAWN", mode = EnumSource.Mode.EXCLUDE)
  void otherStatus_hasNoWithdrawalDay(EnrolmentStatus status) {
    assertInvalid(
        () -> anna().status(status).withdrawnOn(ENROLLED.plusDays(1)).build(),
        "Enrolment.withdrawnOn",
        "must be absent unless withdrawn");
  }

  @Test
  void withdrawal_mustNotBeBeforeEnrolment() {
    assertInvalid(
        () -> anna().status(EnrolmentStatus.WITHDRAWN).withdrawnOn(ENROLLED.minusDays(1)).build(),
        "Enrolment.withdrawnOn",
        "must not be before enrolledOn 2017-11-15, was 2017-11-14");
  }

  @Test
  void practice_keepsConsultationsAndHours() {
    PracticeRecord practice =
        PracticeRecord.builder().addConsultation(ConsultationId.of("salach-fest-der-nationen")).hours(Hours.parse("12.5")).build();
    assertThat(anna().practice(practice).build().practice().consultations()).hasSize(1);
    assertThat(practice.hours()).isEqualTo(Hours.parse("12.5"));
  }

  @Test
  void builder_requiresAdvisorAndDay() {
    assertInvalid(() -> Enrolment.builder().build(), "Enrolment.advisor, Enrolment.enrolledOn", "is required but was not set");
  }
}
