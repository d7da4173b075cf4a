package de.miglobe.core.organisation;

import static de.miglobe.core.InvalidValueAssert.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.miglobe.core.contact.ContactDetails;
import de.miglobe.core.contact.ContactPerson;
import de.miglobe.core.contact.EmailAddress;
import de.miglobe.core.contact.PersonName;
import de.miglobe.core.contact.PhoneNumber;
import de.miglobe.core.contact.PostalAddress;
import de.miglobe.core.id.OrganisationId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationTest {

  static ContactPerson emmering() {
    return ContactPerson.builder()
        .name(PersonName.of("Tirza", "Emmering"))
        .function("Projektleiterin")
        .contact(
            ContactDetails.builder()
                .email(EmailAddress.of("Tirza.Emmering@Forum-der-Kulturen.de"))
                .phone(PhoneNumber.of("07 11/248 48 08-36"))
                .fax(PhoneNumber.of("07 11/248 48 08-88"))
                .address(PostalAddress.of("Marktplatz 4", "70173", "Stuttgart"))
                .build())
        .build();
  }

  static Organisation.Builder forum() {
    return Organisation.builder()
        .id(OrganisationId.of("forum-der-kulturen"))
        .name("Forum der Kulturen Stuttgart e. V.")
        .kind(OrganisationKind.PROGRAMME_PARTNER);
  }

  @Test
  void builder_stripsTextParts() {
    Organisation forum = forum().name(" Forum der Kulturen Stuttgart e. V. ").shortName(" Forum ").place(" Stuttgart ").build();
    assertThat(forum.name()).isEqualTo("Forum der Kulturen Stuttgart e. V.");
    assertThat(forum.shortName()).contains("Forum");
    assertThat(forum.place()).contains("Stuttgart");
  }

  @Test
  void builder_rejectsBlankParts() {
    assertInvalid(() -> forum().name("").build(), "Organisation.name", "must not be blank");
    assertInvalid(() -> forum().shortName(" ").build(), "Organisation.shortName", "must not be blank");
    assertInvalid(() -> forum().place("\u0000").build(), "Organisation.place", "must not contain control characters");
    assertInvalid(
        () -> Organisation.builder().name("Forum").build(),
        "Organisation.id, Organisation.kind",
        "is required but was not set");
  }

  @Test
  void contactPersons_areCopiedAndUnmodifiable() {
    List<ContactPerson> source = new ArrayList<>(List.of(emmering()));
    Organisation forum = forum().contactPersons(source).build();
    source.add(emmering());
    assertThat(forum.contactPersons()).hasSize(1);
    assertThatThrownBy(() -> forum.contactPersons().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void toString_containsNoContactDetail() {
    assertThat(forum().addContactPerson(emmering()).build().toString())
        .contains("Forum der Kulturen")
        .doesNotContain("Tirza.Emmering", "forum-der-kulturen.de", "711", "2484808", "248 48", "Marktplatz", "70173");
  }
}
