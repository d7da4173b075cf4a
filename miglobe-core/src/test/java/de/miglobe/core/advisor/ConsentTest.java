package de.miglobe.core.advisor;

import static de.miglobe.core.InvalidValueAssert.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Consent} and {@link ConsentRecord}. */
class ConsentTest {
  private static final LocalDate GIVEN = LocalDate.of(2017, 11, 20);

  @Test
  void consent_isInForceFromGivenUntilTheDayBeforeWithdrawal() {
    Consent consent =
        Consent.builder().scope(ConsentScope.PHOTOS_AND_QUOTES).givenOn(GIVEN).withdrawnOn(GIVEN.plusDays(10)).build();
    assertThat(consent.isInForceOn(GIVEN.minusDays(1))).isFalse();
    assertThat(consent.isInForceOn(GIVEN)).isTrue();
    assertThat(consent.isInForceOn(GIVEN.plusDays(9))).isTrue();
    assertThat(consent.isInForceOn(GIVEN.plusDays(10))).isFalse();
    assertThat(Consent.given(ConsentScope.PUBLIC_PROFILE, GIVEN).isInForceOn(GIVEN.plusYears(5))).isTrue();
  }

  @Test
  void consent_mayBeWithdrawnOnTheDayItWasGiven() {
    assertThat(
            Consent.builder().scope(ConsentScope.PUBLIC_PROFILE).givenOn(GIVEN).withdrawnOn(GIVEN).build().withdrawnOn())
        .contains(GIVEN);
  }

  @Test
  void consent_rejectsWithdrawalBeforeItWasGiven() {
    assertInvalid(
        () -> Consent.builder().scope(ConsentScope.PUBLIC_PROFILE).givenOn(GIVEN).withdrawnOn(GIVEN.minusDays(1)).build(),
        "Consent.withdrawnOn",
        "must not be before givenOn 2017-11-20, was 2017-11-19");
  }

  @Test
  void consent_requiresScopeAndDay() {
    assertInvalid(() -> Consent.builder().build(), "Consent.scope, Consent.givenOn", "is required but was not set");
    assertInvalid(() -> Consent.given(null, GIVEN), "scope", "must not be null");
  }

  @Test
  void record_answersPerScope() {
    ConsentRecord record =
        ConsentRecord.builder()
            .addConsent(Consent.given(ConsentScope.PUBLIC_PROFILE, GIVEN))
            .addConsent(
                Consent.builder().scope(ConsentScope.SENSITIVE_ATTRIBUTES).givenOn(GIVEN).withdrawnOn(GIVEN.plusDays(1)).build())
            .build();
    assertThat(record.isGranted(ConsentScope.PUBLIC_PROFILE)).isTrue();
    assertThat(record.isGranted(ConsentScope.SENSITIVE_ATTRIBUTES)).isFalse();
    assertThat(record.isGranted(ConsentScope.PHOTOS_AND_QUOTES)).isFalse();
    assertThat(record.consent(ConsentScope.SENSITIVE_ATTRIBUTES)).isPresent();
    assertThat(record.consent(ConsentScope.PHOTOS_AND_QUOTES)).isEmpty();
    assertThat(ConsentRecord.none().consents()).isEmpty();
  }

  @Test
  void record_rejectsTwoConsentsOfOneScope() {
    assertInvalid(
        () ->
            ConsentRecord.builder()
                .addConsent(Consent.given(ConsentScope.PUBLIC_PROFILE, GIVEN))
                .addConsent(Consent.given(ConsentScope.PUBLIC_PROFILE, GIVEN.plusDays(3)))
                .build(),
        "ConsentRecord.consents",
        "must not contain public_profile twice");
  }

  @Test
  void record_copiesAndProtectsItsList() {
    List<Consent> source = new ArrayList<>(List.of(Consent.given(ConsentScope.PUBLIC_PROFILE, GIVEN)));
    ConsentRecord record = ConsentRecord.builder().consents(source).build();
    source.clear();
    assertThat(record.consents()).hasSize(1);
    assertThatThrownBy(() -> record.consents().clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
