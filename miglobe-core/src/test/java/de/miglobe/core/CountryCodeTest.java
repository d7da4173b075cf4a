package de.miglobe.core;

import static de.miglobe.core.InvalidValueAssert.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"DE", "MN", "TG", "SY"})
  void of_acceptsAssignedAlpha2Codes(String code) {
    assertThat(CountryCode.of(code).code()).isEqualTo(code);
    assertThat(CountryCode.of(code)).hasToString(code).isEqualTo(CountryCode.of(code));
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"de", "DEU", "XX", "", "D"})
  void of_rejectsOtherForms(String code) {
    assertInvalid(
        () -> CountryCode.of(code),
        "CountryCode",
        "must be an assigned ISO 3166-1 alpha-2 code in upper case such as DE, had "
            + code.length()
            + " characters");
  }

  @Test
  void of_doesNotRepeatTheValueInItsMessage() {
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> CountryCode.of("Syrien")))
        .isInstanceOf(InvalidValueException.class)
        .message()
        .doesNotContain("Syrien");
  }

  @Test
  void of_rejectsNull() {
    assertInvalid(() -> CountryCode.of(null), "CountryCode", "must not be null");
  }

  @Test
  void displayName_inGerman() {
    assertThat(CountryCode.of("MN").displayName(Locale.GERMAN)).isEqualTo("Mongolei");
  }
}
