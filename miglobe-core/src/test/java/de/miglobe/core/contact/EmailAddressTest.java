package de.miglobe.core.contact;

import static de.miglobe.core.InvalidValueAssert.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import de.miglobe.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {
  private static final String REASON =
      "must have the form local-part@domain.tld (at most 254 characters)";

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "Tirza.Emmering@Forum-der-Kulturen.de, Tirza.Emmering@forum-der-kulturen.de",
    "info@salach.de, info@salach.de",
    "A.B+miglobe@MAIL.Example.ORG, A.B+miglobe@mail.example.org",
    "o'neil_1@sub-domain.example.co, o'neil_1@sub-domain.example.co"
  })
  void of_lowerCasesTheDomainAndKeepsTheLocalPart(String typed, String normalised) {
    EmailAddress email = EmailAddress.of(typed);
    assertThat(email.value()).isEqualTo(normalised);
    assertThat(email).isEqualTo(EmailAddress.of(normalised));
    assertThat(email.domain()).isEqualTo(normalised.substring(normalised.indexOf('@') + 1));
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(
      strings = {
        "",
        "tirza.emmering",
        "@forum-der-kulturen.de",
        "tirza@",
        "tirza@localhost",
        "tirza@forum.d",
        "tirza..emmering@forum.de",
        ".tirza@forum.de",
        "tirza emmering@forum.de",
        " tirza@forum.de",
        "tirza@forum.de ",
        "\"tirza\"@forum.de",
        "tirza@[127.0.0.1]",
        "tirza@-forum.de",
        "tirza@forum_kultur.de",
        "tirza@@forum.de",
        "jürgen@forum.de",
        "tirza@forüm.de"
      })
  void of_rejectsInvalidFormsWithoutEchoingTheAddress(String typed) {
    InvalidValueException e = assertInvalid(() -> EmailAddress.of(typed), "EmailAddress", REASON);
    if (!typed.isBlank()) {
      assertThat(e.getMessage()).doesNotContain(typed.strip());
    }
  }

  @Test
  void of_rejectsLocalPartLongerThan64() {
    assertThat(EmailAddress.of("a".repeat(64) + "@forum.de").value()).hasSize(73);
    assertInvalid(() -> EmailAddress.of("a".repeat(65) + "@forum.de"), "EmailAddress", REASON);
  }

  @Test
  void of_rejectsAddressLongerThan254() {
    String domain = "d".repeat(60) + "." + "e".repeat(60) + "." + "f".repeat(60) + "." + "g".repeat(50) + ".de";
    assertThat(EmailAddress.of("a@" + domain).value()).hasSize(2 + domain.length());
    assertInvalid(() -> EmailAddress.of("a".repeat(64) + "@" + domain), "EmailAddress", REASON);
  }

  @Test
  void of_rejectsNull() {
    assertInvalid(() -> EmailAddress.of(null), "EmailAddress", "must not be null");
  }

  @Test
  void toString_hidesTheAddress() {
    EmailAddress email = EmailAddress.of("Tirza.Emmering@forum-der-kulturen.de");
    assertThat(email.toString()).isEqualTo("EmailAddress[***]").doesNotContain("Tirza", "forum");
  }
}
