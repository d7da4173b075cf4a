package de.miglobe.core.advisor;

import static de.miglobe.core.InvalidValueAssert.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.miglobe.core.CountryCode;
import de.miglobe.core.LanguageCode;
import de.miglobe.core.contact.ContactDetails;
import de.miglobe.core.contact.EmailAddress;
import de.miglobe.core.contact.PersonName;
import de.miglobe.core.contact.PhoneNumber;
import de.miglobe.core.contact.PostalAddress;
import de.miglobe.core.fieldofaction.FieldOfAction;
import de.miglobe.core.id.AdvisorId;
import de.miglobe.core.id.OrganisationId;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdvisorTest {
  private static final LocalDate GIVEN = LocalDate.of(2017, 11, 20);

  static Advisor.Builder guntsetseg() {
    return Advisor.builder()
        .id(AdvisorId.of("guntsetseg"))
        .name(PersonName.of("Dolgor", "Guntsetseg"))
        .status(AdvisorStatus.IN_QUALIFICATION);
  }

  static SensitiveAttributes mongolia() {
    return SensitiveAttributes.builder()
        .addCountry(CountryCode.of("MN"))
        .addCommunity(OrganisationId.of("mongolischer-verein"))
        .build();
  }

  static ConsentRecord sensitiveConsent() {
    return ConsentRecord.builder()
        .addConsent(Consent.given(ConsentScope.SENSITIVE_ATTRIBUTES, GIVEN))
        .build();
  }

  @Test
  void builder_appliesDefaults() {
    Advisor advisor = guntsetseg().build();
    assertThat(advisor.capacity()).isEqualTo(Advisor.DEFAULT_CAPACITY).isEqualTo(2);
    assertThat(advisor.contact()).isEqualTo(ContactDetails.none());
    assertThat(advisor.sensitive()).isEqualTo(SensitiveAttributes.none());
    assertThat(advisor.consent()).isEqualTo(ConsentRecord.none());
    assertThat(advisor.isCertified()).isFalse();
    assertThat(guntsetseg().status(AdvisorStatus.CERTIFIED).build().isCertified()).isTrue();
  }

  @ParameterizedTest(name = "capacity {0}")
  @ValueSource(ints = {1, 2, 20})
  void capacity_acceptsOneToTwenty(int capacity) {
    assertThat(guntsetseg().capacity(capacity).build().capacity()).isEqualTo(capacity);
  }

  @ParameterizedTest(name = "capacity {0}")
  @ValueSource(ints = {0, -1, 21, 100})
  void capacity_rejectsOutsideOneToTwenty(int capacity) {
    assertInvalid(
        () -> guntsetseg().capacity(capacity).build(),
        "Advisor.capacity",
        "must be between 1 and 20, was " + capacity);
  }

  @Test
  void sensitive_acceptedWithConsent() {
    Advisor advisor = guntsetseg().sensitive(mongolia()).consent(sensitiveConsent()).build();
    assertThat(advisor.sensitive().countries()).containsExactly(CountryCode.of("MN"));
  }

  @Test
  void sensitive_rejectedWithoutConsent() {
    assertInvalid(
        () -> guntsetseg().sensitive(mongolia()).build(),
        "Advisor.sensitive",
        "must be empty unless consent to sensitive_attributes is granted and not withdrawn");
  }

  @Test
  void sensitive_rejectedWithOtherConsentOnly() {
    ConsentRecord publicProfile =
        ConsentRecord.builder().addConsent(Consent.given(ConsentScope.PUBLIC_PROFILE, GIVEN)).build();
    assertInvalid(
        () -> guntsetseg().sensitive(mongolia()).consent(publicProfile).build(),
        "Advisor.sensitive",
        "must be empty unless consent to sensitive_attributes is granted and not withdrawn");
  }

  @Test
  void sensitive_rejectedAfterConsentWithdrawn() {
    ConsentRecord withdrawn =
        ConsentRecord.builder()
            .addConsent(
                Consent.builder()
                    .scope(ConsentScope.SENSITIVE_ATTRIBUTES)
                    .givenOn(GIVEN)
                    .withdrawnOn(GIVEN.plusYears(1))
                    .build())
            .build();
    assertInvalid(
        () -> guntsetseg().sensitive(mongolia()).consent(withdrawn).build(),
        "Advisor.sensitive",
        "must be empty unless consent to sensitive_attributes is granted and not withdrawn");
    assertThat(guntsetseg().consent(withdrawn).build().sensitive().isEmpty()).isTrue();
  }

  @Test
  void profileAndHomeRegion_areStrippedAndChecked() {
    Advisor advisor = guntsetseg().profile(" Erste Zeile\nzweite Zeile ").homeRegion(" Region Stuttgart ").build();
    assertThat(advisor.profile()).contains("Erste Zeile\nzweite Zeile");
    assertThat(advisor.homeRegion()).contains("Region Stuttgart");
    assertInvalid(() -> guntsetseg().profile(" ").build(), "Advisor.profile", "must not be blank");
    assertInvalid(
        () -> guntsetseg().homeRegion("Region\nStuttgart").build(),
        "Advisor.homeRegion",
        "must not contain control characters");
  }

  @Test
  void builder_requiresIdNameAndStatus() {
    assertInvalid(
        () -> Advisor.builder().build(),
        "Advisor.id, Advisor.name, Advisor.status",
        "is required but was not set");
  }

  @Test
  void languages_areCopiedAndUnmodifiable() {
    Set<LanguageCode> source = new LinkedHashSet<>(Set.of(LanguageCode.of("mn"), LanguageCode.of("de")));
    Advisor advisor = guntsetseg().languages(source).addExpertise(FieldOfAction.FAIR_TRADE).build();
    source.add(LanguageCode.of("ru"));
    assertThat(advisor.languages()).containsExactlyInAnyOrder(LanguageCode.of("mn"), LanguageCode.of("de"));
    assertThatThrownBy(() -> advisor.languages().add(LanguageCode.of("en")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> advisor.expertise().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void toString_containsNoContactDetailOrSensitiveAttribute() {
    Advisor advisor =
        guntsetseg()
            .contact(
                ContactDetails.builder()
                    .email(EmailAddress.of("dolgor.g@example.org"))
                    .phone(PhoneNumber.of("0170 1234567"))
                    .address(PostalAddress.of("Königstraße 10", "70173", "Stuttgart"))
                    .build())
            .sensitive(mongolia())
            .consent(sensitiveConsent())
            .build();
    assertThat(advisor.toString())
        .contains("Guntsetseg")
        .doesNotContain("dolgor.g", "example.org", "170", "1234567", "Königstraße", "70173", "Stuttgart", "MN", "mongolischer-verein");
  }
}
