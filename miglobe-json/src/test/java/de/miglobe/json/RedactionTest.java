package de.miglobe.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.miglobe.core.advisor.Advisor;
import de.miglobe.core.consultation.Consultation;
import de.miglobe.core.consultation.Testimonial;
import de.miglobe.core.contact.PersonName;
import de.miglobe.core.contact.PhoneNumber;
import de.miglobe.core.programme.Programme;
import de.miglobe.testkit.SalachStory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The redacted form leaves out every personal value whose publication is not covered. */
class RedactionTest {
  private static final MiGlobeJson REDACTED =
      MiGlobeJson.builder().enable(MiGlobeJsonOption.REDACT_PERSONAL_DATA).build();

  @Test
  void salachStory_redacted_containsNoPersonalValue() {
    Programme story = SalachStory.programme();
    PhoneNumber phone = SalachStory.tirzaEmmering().contact().phone().orElseThrow();
    PhoneNumber fax = SalachStory.tirzaEmmering().contact().fax().orElseThrow();
    List<String> personal =
        List.of(
            SalachStory.tirzaEmmering().contact().email().orElseThrow().value(),
            phone.typed(),
            phone.e164(),
            fax.typed(),
            fax.e164(),
            "Tirza",
            "Emmering",
            "von Bergen",
            "Dolgor",
            "\"Guntsetseg\"",
            "David",
            "\"Tchakoura\"",
            "N. N.",
            // session summaries are working notes that name contact persons
            "Auftakt mit Frau Becker");

    String full = MiGlobeJson.standard().write(story);
    String redacted = REDACTED.write(story);

    assertThat(full).contains(personal);
    for (String value : personal) {
      assertThat(redacted).as(value).doesNotContain(value);
    }
  }

  @Test
  void advisorWithPublicProfile_keepsNameAndProfile_butNeverContactOrSensitiveAttributes() {
    Advisor advisor = RoundTripTest.advisorWithEverything();

    String redacted = REDACTED.write(advisor);

    assertThat(redacted)
        .contains("\"familyName\": \"Guntsetseg\"", "\"profile\":", "\"languages\":")
        .doesNotContain("\"contact\"", "dolgor@example.org", "2484808", "Königstraße", "\"sensitive\"", "\"MN\"",
            "org-mongolischer-verein", "\"redacted\"");
  }

  @Test
  void advisorWithoutPublicProfile_isReducedToIdStatusCapacityAndConsent() {
    String redacted = REDACTED.write(SalachStory.guntsetseg());

    assertThat(redacted)
        .isEqualTo(
            "{\n"
                + "  \"formatVersion\": \"1.0\",\n"
                + "  \"id\": \"adv-guntsetseg\",\n"
                + "  \"status\": \"certified\",\n"
                + "  \"capacity\": 2,\n"
                + "  \"consent\": {\n"
                + "    \"consents\": []\n"
                + "  },\n"
                + "  \"redacted\": true\n"
                + "}\n");
  }

  @Test
  void testimonials_appearOnlyWithConsentAndPublished() {
    Testimonial consented = SalachStory.salachConsultation().testimonials().get(0);
    Testimonial withoutConsent =
        Testimonial.builder()
            .quote("Ohne Einwilligung")
            .speaker(PersonName.of("Max", "Muster"))
            .build();
    Testimonial notPublished =
        Testimonial.builder()
            .quote("Nicht veröffentlicht")
            .speaker(PersonName.of("Erika", "Muster"))
            .consentGivenOn(LocalDate.of(2018, 9, 28))
            .build();
    Consultation consultation =
        Consultation.builder()
            .from(SalachStory.salachConsultation())
            .testimonials(List.of(withoutConsent, consented, notPublished))
            .build();

    String redacted = REDACTED.write(consultation);

    assertThat(redacted).contains(consented.quote()).doesNotContain("Ohne Einwilligung", "Nicht veröffentlicht", "Muster");
  }

  @Test
  void redactedDocument_cannotBeReadBack() {
    String redacted = REDACTED.write(SalachStory.guntsetseg());

    MiGlobeJsonException e =
        catchThrowableOfType(MiGlobeJsonException.class, () -> MiGlobeJson.standard().read(redacted, Advisor.class));

    assertThat(e.problems()).extracting(JsonProblem::code).contains(ProblemCode.REDACTED_INPUT);
  }

  @Test
  void ownMapper_redactsWithTheWriterAttribute() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new MiGlobeModule());

    String redacted =
        mapper
            .writer()
            .withAttribute(MiGlobeJsonOption.REDACT_PERSONAL_DATA, true)
            .writeValueAsString(SalachStory.forumDerKulturen());

    assertThat(redacted).doesNotContain("Emmering", "forum-der-kulturen.de").contains("\"redacted\":true");
  }
}
