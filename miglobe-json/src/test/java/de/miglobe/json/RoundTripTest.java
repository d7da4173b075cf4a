package de.miglobe.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import de.miglobe.core.CountryCode;
import de.miglobe.core.DateRange;
import de.miglobe.core.Hours;
import de.miglobe.core.LanguageCode;
import de.miglobe.core.Labelled;
import de.miglobe.core.advisor.Advisor;
import de.miglobe.core.advisor.Consent;
import de.miglobe.core.advisor.ConsentRecord;
import de.miglobe.core.advisor.ConsentScope;
import de.miglobe.core.advisor.SensitiveAttributes;
import de.miglobe.core.consultation.Consultation;
import de.miglobe.core.contact.ContactDetails;
import de.miglobe.core.contact.PostalAddress;
import de.miglobe.core.id.OrganisationId;
import de.miglobe.core.municipality.DevelopmentPolicyProfile;
import de.miglobe.core.municipality.MunicipalPartnership;
import de.miglobe.core.municipality.Municipality;
import de.miglobe.core.fieldofaction.FieldOfAction;
import de.miglobe.core.programme.Programme;
import de.miglobe.core.qualification.Certificate;
import de.miglobe.core.qualification.QualificationPhase;
import de.miglobe.core.qualification.Revocation;
import de.miglobe.core.rule.Evaluation;
import de.miglobe.core.rule.RuleCode;
import de.miglobe.core.rule.Violation;
import de.miglobe.json.codec.ModelCodecs;
import de.miglobe.testkit.ProgrammeGenerator;
import de.miglobe.testkit.SalachStory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every type of the model reads back equal from what it writes, on its own as a document. */
class RoundTripTest {
  private static final MiGlobeJson JSON = MiGlobeJson.standard();

