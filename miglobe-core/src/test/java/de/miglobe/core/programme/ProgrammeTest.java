package de.miglobe.core.programme;

import static de.miglobe.core.InvalidValueAssert.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.miglobe.core.CountryCode;
import de.miglobe.core.DateRange;
import de.miglobe.core.advisor.Advisor;
import de.miglobe.core.advisor.AdvisorStatus;
import de.miglobe.core.advisor.Consent;
import de.miglobe.core.advisor.ConsentRecord;
import de.miglobe.core.advisor.ConsentScope;
import de.miglobe.core.advisor.SensitiveAttributes;
import de.miglobe.core.contact.ContactDetails;
import de.miglobe.core.contact.ContactPerson;
import de.miglobe.core.contact.EmailAddress;
import de.miglobe.core.contact.PersonName;
import de.miglobe.core.contact.PhoneNumber;
import de.miglobe.core.contact.PostalAddress;
import de.miglobe.core.event.ProgrammeEvent;
import de.miglobe.core.event.ProgrammeEventKind;
import de.miglobe.core.id.AdvisorId;
import de.miglobe.core.id.MunicipalityId;
import de.miglobe.core.id.OrganisationId;
import de.miglobe.core.id.ProgrammeEventId;
import de.miglobe.core.id.QualificationPhaseId;
import de.miglobe.core.municipality.FederalState;
import de.miglobe.core.municipality.Municipality;
import de.miglobe.core.municipality.MunicipalityKey;
import de.miglobe.core.municipality.MunicipalityType;
import de.miglobe.core.organisation.Organisation;
import de.miglobe.core.organisation.OrganisationKind;
import de.miglobe.core.policy.ProgrammePolicy;
import de.miglobe.core.qualification.QualificationPhase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgrammeTest {

  private static ContactDetails contact(String email, String phone, String street) {
    return ContactDetails.builder()
        .email(EmailAddress.of(email))
        .phone(PhoneNumber.of(phone))
        .address(PostalAddress.of(street, "70173", "Stuttgart"))
        .build();
  }

  static Advisor advisor(String id) {
    return Advisor.builder()
        .id(AdvisorId.of(id))
        .name(PersonName.of("Dolgor", "Guntsetseg"))
        .status(AdvisorStatus.CERTIFIED)
        .contact(contact("dolgor.g@example.org", "0170 1234567", "Königstraße 10"))
        .sensitive(SensitiveAttributes.builder().addCountry(CountryCode.of("MN")).addCommunity(OrganisationId.of("mongolischer-verein")).build())
        .consent(
            ConsentRecord.builder()
                .addConsent(Consent.given(ConsentScope.SENSITIVE_ATTRIBUTES, LocalDate.of(2017, 11, 20)))
                .build())
        .build();
  }

  static Municipality salach() {
    return Municipality.builder()
        .id(MunicipalityId.of("salach"))
        .officialName("Salach")
        .type(MunicipalityType.GEMEINDE)
        .key(MunicipalityKey.of("08117042"))
        .federalState(FederalState.BADEN_WUERTTEMBERG)
        .administrationAddress(PostalAddress.of("Rathausplatz 1", "73084", "Salach"))
        .addContactPerson(
            ContactPerson.builder()
                .name(PersonName.of("Ute", "Becker"))
                .contact(contact("u.becker@salach.de", "07162 4008-12", "Hauptstraße 5"))
                .build())
        .build();
  }

  static Organisation forum() {
    return Organisation.builder()
        .id(OrganisationId.of("forum-der-kulturen"))
        .name("Forum der Kulturen Stuttgart e. V.")
        .kind(OrganisationKind.PROGRAMME_PARTNER)
        .addContactPerson(
            ContactPerson.builder()
                .name(PersonName.of("Tirza", "Emmering"))
                .contact(contact("Tirza.Emmering@forum-der-kulturen.de", "07 11/248 48 08-36", "Marktplatz 4"))
                .build())
        .build();
  }

  static Programme.Builder miglobe() {
    return Programme.builder()
        .name("MiGlobe")
        .addPartner(OrganisationId.of("forum-der-kulturen"))
        .addAdvisor(advisor("dolgor"))
        .addMunicipality(salach())
        .addOrganisation(forum());
  }

  @Test
  void lookups_findByIdentifier() {
    Programme programme = miglobe().build();
    assertThat(programme.advisor(AdvisorId.of("dolgor"))).contains(advisor("dolgor"));
    assertThat(programme.advisor(AdvisorId.of("nobody"))).isEmpty();
    assertThat(programme.municipality(MunicipalityId.of("salach"))).contains(salach());
    assertThat(programme.organisation(OrganisationId.of("forum-der-kulturen"))).contains(forum());
    assertThat(programme.policy()).isEqualTo(ProgrammePolicy.defaults());
  }

  @Test
  void advisors_mustHaveUniqueIds() {
    assertInvalid(
        () -> miglobe().addAdvisor(advisor("dolgor")).build(),
        "Programme.advisors",
        "must not contain the id dolgor twice");
  }

  @Test
  void municipalities_mustHaveUniqueIds() {
    assertInvalid(
        () -> miglobe().addMunicipality(salach()).build(),
        "Programme.municipalities",
        "must not contain the id salach twice");
  }

  @Test
  void organisations_mustHaveUniqueIds() {
    assertInvalid(
        () -> miglobe().addOrganisation(forum()).build(),
        "Programme.organisations",
        "must not contain the id forum-der-kulturen twice");
  }

  @Test
  void phasesAndEvents_mustHaveUniqueIds() {
    QualificationPhase phase =
        QualificationPhase.builder()
            .id(QualificationPhaseId.of("bw-2017"))
            .name("BW 2017/2018")
            .region(FederalState.BADEN_WUERTTEMBERG)
            .period(DateRange.parse("2017-12-01/2018-09-28"))
            .build();
    assertInvalid(
        () -> miglobe().addPhase(phase).addPhase(phase).build(),
        "Programme.phases",
        "must not contain the id bw-2017 twice");
    ProgrammeEvent event =
        ProgrammeEvent.builder()
            .id(ProgrammeEventId.of("stuttgart-2018-09-28"))
            .kind(ProgrammeEventKind.STAKEHOLDER_MEETING)
            .title("Stakeholdertreffen")
            .date(LocalDate.of(2018, 9, 28))
            .build();
    assertInvalid(
        () -> miglobe().addEvent(event).addEvent(event).build(),
        "Programme.events",
        "must not contain the id stuttgart-2018-09-28 twice");
  }

  @Test
  void name_isStrippedAndChecked() {
    assertThat(miglobe().name(" MiGlobe ").build().name()).isEqualTo("MiGlobe");
    assertInvalid(() -> miglobe().name("").build(), "Programme.name", "must not be blank");
    assertInvalid(() -> Programme.builder().build(), "Programme.name", "is required but was not set");
  }

  @Test
  void lists_areCopiedAndUnmodifiable() {
    List<Advisor> advisors = new ArrayList<>(List.of(advisor("dolgor")));
    Programme programme = Programme.builder().name("MiGlobe").advisors(advisors).build();
    advisors.add(advisor("anna"));
    assertThat(programme.advisors()).hasSize(1);
    assertThat(programme.advisor(AdvisorId.of("anna"))).isEmpty();
    assertThatThrownBy(() -> programme.advisors().add(advisor("anna"))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> programme.partners().add(OrganisationId.of("x"))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void toString_containsNoContactDetailOrSensitiveAttribute() {
    assertThat(miglobe().build().toString())
        .contains("MiGlobe", "Salach", "Forum der Kulturen")
        .doesNotContain(
            "dolgor.g", "example.org", "1234567", "Königstraße",
            "u.becker", "salach.de", "4008", "Hauptstraße", "Rathausplatz", "73084",
            "Tirza.Emmering", "forum-der-kulturen.de", "2484808", "248 48", "Marktplatz", "70173",
            "MN", "mongolischer-verein");
  }
}
