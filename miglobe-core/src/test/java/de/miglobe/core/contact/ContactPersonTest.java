package de.miglobe.core.contact;

import static de.miglobe.core.InvalidValueAssert.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactPersonTest {

  @Test
  void builder_stripsFunctionAndDepartment() {
    ContactPerson person =
        ContactPerson.builder()
            .name(PersonName.of("Tirza", "Emmering"))
            .function(" Projektleiterin ")
            .department(" Forum der Kulturen ")
            .build();
    assertThat(person.function()).contains("Projektleiterin");
    assertThat(person.department()).contains("Forum der Kulturen");
    assertThat(person.contact()).isEqualTo(ContactDetails.none());
  }

  @Test
  void builder_rejectsBlankFunctionAndDepartment() {
    assertInvalid(
        () -> ContactPerson.builder().name(PersonName.of("Tirza", "Emmering")).function("  ").build(),
        "ContactPerson.function",
        "must not be blank");
    assertInvalid(
        () -> ContactPerson.builder().name(PersonName.of("Tirza", "Emmering")).department("\u0000").build(),
        "ContactPerson.department",
        "must not contain control characters");
  }

  @Test
  void builder_requiresName() {
    assertInvalid(() -> ContactPerson.builder().build(), "ContactPerson.name", "is required but was not set");
  }

  @Test
  void toString_containsNoContactDetail() {
    ContactPerson person =
        ContactPerson.builder()
            .name(PersonName.of("Tirza", "Emmering"))
            .function("Projektleiterin")
            .contact(ContactDetailsTest.forum())
            .build();
    assertThat(person.toString())
        .doesNotContain("forum-der-kulturen", "711", "2484808", "Marktplatz", "70173", "Stuttgart");
  }
}
