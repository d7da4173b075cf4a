package de.miglobe.benchmarks.plain;

import com.dslplatform.json.CompiledJson;
import com.dslplatform.json.JsonAttribute;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The baseline: a programme document as plain Java records, the way a user would bind the MiGlobe
 * JSON without the library. Every property of the wire format has a component of the same name;
 * codes stay strings, dates are {@link LocalDate}, hours {@link BigDecimal}, absent optional values
 * are {@code null}. Nothing is validated and nothing is shared: this is the cost floor of "just
 * binding" that {@code MiGlobeJson} is measured against.
 *
 * <p>jackson-databind binds these records through their canonical constructors; DSL-JSON through
 * the converters its annotation processor generates for {@link CompiledJson}. DSL-JSON 2.0.2 reads an
 * accessor that starts with {@code is} as a getter ({@code issuedOn()} of property {@code
 * suedOn}) and then finds no property for the constructor, so {@link Certificate} names those two
 * components differently and maps them to their JSON names.
 *
 * @param formatVersion the document's format version, for example {@code "1.0"}
 * @param name the programme's name
 * @param partners organisation identifiers of the programme partners
 * @param policy the rule thresholds
 * @param advisors the advisors
 * @param phases the qualification phases
 * @param certificates the certificates
 * @param municipalities the municipalities
 * @param consultations the consultations
 * @param organisations the organisations
 * @param events the programme events
 */
