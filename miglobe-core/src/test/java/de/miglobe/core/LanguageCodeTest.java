package de.miglobe.core;

import static de.miglobe.core.InvalidValueAssert.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageCodeTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"de", "mn", "ar", "zh", "tzm"})
  void of_acceptsIso639Codes(String code) {
    LanguageCode language = LanguageCode.of(code);
    assertThat(language.code()).isEqualTo(code);
    assertThat(language).hasToString(code).isEqualTo(LanguageCode.of(code));
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"DE", "d", "xx", "deu1", "de-DE", "", "Deutsch"})
  void of_rejectsOtherForms(String code) {
    assertInvalid(
        () -> LanguageCode.of(code),
        "LanguageCode",
        "must be an ISO 639-1 code or three lower-case letters (ISO 639-2/3), was '" + code + "'");
  }

  @Test
  void of_rejectsNull() {
    assertInvalid(() -> LanguageCode.of(null), "LanguageCode", "must not be null");
  }

  @Test
  void displayName_inGerman() {
    assertThat(LanguageCode.of("mn").displayName(Locale.GERMAN)).isEqualTo("Mongolisch");
  }
}
