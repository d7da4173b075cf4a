package de.miglobe.core.municipality;

import static de.miglobe.core.InvalidValueAssert.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.miglobe.core.CountryCode;
import de.miglobe.core.contact.ContactDetails;
import de.miglobe.core.contact.ContactPerson;
import de.miglobe.core.contact.EmailAddress;
import de.miglobe.core.contact.PersonName;
import de.miglobe.core.contact.PhoneNumber;
import de.miglobe.core.contact.PostalAddress;
import de.miglobe.core.fieldofaction.FieldOfAction;
import de.miglobe.core.id.MunicipalityId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MunicipalityTest {

  private static ContactPerson becker() {
    return ContactPerson.builder()
        .name(PersonName.of("Ute", "Becker"))
        .function("Bereichsleiterin Familien und Soziales")
        .contact(
            ContactDetails.builder()
                .email(EmailAddress.of("u.becker@salach.de"))
                .phone(PhoneNumber.of("07162 4008-12"))
                .build())
        .build();
  }

  static Municipality.Builder salach() {
    return Municipality.builder()
        .id(MunicipalityId.of("salach"))
        .officialName("Salach")
        .type(MunicipalityType.GEMEINDE)
        .key(MunicipalityKey.of("08117042"))
        .federalState(FederalState.BADEN_WUERTTEMBERG)
        .districtName("Landkreis Göppingen");
  }

  @Test
  void builder_buildsSalach() {
    Municipality salach = salach().population(7900).build();
    assertThat(salach.key().districtKey()).isEqualTo(MunicipalityKey.of("08117"));
    assertThat(salach.districtName()).contains("Landkreis Göppingen");
    assertThat(salach.population()).hasValue(7900);
  }

  @Test
  void builder_stripsNames() {
    Municipality salach = salach().officialName(" Salach ").districtName(" Landkreis Göppingen\t").build();
    assertThat(salach.officialName()).isEqualTo("Salach");
    assertThat(salach.districtName()).contains("Landkreis Göppingen");
    assertThat(salach).isEqualTo(salach().build());
  }

  @Test
  void federalState_mustAgreeWithTheKey() {
    assertInvalid(
        () -> salach().federalState(FederalState.BAYERN).build(),
        "Municipality.federalState",
        "must agree with the key's first two digits 08 (DE-BW), was DE-BY");
  }

  @Test
  void landkreis_needsFiveDigitKey() {
    Municipality goeppingen =
        salach().officialName("Göppingen").type(MunicipalityType.LANDKREIS).key(MunicipalityKey.of("08117")).build();
    assertThat(goeppingen.key().isDistrictKey()).isTrue();
    assertInvalid(
        () -> salach().type(MunicipalityType.LANDKREIS).build(),
        "Municipality.key",
        "of a Landkreis must have 5 digits, was 8");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = MunicipalityType.class, names = "LANDKREIS", mode = EnumSource.Mode.EXCLUDE)
  void otherTypes_needEightDigitKey(MunicipalityType type) {
    assertThat(salach().type(type).build().type()).isEqualTo(type);
    assertInvalid(
        () -> salach().type(type).key(MunicipalityKey.of("08117")).build(),
        "Municipality.key",
        "of a " + type.code() + " must have 8 digits, was 5");
  }

  @Test
  void population_mustNotBeNegative() {
    assertThat(salach().population(0).build().population()).hasValue(0);
    assertInvalid(() -> salach().population(-1).build(), "Municipality.population", "must not be negative");
  }

  @Test
  void officialName_mustNotBeBlank() {
    assertInvalid(() -> salach().officialName(" ").build(), "Municipality.officialName", "must not be blank");
    assertInvalid(() -> salach().districtName("").build(), "Municipality.districtName", "must not be blank");
  }

  @Test
  void builder_requiresIdNameTypeKeyAndState() {
    assertInvalid(
        () -> Municipality.builder().officialName("Salach").build(),
        "Municipality.id, Municipality.type, Municipality.key, Municipality.federalState",
        "is required but was not set");
  }

  @Test
  void builder_rejectsNullContactPerson() {
    assertInvalid(() -> salach().addContactPerson((ContactPerson) null), "contactPersons", "must not contain null");
  }

  @Test
  void contactPersons_areCopiedAndUnmodifiable() {
    List<ContactPerson> source = new ArrayList<>(List.of(becker()));
    Municipality salach = salach().contactPersons(source).build();
    source.clear();
    assertThat(salach.contactPersons()).hasSize(1);
    assertThatThrownBy(() -> salach.contactPersons().add(becker()))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void profile_keepsPartnershipsAndFocusFields() {
    DevelopmentPolicyProfile profile =
        DevelopmentPolicyProfile.builder()
            .fairTradeTown(true)
            .addPartnership(MunicipalPartnership.of("Darkhan", CountryCode.of("MN")))
            .addFocusField(FieldOfAction.FAIR_TRADE)
            .build();
    assertThat(profile.agenda2030ResolutionSigned()).isFalse();
    assertThat(salach().profile(profile).build().profile()).contains(profile);
    assertInvalid(
        () -> MunicipalPartnership.of(" ", CountryCode.of("MN")),
        "MunicipalPartnership.partnerName",
        "must not be blank");
  }

  @Test
  void toString_containsNoContactDetailOrStreet() {
    Municipality salach =
        salach()
            .administrationAddress(PostalAddress.of("Rathausplatz 1", "73084", "Salach"))
            .addContactPerson(becker())
            .build();
    assertThat(salach.toString())
        .contains("Salach")
        .doesNotContain("Rathausplatz", "73084", "u.becker", "salach.de", "4008", "7162");
  }
}
