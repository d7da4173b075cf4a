package de.miglobe.core.contact;

import static de.miglobe.core.InvalidValueAssert.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTest {

  static Stream<Arguments> scripts() {
    return Stream.of(
        Arguments.of("German with umlauts and ß", "Jürgen", "Größ-Müller"),
        Arguments.of("Cyrillic", "Светлана", "Кузнецова"),
        Arguments.of("Mongolian Cyrillic", "Долгор", "Гунцэцэг"),
        Arguments.of("Mongolian script", "ᠳᠣᠯᠭᠣᠷ", "ᠭᠦᠨᠴᠡᠴᠡᠭ"),
        Arguments.of("Arabic", "فاطمة", "الحسيني"),
        Arguments.of("Chinese", "秀英", "王"),
        Arguments.of("Persian with zero-width non-joiner", "محمد‌رضا", "رضایی"),
        Arguments.of("particle and apostrophe", "Amélie", "d'Aubigné von der Heide"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scripts")
  void of_keepsNamesInAnyScriptExactly(String label, String given, String family) {
    PersonName name = PersonName.of(given, family);
    assertThat(name.givenNames()).contains(given);
    assertThat(name.familyName()).isEqualTo(family);
    assertThat(name.displayName()).isEqualTo(given + " " + family);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scripts")
  void of_stripsOnlySurroundingWhiteSpace(String label, String given, String family) {
    PersonName name = PersonName.of("  " + given + "\t", "\u2003" + family + " \n");
    assertThat(name.givenNames()).contains(given);
    assertThat(name.familyName()).isEqualTo(family);
    assertThat(name).isEqualTo(PersonName.of(given, family));
  }

  @Test
  void of_stripsSurroundingNoBreakSpaces() {
    assertThat(PersonName.of("\u00a0Dolgor\u202f", "Guntsetseg\u00a0").displayName()).isEqualTo("Dolgor Guntsetseg");
    assertThat(PersonName.of("Dolgor", "Gunt\u00a0Setseg").familyName()).isEqualTo("Gunt\u00a0Setseg");
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"", " ", "\t \n", "\u2003", "\u00a0", "\u202f\u2007", "\u200b", " \u00a0\u200b\ufeff "})
  void of_rejectsBlankFamilyName(String family) {
    assertInvalid(() -> PersonName.of("Dolgor", family), "PersonName.familyName", "must not be blank");
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"\u0000", "\u0007\u0007", "\u001b", "\u007f", "Gun\u0000tsetseg", "Gun\ntsetseg", "Gun\ttsetseg"})
  void of_rejectsControlCharacters(String family) {
    assertInvalid(
        () -> PersonName.of("Dolgor", family), "PersonName.familyName", "must not contain control characters");
  }

  @Test
  void builder_checksGivenNamesAndTitleToo() {
    assertInvalid(() -> PersonName.of(" ", "Guntsetseg"), "PersonName.givenNames", "must not be blank");
    assertInvalid(
        () -> PersonName.builder().familyName("Guntsetseg").academicTitle("Dr.\u0007").build(),
        "PersonName.academicTitle",
        "must not contain control characters");
  }

  @Test
  void builder_requiresFamilyName() {
    assertInvalid(
        () -> PersonName.builder().givenNames("Dolgor").build(),
        "PersonName.familyName",
        "is required but was not set");
  }

  @Test
  void builder_rejectsNullArguments() {
    assertInvalid(() -> PersonName.builder().familyName(null), "familyName", "must not be null");
    assertInvalid(() -> PersonName.of(null, "Guntsetseg"), "givenNames", "must not be null");
  }

  @Test
  void familyNameAlone_isEnough() {
    PersonName name = PersonName.builder().familyName("Becker").formOfAddress(FormOfAddress.FRAU).build();
    assertThat(name.givenNames()).isEmpty();
    assertThat(name.displayName()).isEqualTo("Becker");
    assertThat(name.formalSalutation()).isEqualTo("Sehr geehrte Frau Becker");
  }

  private static PersonName guntsetseg(FormOfAddress form) {
    return PersonName.builder()
        .academicTitle(" Dr. ")
        .givenNames("Dolgor")
        .familyName("Guntsetseg")
        .formOfAddress(form)
        .build();
  }

  @Test
  void displayName_withTitle() {
    assertThat(guntsetseg(FormOfAddress.FRAU).displayName()).isEqualTo("Dr. Dolgor Guntsetseg");
  }

  @Test
  void formalSalutation_forEveryFormOfAddress() {
    assertThat(guntsetseg(FormOfAddress.FRAU).formalSalutation())
        .isEqualTo("Sehr geehrte Frau Dr. Guntsetseg");
    assertThat(guntsetseg(FormOfAddress.HERR).formalSalutation())
        .isEqualTo("Sehr geehrter Herr Dr. Guntsetseg");
    assertThat(guntsetseg(FormOfAddress.NONE).formalSalutation())
        .isEqualTo("Guten Tag Dr. Dolgor Guntsetseg");
    assertThat(PersonName.of("Kai", "Wolf").formalSalutation()).isEqualTo("Guten Tag Kai Wolf");
    assertThat(PersonName.of("Kai", "Wolf").formOfAddress()).isEqualTo(FormOfAddress.NONE);
  }
}
