package de.miglobe.core.contact;

import static de.miglobe.core.InvalidValueAssert.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import de.miglobe.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "07 11/248 48 08-36|+49711248480836",
        "07 11/248 48 08-88|+49711248480888",
        "0711 2484808-36|+49711248480836",
        "(0711) 24 84 80 836|+49711248480836",
        "+49 711 2484808-36|+49711248480836",
        "+49 (0)711 2484808-36|+49711248480836",
        "0049 711 2484808-36|+49711248480836",
        "07162 9631-0|+49716296310",
        "+976 11 123456|+97611123456",
        "+228 22 21 12 34|+22822211234",
        "0170 1234567|+491701234567"
      })
  void of_normalisesToE164AndKeepsTheTypedForm(String typed, String e164) {
    PhoneNumber number = PhoneNumber.of(typed);
    assertThat(number.e164()).isEqualTo(e164);
    assertThat(number.typed()).isEqualTo(typed);
  }

  @Test
  void of_stripsSurroundingWhiteSpaceFromTheTypedForm() {
    assertThat(PhoneNumber.of("  07 11/248 48 08-36 ").typed()).isEqualTo("07 11/248 48 08-36");
  }

  @Test
  void equals_needsTheSameNumberTypedAlike() {
    PhoneNumber phone = PhoneNumber.of("07 11/248 48 08-36");
    assertThat(phone).isEqualTo(PhoneNumber.of("07 11/248 48 08-36")).hasSameHashCodeAs(PhoneNumber.of("+49711248480836"));
    assertThat(phone).isNotEqualTo(PhoneNumber.of("+49711248480836"));
    assertThat(phone).isNotEqualTo(PhoneNumber.of("07 11/248 48 08-88"));
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"Rufnummer folgt", "---", "ab/cd", "+", "Tel. 0711 2484808", "0711 2484808 (Zentrale)", "0800-FLOWERS", "0711 2484808 ext 36"})
  void of_rejectsRubbish(String typed) {
    assertInvalid(
        () -> PhoneNumber.of(typed),
        "PhoneNumber",
        "must be a phone number in German or international notation");
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"12", "115", "0711", "0711 12", "+49 711 12345678901234"})
  void of_rejectsNumbersInvalidForTheirCountry(String typed) {
    InvalidValueException e =
        assertInvalid(
            () -> PhoneNumber.of(typed),
            "PhoneNumber",
            "must be a valid number for its country (check the area code and the digit count)");
    assertThat(e.getMessage()).doesNotContain(typed);
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"", "   "})
  void of_rejectsBlank(String typed) {
    assertInvalid(() -> PhoneNumber.of(typed), "PhoneNumber", "must have 1 to 40 characters");
  }

  @Test
  void of_rejectsMoreThan40Characters() {
    assertInvalid(() -> PhoneNumber.of("0".repeat(41)), "PhoneNumber", "must have 1 to 40 characters");
  }

  @Test
  void of_rejectsNull() {
    assertInvalid(() -> PhoneNumber.of(null), "PhoneNumber", "must not be null");
  }

  @Test
  void toString_hidesTheNumber() {
    PhoneNumber phone = PhoneNumber.of("07 11/248 48 08-36");
    assertThat(phone.toString()).isEqualTo("PhoneNumber[***]").doesNotContain("711", "248");
  }
}
