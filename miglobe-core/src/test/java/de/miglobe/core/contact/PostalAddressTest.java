package de.miglobe.core.contact;

import static de.miglobe.core.InvalidValueAssert.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostalAddressTest {

  @Test
  void of_keepsThePartsStripped() {
    PostalAddress address = PostalAddress.of(" Rathausplatz 1 ", " 73084\t", " Salach ");
    assertThat(address.street()).isEqualTo("Rathausplatz 1");
    assertThat(address.postcode()).isEqualTo("73084");
    assertThat(address.place()).isEqualTo("Salach");
    assertThat(address).isEqualTo(PostalAddress.of("Rathausplatz 1", "73084", "Salach"));
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource(
      delimiter = '|',
      value = {"7308|4", "730845|6", "7308A|5", "''|0", "' '|0", "73 084|6", "D-73084|7", "' 7308 '|4"})
  void of_rejectsPostcodesOtherThanFiveDigits(String postcode, int length) {
    assertInvalid(
        () -> PostalAddress.of("Rathausplatz 1", postcode, "Salach"),
        "PostalAddress.postcode",
        "must have 5 digits, had " + length + " characters");
  }

  @Test
  void of_rejectsBlankStreetAndPlace() {
    assertInvalid(() -> PostalAddress.of(" ", "73084", "Salach"), "PostalAddress.street", "must not be blank");
    assertInvalid(() -> PostalAddress.of("Rathausplatz 1", "73084", ""), "PostalAddress.place", "must not be blank");
    assertInvalid(
        () -> PostalAddress.of("Rathausplatz 1\nHinterhaus", "73084", "Salach"),
        "PostalAddress.street",
        "must not contain control characters");
  }

  @Test
  void builder_requiresEveryPart() {
    assertInvalid(
        () -> PostalAddress.builder().place("Salach").build(),
        "PostalAddress.street, PostalAddress.postcode",
        "is required but was not set");
  }

  @Test
  void toString_showsOnlyThePlace() {
    String text = PostalAddress.of("Rathausplatz 1", "73084", "Salach").toString();
    assertThat(text).contains("Salach").doesNotContain("Rathausplatz", "73084");
  }
}