  /** One sample per mapped type, with every optional attribute present where the type has one. */
  static Stream<Arguments> samples() {
    Programme story = SalachStory.programme();
    ProgrammeGenerator generator = ProgrammeGenerator.withSeed(7);
    Consultation consultation = SalachStory.salachConsultation();
    QualificationPhase phase = SalachStory.firstPhase();
    Municipality salach = SalachStory.salach();
    Advisor sensitiveAdvisor = advisorWithEverything();
    List<Object> values = new ArrayList<>();
    values.addAll(
        List.of(
            story,
            sensitiveAdvisor,
            generator.advisor(),
            phase,
            revokedCertificate(),
            municipalityWithEverything(),
            consultation,
            SalachStory.forumDerKulturen(),
            SalachStory.stakeholderMeeting(),
            SalachStory.GUNTSETSEG,
            SalachStory.FIRST_PHASE,
            revokedCertificate().id(),
            SalachStory.SALACH,
            SalachStory.SALACH_CONSULTATION,
            SalachStory.SKEW,
            SalachStory.STAKEHOLDER_MEETING,
            LanguageCode.of("mn"),
            CountryCode.of("TG"),
            salach.key(),
            generator.emailAddress(),
            generator.phoneNumber(),
            DateRange.of(LocalDate.of(2017, 12, 1), LocalDate.of(2018, 9, 28)),
            Hours.parse("2.25"),
            generator.personName(),
            PostalAddress.of("Rathausplatz 1", "73084", "Salach"),
            sensitiveAdvisor.contact(),
            SalachStory.tirzaEmmering(),
            MunicipalPartnership.of("Wiang Chai", CountryCode.of("TH")),
            municipalityWithEverything().profile().orElseThrow(),
            sensitiveAdvisor.consent().consents().get(0),
            sensitiveAdvisor.consent(),
            sensitiveAdvisor.sensitive(),
            phase.modules().get(0),
            phase.enrolments().get(2).practice(),
            phase.enrolments().get(0),
            phase.requirements(),
            revokedCertificate().revocation().orElseThrow(),
            consultation.request(),
            consultation.team().get(0),
            consultation.sessions().get(0),
            consultation.outcomes().get(0),
            consultation.testimonials().get(0),
            consultation.history().get(1),
            SalachStory.stakeholderMeeting().agenda().get(0),
            story.policy(),
            teamTooSmall(),
            Evaluation.of(teamTooSmall(), Violation.of(RuleCode.CONSULTATION_TEAM_NOT_TANDEM, ""))));
    return values.stream().map(v -> Arguments.of(v.getClass().getSimpleName().replace("Immutable", ""), v));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void read_ofWrite_givesAnEqualValue(String type, Object value) {
    String text = JSON.write(value);

    Object read = JSON.read(text, value.getClass());

    assertThat(read).isEqualTo(value);
    assertThat(JSON.write(read)).isEqualTo(text);
  }

  @Test
  void samples_coverEveryMappedValueType() {
    List<Class<?>> covered = new ArrayList<>();
    samples().forEach(a -> covered.add(a.get()[1].getClass()));

    for (Class<?> type : ModelCodecs.BY_TYPE.keySet()) {
      if (!type.isEnum()) {
        assertThat(covered).as(type.getSimpleName()).anyMatch(type::isAssignableFrom);
      }
    }
  }

  static Stream<Arguments> codes() {
    return ModelCodecs.BY_TYPE.keySet().stream()
        .filter(Class::isEnum)
        .flatMap(type -> Arrays.stream(type.getEnumConstants()))
        .map(constant -> Arguments.of(constant.getClass().getSimpleName() + "." + constant, constant));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codes")
  void enum_isWrittenAsItsStableCode_andReadBack(String name, Object constant) {
    String text = JSON.write(constant);

    assertThat(text).isEqualTo("\"" + ((Labelled) constant).code() + "\"\n");
    assertThat(JSON.read(text, constant.getClass())).isSameAs(constant);
  }

  @Test
  void read_acceptsPropertiesInAnyOrder() {
    String reversed =
        "{\"consent\":{\"consents\":[]},\"capacity\":2,\"status\":\"applicant\","
            + "\"name\":{\"familyName\":\"Yılmaz\",\"givenNames\":\"Ada\"},\"id\":\"adv-1\",\"formatVersion\":\"1.0\"}";

    assertThat(JSON.read(reversed, Advisor.class)).isEqualTo(GoldenFileTest.minimalAdvisor());
  }

  @Test
  void read_sharesRepeatedValuesWithinADocument() {
    Programme programme = JSON.read(GoldenFiles.read("programme-salach-2018"), Programme.class);

    assertThat(programme.consultations().get(0).team().get(0).advisor())
        .isSameAs(programme.phases().get(0).enrolments().get(2).advisor());
  }

  @Test
  void typesOutsideTheModel_areRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JSON.write("text"))
        .withMessage("java.lang.String is not a type of the MiGlobe model");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JSON.read("{}", Object.class))
        .withMessage("java.lang.Object is not a type of the MiGlobe model");
  }

  @Test
  void hours_areWrittenAsNumbersWithAtMostTwoDecimals() {
    assertThat(JSON.write(Hours.parse("2.50"))).isEqualTo("2.5\n");
    assertThat(JSON.write(Hours.parse("0.25"))).isEqualTo("0.25\n");
    assertThat(JSON.write(Hours.of(8))).isEqualTo("8\n");
    assertThat(JSON.read("1.50", Hours.class)).isEqualTo(Hours.parse("1.5"));
    assertThat(JSON.read("1E1", Hours.class)).isEqualTo(Hours.of(10));
  }

  @Test
  void dates_areWrittenAsIsoDays() {
    assertThat(JSON.write(SalachStory.certificate(SalachStory.GUNTSETSEG))).contains("\"issuedOn\": \"2018-09-28\"");
  }

  static Violation teamTooSmall() {
    return Violation.of(RuleCode.CONSULTATION_TEAM_TOO_SMALL, "consultations[0].team", "size", "0", "min", "1");
  }

  @Test
  void violation_isWrittenWithCodeSeverityPathAndParameters() {
    MiGlobeJson compact = MiGlobeJson.builder().disable(MiGlobeJsonOption.PRETTY_PRINT).build();

    assertThat(compact.write(teamTooSmall()))
        .isEqualTo(
            "{\"code\":\"CONSULTATION_TEAM_TOO_SMALL\",\"severity\":\"error\",\"path\":\"consultations[0].team\","
                + "\"parameters\":{\"size\":\"0\",\"min\":\"1\"}}");
  }

  static Advisor advisorWithEverything() {
    return Advisor.builder()
        .from(SalachStory.guntsetseg())
        .contact(
            ContactDetails.builder()
                .email(de.miglobe.core.contact.EmailAddress.of("dolgor@example.org"))
                .phone(de.miglobe.core.contact.PhoneNumber.of("0711 2484808"))
                .fax(de.miglobe.core.contact.PhoneNumber.of("+49 711 2484809"))
                .address(PostalAddress.of("Königstraße 1", "70173", "Stuttgart"))
                .build())
        .addLanguages(LanguageCode.of("mn"))
        .profile("Beraterin für interkulturelle Öffnung.\nSchwerpunkt: Fairer Handel.")
        .homeMunicipality(SalachStory.STUTTGART)
        .capacity(3)
        .consent(
            ConsentRecord.builder()
                .addConsents(
                    Consent.given(ConsentScope.PUBLIC_PROFILE, LocalDate.of(2018, 1, 10)),
                    Consent.given(ConsentScope.SENSITIVE_ATTRIBUTES, LocalDate.of(2018, 1, 10)),
                    Consent.builder()
                        .scope(ConsentScope.PHOTOS_AND_QUOTES)
                        .givenOn(LocalDate.of(2018, 1, 10))
                        .withdrawnOn(LocalDate.of(2019, 1, 10))
                        .build())
                .build())
        .sensitive(
            SensitiveAttributes.builder()
                .addCountries(CountryCode.of("MN"))
                .addCommunities(OrganisationId.of("org-mongolischer-verein"))
                .build())
        .build();
  }

  static Municipality municipalityWithEverything() {
    return Municipality.builder()
        .from(SalachStory.salach())
        .population(7_800)
        .administrationAddress(PostalAddress.of("Rathausplatz 1", "73084", "Salach"))
        .profile(
            DevelopmentPolicyProfile.builder()
                .fairTradeTown(true)
                .agenda2030ResolutionSigned(true)
                .addPartnerships(MunicipalPartnership.of("Wiang Chai", CountryCode.of("TH")))
                .addFocusFields(FieldOfAction.FAIR_TRADE, FieldOfAction.MIGRATION_AND_DEVELOPMENT)
                .build())
        .build();
  }

  static Certificate revokedCertificate() {
    return Certificate.builder()
        .from(SalachStory.certificate(SalachStory.BERATER))
        .revocation(Revocation.of(LocalDate.of(2020, 1, 15), "Auf eigenen Wunsch zurückgegeben"))
        .build();
  }
}