@CompiledJson
public record PlainProgramme(
    String formatVersion,
    String name,
    List<String> partners,
    Policy policy,
    List<Advisor> advisors,
    List<Phase> phases,
    List<Certificate> certificates,
    List<Municipality> municipalities,
    List<Consultation> consultations,
    List<Organisation> organisations,
    List<Event> events) {

  /**
   * A phone or fax number.
   *
   * @param typed as typed
   * @param e164 in E.164 form
   */
  @CompiledJson
  public record Phone(String typed, String e164) {}

  /**
   * A period of days.
   *
   * @param start the first day
   * @param end the last day
   */
  @CompiledJson
  public record Period(LocalDate start, LocalDate end) {}

  /**
   * A person's name.
   *
   * @param givenNames given names or null
   * @param familyName family name
   * @param academicTitle title or null
   * @param formOfAddress code
   */
  @CompiledJson
  public record Name(String givenNames, String familyName, String academicTitle, String formOfAddress) {}

  /**
   * A postal address.
   *
   * @param street street and number
   * @param postcode postcode
   * @param place place
   */
  @CompiledJson
  public record Address(String street, String postcode, String place) {}

  /**
   * Contact details.
   *
   * @param email e-mail address or null
   * @param phone phone or null
   * @param fax fax or null
   * @param address postal address or null
   */
  @CompiledJson
  public record Contact(String email, Phone phone, Phone fax, Address address) {}

  /**
   * A contact person.
   *
   * @param name the name
   * @param function the function or null
   * @param department the department or null
   * @param contact contact details
   */
  @CompiledJson
  public record ContactPerson(Name name, String function, String department, Contact contact) {}

  /**
   * A municipal partnership.
   *
   * @param partnerName the partner municipality
   * @param country its country code
   */
  @CompiledJson
  public record Partnership(String partnerName, String country) {}

  /**
   * A development-policy profile.
   *
   * @param fairTradeTown whether a Fairtrade town
   * @param agenda2030ResolutionSigned whether the Agenda 2030 resolution is signed
   * @param partnerships partnerships
   * @param focusFields field-of-action codes
   */
  @CompiledJson
  public record Profile(
      boolean fairTradeTown, boolean agenda2030ResolutionSigned, List<Partnership> partnerships, List<String> focusFields) {}

  /**
   * A municipality.
   *
   * @param id identifier
   * @param officialName official name
   * @param type type code
   * @param key municipality key
   * @param federalState state code
   * @param districtName district or null
   * @param population population or null
   * @param administrationAddress address or null
   * @param contactPersons contact persons
   * @param profile profile or null
   */
  @CompiledJson
  public record Municipality(
      String id,
      String officialName,
      String type,
      String key,
      String federalState,
      String districtName,
      Integer population,
      Address administrationAddress,
      List<ContactPerson> contactPersons,
      Profile profile) {}

  /**
   * An organisation.
   *
   * @param id identifier
   * @param name name
   * @param shortName short name or null
   * @param kind kind code
   * @param place place or null
   * @param contactPersons contact persons
   */
  @CompiledJson
  public record Organisation(
      String id, String name, String shortName, String kind, String place, List<ContactPerson> contactPersons) {}

  /**
   * A consent.
   *
   * @param scope scope code
   * @param givenOn day given
   * @param withdrawnOn day withdrawn or null
   */
  @CompiledJson
  public record Consent(String scope, LocalDate givenOn, LocalDate withdrawnOn) {}

  /**
   * An advisor's consents.
   *
   * @param consents the consents
   */
  @CompiledJson
  public record ConsentRecord(List<Consent> consents) {}

  /**
   * Sensitive attributes.
   *
   * @param countries country codes
   * @param communities organisation identifiers
   */
  @CompiledJson
  public record Sensitive(List<String> countries, List<String> communities) {}

  /**
   * An advisor.
   *
   * @param id identifier
   * @param name name
   * @param contact contact details
   * @param status status code
   * @param languages language codes
   * @param expertise field-of-action codes
   * @param profile profile text or null
   * @param homeMunicipality municipality identifier or null
   * @param homeRegion region or null
   * @param capacity consultations at a time
   * @param sensitive sensitive attributes
   * @param consent consents
   */
  @CompiledJson
  public record Advisor(
      String id,
      Name name,
      Contact contact,
      String status,
      List<String> languages,
      List<String> expertise,
      String profile,
      String homeMunicipality,
      String homeRegion,
      int capacity,
      Sensitive sensitive,
      ConsentRecord consent) {}

  /**
   * A training module.
   *
   * @param number number
   * @param title title
   * @param topic topic code
   * @param dates dates
   * @param hours hours
   * @param mandatory whether mandatory
   */
  @CompiledJson
  public record Module(int number, String title, String topic, List<LocalDate> dates, BigDecimal hours, boolean mandatory) {}

  /**
   * Practice of an enrolled advisor.
   *
   * @param consultations consultation identifiers
   * @param hours hours
   */
  @CompiledJson
  public record Practice(List<String> consultations, BigDecimal hours) {}

  /**
   * An enrolment.
   *
   * @param advisor advisor identifier
   * @param enrolledOn day enrolled
   * @param status status code
   * @param withdrawnOn day withdrawn or null
   * @param attendedModules module numbers
   * @param practice practice
   */
  @CompiledJson
  public record Enrolment(
      String advisor, LocalDate enrolledOn, String status, LocalDate withdrawnOn, List<Integer> attendedModules, Practice practice) {}

  /**
   * Certification requirements.
   *
   * @param mandatoryModulesAttendedPercent percent
   * @param minimumPracticeConsultations count
   * @param minimumPracticeHours hours
   * @param phaseMustHaveEnded whether the phase must have ended
   */
  @CompiledJson
  public record Requirements(
      int mandatoryModulesAttendedPercent,
      int minimumPracticeConsultations,
      BigDecimal minimumPracticeHours,
      boolean phaseMustHaveEnded) {}

  /**
   * A qualification phase.
   *
   * @param id identifier
   * @param name name
   * @param region state code
   * @param period period
   * @param modules modules
   * @param enrolments enrolments
   * @param requirements requirements
   * @param ceremony event identifier or null
   */
  @CompiledJson
  public record Phase(
      String id,
      String name,
      String region,
      Period period,
      List<Module> modules,
      List<Enrolment> enrolments,
      Requirements requirements,
      String ceremony) {}

  /**
   * A revocation.
   *
   * @param on day
   * @param reason reason
   */
  @CompiledJson
  public record Revocation(LocalDate on, String reason) {}

  /**
   * A certificate.
   *
   * @param id identifier
   * @param advisor advisor identifier
   * @param phase phase identifier
   * @param dateOfIssue day issued ({@code issuedOn})
   * @param certifyingOrganisations organisation identifiers ({@code issuers})
   * @param title title
   * @param topicsCovered topic codes
   * @param revocation revocation or null
   */
  @CompiledJson
  public record Certificate(
      String id,
      String advisor,
      String phase,
      @JsonProperty("issuedOn") @JsonAttribute(name = "issuedOn") LocalDate dateOfIssue,
      @JsonProperty("issuers") @JsonAttribute(name = "issuers") List<String> certifyingOrganisations,
      String title,
      List<String> topicsCovered,
      Revocation revocation) {}

  /**
   * A consultation request.
   *
   * @param requestedOn day
   * @param requestedBy contact person
   * @param goals goals
   * @param fieldsOfAction field-of-action codes
   * @param occasion occasion or null
   * @param targetCommunities communities
   * @param targetLanguages language codes
   */
  @CompiledJson
  public record Request(
      LocalDate requestedOn,
      ContactPerson requestedBy,
      List<String> goals,
      List<String> fieldsOfAction,
      String occasion,
      List<String> targetCommunities,
      List<String> targetLanguages) {}

  /**
   * A team member.
   *
   * @param advisor advisor identifier
   * @param role role code
   */
  @CompiledJson
  public record TeamMember(String advisor, String role) {}

  /**
   * A consultation session.
   *
   * @param date day
   * @param duration hours
   * @param kind kind code
   * @param advisorsPresent advisor identifiers
   * @param summary summary or null
   */
  @CompiledJson
  public record Session(LocalDate date, BigDecimal duration, String kind, List<String> advisorsPresent, String summary) {}

  /**
   * An outcome.
   *
   * @param kind kind code
   * @param description description
   * @param recordedOn day
   */
  @CompiledJson
  public record Outcome(String kind, String description, LocalDate recordedOn) {}

  /**
   * A testimonial.
   *
   * @param quote quote
   * @param speaker speaker
   * @param speakerFunction function or null
   * @param consentGivenOn day or null
   * @param published whether published
   */
  @CompiledJson
  public record Testimonial(
      String quote, Name speaker, String speakerFunction, LocalDate consentGivenOn, boolean published) {}

  /**
   * A history entry.
   *
   * @param on day
   * @param actor actor
   * @param from status code or null
   * @param to status code
   * @param reason reason or null
   */
  @CompiledJson
  public record History(LocalDate on, String actor, String from, String to, String reason) {}

  /**
   * A consultation.
   *
   * @param id identifier
   * @param municipality municipality identifier
   * @param format format code
   * @param title title
   * @param status status code
   * @param request request
   * @param team team
   * @param municipalityContacts contact persons
   * @param partnerOrganisations organisation identifiers
   * @param plannedPeriod period or null
   * @param hoursBudget hours or null
   * @param sessions sessions
   * @param outcomes outcomes
   * @param testimonials testimonials
   * @param history history
   */
  @CompiledJson
  public record Consultation(
      String id,
      String municipality,
      String format,
      String title,
      String status,
      Request request,
      List<TeamMember> team,
      List<ContactPerson> municipalityContacts,
      List<String> partnerOrganisations,
      Period plannedPeriod,
      BigDecimal hoursBudget,
      List<Session> sessions,
      List<Outcome> outcomes,
      List<Testimonial> testimonials,
      List<History> history) {}

  /**
   * An agenda item.
   *
   * @param kind kind code
   * @param title title
   * @param featuredConsultation consultation identifier or null
   */
  @CompiledJson
  public record AgendaItem(String kind, String title, String featuredConsultation) {}

  /**
   * A programme event.
   *
   * @param id identifier
   * @param kind kind code
   * @param title title
   * @param date day
   * @param venue venue or null
   * @param hosts advisor identifiers
   * @param agenda agenda
   * @param certificatesHandedOver certificate identifiers
   * @param outcomes outcomes
   */
  @CompiledJson
  public record Event(
      String id,
      String kind,
      String title,
      LocalDate date,
      String venue,
      List<String> hosts,
      List<AgendaItem> agenda,
      List<String> certificatesHandedOver,
      List<String> outcomes) {}

  /**
   * A programme's policy.
   *
   * @param regionsServed state codes
   * @param minTeamSize smallest team
   * @param maxTeamSize largest team
   * @param expectedTeamSize expected team
   * @param certifiedMemberRequiredWithTrainees whether trainees need a certified member
   * @param minQualificationMonths shortest phase
   * @param maxQualificationMonths longest phase
   * @param hoursBudgetWarningPercent warning threshold
   * @param certificationRequirements requirements
   */
  @CompiledJson
  public record Policy(
      List<String> regionsServed,
      int minTeamSize,
      int maxTeamSize,
      int expectedTeamSize,
      boolean certifiedMemberRequiredWithTrainees,
      int minQualificationMonths,
      int maxQualificationMonths,
      int hoursBudgetWarningPercent,
      Requirements certificationRequirements) {}
}
