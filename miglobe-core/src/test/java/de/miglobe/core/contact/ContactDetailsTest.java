package de.miglobe.core.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactDetailsTest {

  static ContactDetails forum() {
    return ContactDetails.builder()
        .email(EmailAddress.of("Tirza.Emmering@Forum-der-Kulturen.de"))
        .phone(PhoneNumber.of("07 11/248 48 08-36"))
        .fax(PhoneNumber.of("07 11/248 48 08-88"))
        .address(PostalAddress.of("Marktplatz 4", "70173", "Stuttgart"))
        .build();
  }

  @Test
  void none_isEmpty() {
    assertThat(ContactDetails.none().isEmpty()).isTrue();
    assertThat(ContactDetails.builder().build()).isEqualTo(ContactDetails.none());
    assertThat(ContactDetails.builder().phone(PhoneNumber.of("0711 2484808")).build().isEmpty()).isFalse();
  }

  @Test
  void keepsEachPart() {
    ContactDetails contact = forum();
    assertThat(contact.isEmpty()).isFalse();
    assertThat(contact.email().orElseThrow().value()).isEqualTo("Tirza.Emmering@forum-der-kulturen.de");
    assertThat(contact.phone().orElseThrow().e164()).isEqualTo("+49711248480836");
    assertThat(contact.fax().orElseThrow().e164()).isEqualTo("+49711248480888");
    assertThat(contact.address().orElseThrow().place()).isEqualTo("Stuttgart");
  }

  @Test
  void toString_containsNoPersonalValue() {
    assertThat(forum().toString())
        .doesNotContain("Tirza", "Emmering", "forum-der-kulturen", "711", "2484808", "248 48", "Marktplatz", "70173", "Stuttgart");
  }
}
