package de.miglobe.json.codec;

import static de.miglobe.json.codec.ScalarCodecs.BOOLEAN;
import static de.miglobe.json.codec.ScalarCodecs.DATE;
import static de.miglobe.json.codec.ScalarCodecs.HOURS;
import static de.miglobe.json.codec.ScalarCodecs.INT;
import static de.miglobe.json.codec.ScalarCodecs.STRING;
import static de.miglobe.json.codec.ScalarCodecs.code;
import static de.miglobe.json.codec.ScalarCodecs.text;

import de.miglobe.core.CountryCode;
import de.miglobe.core.DateRange;
import de.miglobe.core.InvalidValueException;
import de.miglobe.core.LanguageCode;
import de.miglobe.core.advisor.Advisor;
import de.miglobe.core.advisor.AdvisorStatus;
import de.miglobe.core.advisor.Consent;
import de.miglobe.core.advisor.ConsentRecord;
import de.miglobe.core.advisor.ConsentScope;
import de.miglobe.core.advisor.SensitiveAttributes;
import de.miglobe.core.consultation.Consultation;
import de.miglobe.core.consultation.ConsultationFormat;
import de.miglobe.core.consultation.ConsultationRequest;
import de.miglobe.core.consultation.ConsultationSession;
import de.miglobe.core.consultation.ConsultationStatus;
import de.miglobe.core.consultation.HistoryEntry;
import de.miglobe.core.consultation.Outcome;
import de.miglobe.core.consultation.OutcomeKind;
import de.miglobe.core.consultation.SessionKind;
import de.miglobe.core.consultation.TeamMember;
import de.miglobe.core.consultation.TeamRole;
import de.miglobe.core.consultation.Testimonial;
import de.miglobe.core.contact.ContactDetails;
import de.miglobe.core.contact.ContactPerson;
import de.miglobe.core.contact.EmailAddress;
import de.miglobe.core.contact.FormOfAddress;
import de.miglobe.core.contact.PersonName;
import de.miglobe.core.contact.PhoneNumber;
import de.miglobe.core.contact.PostalAddress;
import de.miglobe.core.event.AgendaItem;
import de.miglobe.core.event.AgendaItemKind;
import de.miglobe.core.event.ProgrammeEvent;
import de.miglobe.core.event.ProgrammeEventKind;
import de.miglobe.core.fieldofaction.FieldOfAction;
import de.miglobe.core.id.AdvisorId;
import de.miglobe.core.id.CertificateId;
import de.miglobe.core.id.ConsultationId;
import de.miglobe.core.id.Identifier;
import de.miglobe.core.id.MunicipalityId;
import de.miglobe.core.id.OrganisationId;
import de.miglobe.core.id.ProgrammeEventId;
import de.miglobe.core.id.QualificationPhaseId;
import de.miglobe.core.municipality.DevelopmentPolicyProfile;
import de.miglobe.core.municipality.FederalState;
import de.miglobe.core.municipality.MunicipalPartnership;
import de.miglobe.core.municipality.Municipality;
import de.miglobe.core.municipality.MunicipalityKey;
import de.miglobe.core.municipality.MunicipalityType;
import de.miglobe.core.organisation.Organisation;
import de.miglobe.core.organisation.OrganisationKind;
import de.miglobe.core.policy.ProgrammePolicy;
import de.miglobe.core.programme.Programme;
import de.miglobe.core.qualification.Certificate;
import de.miglobe.core.qualification.CertificationRequirements;
import de.miglobe.core.qualification.Enrolment;
import de.miglobe.core.qualification.EnrolmentStatus;
import de.miglobe.core.qualification.ModuleTopic;
import de.miglobe.core.qualification.PracticeRecord;
import de.miglobe.core.qualification.QualificationPhase;
import de.miglobe.core.qualification.Revocation;
import de.miglobe.core.qualification.TrainingModule;
import de.miglobe.json.codec.Property.Privacy;
import de.miglobe.core.rule.Evaluation;
import de.miglobe.core.rule.RuleCode;
import de.miglobe.core.rule.Severity;
import de.miglobe.core.rule.Violation;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import de.miglobe.json.ProblemCode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The wire format of every public type of {@code miglobe-core}, as codecs. Property names are the
 * model's attribute names; the order here is the order on the wire and in the JSON Schemas.
 */
public final class ModelCodecs {
  private ModelCodecs() {}

  // ---- identifiers, codes and small values --------------------------------------------------

  /** An advisor's identifier as a string. */
  public static final Codec<AdvisorId> ADVISOR_ID = id("AdvisorId", AdvisorId::of);
  /** A qualification phase's identifier as a string. */
  public static final Codec<QualificationPhaseId> PHASE_ID = id("QualificationPhaseId", QualificationPhaseId::of);
  /** A certificate's identifier as a string. */
  public static final Codec<CertificateId> CERTIFICATE_ID = id("CertificateId", CertificateId::of);
  /** A municipality's identifier as a string. */
  public static final Codec<MunicipalityId> MUNICIPALITY_ID = id("MunicipalityId", MunicipalityId::of);
  /** A consultation's identifier as a string. */
  public static final Codec<ConsultationId> CONSULTATION_ID = id("ConsultationId", ConsultationId::of);
  /** An organisation's identifier as a string. */
  public static final Codec<OrganisationId> ORGANISATION_ID = id("OrganisationId", OrganisationId::of);
  /** A programme event's identifier as a string. */
  public static final Codec<ProgrammeEventId> EVENT_ID = id("ProgrammeEventId", ProgrammeEventId::of);

  /** An ISO 639 language code as a string. */
  public static final Codec<LanguageCode> LANGUAGE =
      text(
          "a language code",
          LanguageCode::of,
          LanguageCode::code,
          "LanguageCode",
          SchemaDefinitions.object(
              "description", "An ISO 639-1 code, or three lower-case letters (ISO 639-2/3).",
              "type", "string",
              "pattern", "^[a-z]{2,3}$"));
  /** An ISO 3166-1 alpha-2 country code as a string. */
  public static final Codec<CountryCode> COUNTRY =
      text(
          "a country code",
          CountryCode::of,
          CountryCode::code,
          "CountryCode",
          SchemaDefinitions.object(
              "description", "An assigned ISO 3166-1 alpha-2 code.", "type", "string", "pattern", "^[A-Z]{2}$"));
  /** An official municipality key (AGS) as a string of 8 (or 5) digits. */
  public static final Codec<MunicipalityKey> MUNICIPALITY_KEY =
      text(
          "a municipality key",
          MunicipalityKey::of,
          MunicipalityKey::digits,
          "MunicipalityKey",
          SchemaDefinitions.object(
              "description",
              "Amtlicher Gemeindeschlüssel: 8 digits, 5 for a Landkreis; the first two name the federal state.",
              "type",
              "string",
              "pattern",
              "^(0[1-9]|1[0-6])[0-9]{3}([0-9]{3})?$"));
  /** An e-mail address as a string. */
  public static final Codec<EmailAddress> EMAIL =
      text(
          "an e-mail address",
          EmailAddress::of,
          EmailAddress::value,
          "EmailAddress",
          SchemaDefinitions.object("type", "string", "format", "email", "maxLength", 254));

  private static final ObjectCodec<String[], String[]> PHONE_PARTS =
      ObjectCodec.<String[], String[]>value("PhoneNumber", () -> new String[2], parts -> parts)
          .required("typed", STRING, parts -> parts[0], (a, v) -> a[0] = v)
          .required("e164", STRING, parts -> parts[1], (a, v) -> a[1] = v)
          .build();

  /** Where a read remembers the phone numbers it parsed. */
  private static final int PHONE_SLOT = ReadContext.newSlot();

  /**
   * A phone or fax number: {@code {"typed": "07 11/248 48 08-36", "e164": "+49711248480836"}}. On
   * reading, {@code e164} must be what {@code typed} parses to.
   */
  public static final Codec<PhoneNumber> PHONE =
      new Codec<>("an object (PhoneNumber)") {
        @Override
        public void write(PhoneNumber value, JsonGenerator g, WriteContext w) throws IOException {
          PHONE_PARTS.write(new String[] {value.typed(), value.e164()}, g, w);
        }

        @Override
        public PhoneNumber read(JsonParser p, ReadContext r) throws IOException {
          String[] parts = PHONE_PARTS.read(p, r);
          if (parts == null) {
            return null;
          }
          // Parsing with libphonenumber is costly; the same contact appears in many consultations.
          TextCache cache = r.cache(PHONE_SLOT);
          char[] typed = parts[0].toCharArray();
          int hash = TextCache.hash(typed, 0, typed.length);
          PhoneNumber number = (PhoneNumber) cache.get(typed, 0, typed.length, hash);
          try {
            if (number == null) {
              number = PhoneNumber.of(parts[0]);
              cache.put(typed, 0, typed.length, hash, number);
            }
          } catch (InvalidValueException e) {
            r.problemAt(ReadContext.pointerOfEnded(p) + "/typed", ProblemCode.INVALID_VALUE, e.reason());
            return null;
          }
          if (!number.e164().equals(parts[1])) {
            r.problemAt(
                ReadContext.pointerOfEnded(p) + "/e164", ProblemCode.INVALID_VALUE, "must be the E.164 form of typed");
            return null;
          }
          return number;
        }

        @Override
        public Map<String, Object> schema(SchemaDefinitions defs) {
          return PHONE_PARTS.schema(defs);
        }
      };

  /** A period: {@code {"start": "2017-12-01", "end": "2018-09-28"}}. */
  public static final Codec<DateRange> DATE_RANGE =
      ObjectCodec.<DateRange, LocalDate[]>value("DateRange", () -> new LocalDate[2], a -> DateRange.of(a[0], a[1]))
          .required("start", DATE, DateRange::start, (a, v) -> a[0] = v)
          .required("end", DATE, DateRange::end, (a, v) -> a[1] = v)
          .build();

  private static final Codec<FieldOfAction> FIELD_OF_ACTION = code(FieldOfAction.class);

  // ---- contact ------------------------------------------------------------------------------

  /** A person's name. */
  public static final Codec<PersonName> PERSON_NAME =
      ObjectCodec.value("PersonName", PersonName::builder, PersonName.Builder::build)
          .optional("givenNames", STRING, PersonName::givenNames, PersonName.Builder::givenNames)
          .required("familyName", STRING, PersonName::familyName, PersonName.Builder::familyName)
          .optional("academicTitle", STRING, PersonName::academicTitle, PersonName.Builder::academicTitle)
          .defaulted("formOfAddress", code(FormOfAddress.class), PersonName::formOfAddress, PersonName.Builder::formOfAddress)
          .build();

  /** A postal address. */
  public static final Codec<PostalAddress> POSTAL_ADDRESS =
      ObjectCodec.value("PostalAddress", PostalAddress::builder, PostalAddress.Builder::build)
          .required("street", STRING, PostalAddress::street, PostalAddress.Builder::street)
          .required("postcode", STRING, PostalAddress::postcode, PostalAddress.Builder::postcode)
          .required("place", STRING, PostalAddress::place, PostalAddress.Builder::place)
          .build();

  /** Contact details; every property is optional. */
  public static final Codec<ContactDetails> CONTACT_DETAILS =
      ObjectCodec.value("ContactDetails", ContactDetails::builder, ContactDetails.Builder::build)
          .optional("email", EMAIL, ContactDetails::email, ContactDetails.Builder::email)
          .optional("phone", PHONE, ContactDetails::phone, ContactDetails.Builder::phone)
          .optional("fax", PHONE, ContactDetails::fax, ContactDetails.Builder::fax)
          .optional("address", POSTAL_ADDRESS, ContactDetails::address, ContactDetails.Builder::address)
          .build();

  /** A contact person; in the redacted form only the function and department remain. */
  public static final Codec<ContactPerson> CONTACT_PERSON =
      ObjectCodec.value("ContactPerson", ContactPerson::builder, ContactPerson.Builder::build)
          .required("name", PERSON_NAME, ContactPerson::name, ContactPerson.Builder::name)
          .privacy(Privacy.PROFILE)
          .optional("function", STRING, ContactPerson::function, ContactPerson.Builder::function)
          .optional("department", STRING, ContactPerson::department, ContactPerson.Builder::department)
          .defaulted("contact", CONTACT_DETAILS, ContactPerson::contact, ContactPerson.Builder::contact)
          .privacy(Privacy.CONTACT)
          .profilePublicWhen(person -> false)
          .build();

  // ---- municipality -------------------------------------------------------------------------

  /** A partnership with a municipality abroad. */
  public static final Codec<MunicipalPartnership> PARTNERSHIP =
      ObjectCodec.<MunicipalPartnership, Object[]>value(
              "MunicipalPartnership",
              () -> new Object[2],
              a -> MunicipalPartnership.of((String) a[0], (CountryCode) a[1]))
          .required("partnerName", STRING, MunicipalPartnership::partnerName, (a, v) -> a[0] = v)
          .required("country", COUNTRY, MunicipalPartnership::country, (a, v) -> a[1] = v)
          .build();

  /** A municipality's development-policy profile. */
  public static final Codec<DevelopmentPolicyProfile> DEVELOPMENT_POLICY_PROFILE =
      ObjectCodec.value(
              "DevelopmentPolicyProfile", DevelopmentPolicyProfile::builder, DevelopmentPolicyProfile.Builder::build)
          .defaulted("fairTradeTown", BOOLEAN, DevelopmentPolicyProfile::fairTradeTown, DevelopmentPolicyProfile.Builder::fairTradeTown)
          .defaulted(
              "agenda2030ResolutionSigned",
              BOOLEAN,
              DevelopmentPolicyProfile::agenda2030ResolutionSigned,
              DevelopmentPolicyProfile.Builder::agenda2030ResolutionSigned)
          .list("partnerships", PARTNERSHIP, DevelopmentPolicyProfile::partnerships, DevelopmentPolicyProfile.Builder::addPartnership)
          .set("focusFields", FIELD_OF_ACTION, DevelopmentPolicyProfile::focusFields, DevelopmentPolicyProfile.Builder::focusFields)
          .build();

  /** A municipality (top-level document {@code municipality}). */
  public static final ObjectCodec<Municipality, Municipality.Builder> MUNICIPALITY =
      ObjectCodec.document("Municipality", Municipality::builder, Municipality.Builder::build)
          .required("id", MUNICIPALITY_ID, Municipality::id, Municipality.Builder::id)
          .required("officialName", STRING, Municipality::officialName, Municipality.Builder::officialName)
          .required("type", code(MunicipalityType.class), Municipality::type, Municipality.Builder::type)
          .required("key", MUNICIPALITY_KEY, Municipality::key, Municipality.Builder::key)
          .required("federalState", code(FederalState.class), Municipality::federalState, Municipality.Builder::federalState)
          .optional("districtName", STRING, Municipality::districtName, Municipality.Builder::districtName)
          .optional(
              "population",
              INT,
              m -> m.population().isPresent() ? Optional.of(m.population().getAsInt()) : Optional.empty(),
              Municipality.Builder::population)
          .optional(
              "administrationAddress",
              POSTAL_ADDRESS,
              Municipality::administrationAddress,
              Municipality.Builder::administrationAddress)
          .privacy(Privacy.CONTACT)
          .list("contactPersons", CONTACT_PERSON, Municipality::contactPersons, Municipality.Builder::addContactPerson)
          .optional("profile", DEVELOPMENT_POLICY_PROFILE, Municipality::profile, Municipality.Builder::profile)
          .build();

  // ---- organisation -------------------------------------------------------------------------

  /** An organisation (top-level document {@code organisation}). */
  public static final ObjectCodec<Organisation, Organisation.Builder> ORGANISATION =
      ObjectCodec.document("Organisation", Organisation::builder, Organisation.Builder::build)
          .required("id", ORGANISATION_ID, Organisation::id, Organisation.Builder::id)
          .required("name", STRING, Organisation::name, Organisation.Builder::name)
          .optional("shortName", STRING, Organisation::shortName, Organisation.Builder::shortName)
          .required("kind", code(OrganisationKind.class), Organisation::kind, Organisation.Builder::kind)
          .optional("place", STRING, Organisation::place, Organisation.Builder::place)
          .list("contactPersons", CONTACT_PERSON, Organisation::contactPersons, Organisation.Builder::addContactPerson)
          .build();

  // ---- advisor ------------------------------------------------------------------------------

  /** One consent of an advisor. */
  public static final Codec<Consent> CONSENT =
      ObjectCodec.value("Consent", Consent::builder, Consent.Builder::build)
          .required("scope", code(ConsentScope.class), Consent::scope, Consent.Builder::scope)
          .required("givenOn", DATE, Consent::givenOn, Consent.Builder::givenOn)
          .optional("withdrawnOn", DATE, Consent::withdrawnOn, Consent.Builder::withdrawnOn)
          .build();

  /** An advisor's consent record. */
  public static final Codec<ConsentRecord> CONSENT_RECORD =
      ObjectCodec.value("ConsentRecord", ConsentRecord::builder, ConsentRecord.Builder::build)
          .list("consents", CONSENT, ConsentRecord::consents, ConsentRecord.Builder::addConsent)
          .build();

  /** An advisor's sensitive attributes. */
  public static final Codec<SensitiveAttributes> SENSITIVE_ATTRIBUTES =
      ObjectCodec.value("SensitiveAttributes", SensitiveAttributes::builder, SensitiveAttributes.Builder::build)
          .set("countries", COUNTRY, SensitiveAttributes::countries, SensitiveAttributes.Builder::countries)
          .set("communities", ORGANISATION_ID, SensitiveAttributes::communities, SensitiveAttributes.Builder::communities)
          .build();

  /**
   * An advisor (top-level document {@code advisor}). In the redacted form contact details and
   * sensitive attributes are left out, and without consent to a public profile so are the name and
   * the profile.
   */
  public static final ObjectCodec<Advisor, Advisor.Builder> ADVISOR =
      ObjectCodec.document("Advisor", Advisor::builder, Advisor.Builder::build)
          .required("id", ADVISOR_ID, Advisor::id, Advisor.Builder::id)
          .required("name", PERSON_NAME, Advisor::name, Advisor.Builder::name)
          .privacy(Privacy.PROFILE)
          .defaulted("contact", CONTACT_DETAILS, Advisor::contact, Advisor.Builder::contact)
          .privacy(Privacy.CONTACT)
          .required("status", code(AdvisorStatus.class), Advisor::status, Advisor.Builder::status)
          .set("languages", LANGUAGE, Advisor::languages, Advisor.Builder::languages)
          .privacy(Privacy.PROFILE)
          .set("expertise", FIELD_OF_ACTION, Advisor::expertise, Advisor.Builder::expertise)
          .privacy(Privacy.PROFILE)
          .optional("profile", STRING, Advisor::profile, Advisor.Builder::profile)
          .privacy(Privacy.PROFILE)
          .optional("homeMunicipality", MUNICIPALITY_ID, Advisor::homeMunicipality, Advisor.Builder::homeMunicipality)
          .privacy(Privacy.PROFILE)
          .optional("homeRegion", STRING, Advisor::homeRegion, Advisor.Builder::homeRegion)
          .privacy(Privacy.PROFILE)
          .defaulted("capacity", INT, Advisor::capacity, Advisor.Builder::capacity)
          .defaulted("sensitive", SENSITIVE_ATTRIBUTES, Advisor::sensitive, Advisor.Builder::sensitive)
          .privacy(Privacy.SENSITIVE)
          .defaulted("consent", CONSENT_RECORD, Advisor::consent, Advisor.Builder::consent)
          .profilePublicWhen(advisor -> advisor.consent().isGranted(ConsentScope.PUBLIC_PROFILE))
          .build();

  // ---- qualification ------------------------------------------------------------------------

  /** A training module. */
  public static final Codec<TrainingModule> TRAINING_MODULE =
      ObjectCodec.value("TrainingModule", TrainingModule::builder, TrainingModule.Builder::build)
          .required("number", INT, TrainingModule::number, TrainingModule.Builder::number)
          .required("title", STRING, TrainingModule::title, TrainingModule.Builder::title)
          .required("topic", code(ModuleTopic.class), TrainingModule::topic, TrainingModule.Builder::topic)
          .list("dates", DATE, TrainingModule::dates, TrainingModule.Builder::addDate)
          .required("hours", HOURS, TrainingModule::hours, TrainingModule.Builder::hours)
          .defaulted("mandatory", BOOLEAN, TrainingModule::mandatory, TrainingModule.Builder::mandatory)
          .build();

  /** A practice record. */
  public static final Codec<PracticeRecord> PRACTICE_RECORD =
      ObjectCodec.value("PracticeRecord", PracticeRecord::builder, PracticeRecord.Builder::build)
          .set("consultations", CONSULTATION_ID, PracticeRecord::consultations, PracticeRecord.Builder::consultations)
          .defaulted("hours", HOURS, PracticeRecord::hours, PracticeRecord.Builder::hours)
          .build();

  /** An enrolment in a qualification phase. */
  public static final Codec<Enrolment> ENROLMENT =
      ObjectCodec.value("Enrolment", Enrolment::builder, Enrolment.Builder::build)
          .required("advisor", ADVISOR_ID, Enrolment::advisor, Enrolment.Builder::advisor)
          .required("enrolledOn", DATE, Enrolment::enrolledOn, Enrolment.Builder::enrolledOn)
          .defaulted("status", code(EnrolmentStatus.class), Enrolment::status, Enrolment.Builder::status)
          .optional("withdrawnOn", DATE, Enrolment::withdrawnOn, Enrolment.Builder::withdrawnOn)
          .set("attendedModules", INT, Enrolment::attendedModules, Enrolment.Builder::attendedModules)
          .defaulted("practice", PRACTICE_RECORD, Enrolment::practice, Enrolment.Builder::practice)
          .build();

  /** Certification requirements. */
  public static final Codec<CertificationRequirements> CERTIFICATION_REQUIREMENTS =
      ObjectCodec.value(
              "CertificationRequirements", CertificationRequirements::builder, CertificationRequirements.Builder::build)
          .defaulted(
              "mandatoryModulesAttendedPercent",
              INT,
              CertificationRequirements::mandatoryModulesAttendedPercent,
              CertificationRequirements.Builder::mandatoryModulesAttendedPercent)
          .defaulted(
              "minimumPracticeConsultations",
              INT,
              CertificationRequirements::minimumPracticeConsultations,
              CertificationRequirements.Builder::minimumPracticeConsultations)
          .defaulted(
              "minimumPracticeHours",
              HOURS,
              CertificationRequirements::minimumPracticeHours,
              CertificationRequirements.Builder::minimumPracticeHours)
          .defaulted(
              "phaseMustHaveEnded",
              BOOLEAN,
              CertificationRequirements::phaseMustHaveEnded,
              CertificationRequirements.Builder::phaseMustHaveEnded)
          .build();

  /** A qualification phase (top-level document {@code qualification-phase}). */
  public static final ObjectCodec<QualificationPhase, QualificationPhase.Builder> QUALIFICATION_PHASE =
      ObjectCodec.document("QualificationPhase", QualificationPhase::builder, QualificationPhase.Builder::build)
          .required("id", PHASE_ID, QualificationPhase::id, QualificationPhase.Builder::id)
          .required("name", STRING, QualificationPhase::name, QualificationPhase.Builder::name)
          .required("region", code(FederalState.class), QualificationPhase::region, QualificationPhase.Builder::region)
          .required("period", DATE_RANGE, QualificationPhase::period, QualificationPhase.Builder::period)
          .list("modules", TRAINING_MODULE, QualificationPhase::modules, QualificationPhase.Builder::addModule)
          .list("enrolments", ENROLMENT, QualificationPhase::enrolments, QualificationPhase.Builder::addEnrolment)
          .defaulted(
              "requirements",
              CERTIFICATION_REQUIREMENTS,
              QualificationPhase::requirements,
              QualificationPhase.Builder::requirements)
          .optional("ceremony", EVENT_ID, QualificationPhase::ceremony, QualificationPhase.Builder::ceremony)
          .build();

  /** The revocation of a certificate. */
  public static final Codec<Revocation> REVOCATION =
      ObjectCodec.<Revocation, Object[]>value(
              "Revocation", () -> new Object[2], a -> Revocation.of((LocalDate) a[0], (String) a[1]))
          .required("on", DATE, Revocation::on, (a, v) -> a[0] = v)
          .required("reason", STRING, Revocation::reason, (a, v) -> a[1] = v)
          .build();

  /** A certificate (top-level document {@code certificate}). */
  public static final ObjectCodec<Certificate, Certificate.Builder> CERTIFICATE =
      ObjectCodec.document("Certificate", Certificate::builder, Certificate.Builder::build)
          .required("id", CERTIFICATE_ID, Certificate::id, Certificate.Builder::id)
          .required("advisor", ADVISOR_ID, Certificate::advisor, Certificate.Builder::advisor)
          .required("phase", PHASE_ID, Certificate::phase, Certificate.Builder::phase)
          .required("issuedOn", DATE, Certificate::issuedOn, Certificate.Builder::issuedOn)
          .set("issuers", ORGANISATION_ID, Certificate::issuers, Certificate.Builder::issuers)
          .required("title", STRING, Certificate::title, Certificate.Builder::title)
          .set("topicsCovered", code(ModuleTopic.class), Certificate::topicsCovered, Certificate.Builder::topicsCovered)
          .optional("revocation", REVOCATION, Certificate::revocation, Certificate.Builder::revocation)
          .build();

  // ---- consultation -------------------------------------------------------------------------

  /** The request that opened a consultation. */
  public static final Codec<ConsultationRequest> CONSULTATION_REQUEST =
      ObjectCodec.value("ConsultationRequest", ConsultationRequest::builder, ConsultationRequest.Builder::build)
          .required("requestedOn", DATE, ConsultationRequest::requestedOn, ConsultationRequest.Builder::requestedOn)
          .required("requestedBy", CONTACT_PERSON, ConsultationRequest::requestedBy, ConsultationRequest.Builder::requestedBy)
          .list("goals", STRING, ConsultationRequest::goals, ConsultationRequest.Builder::addGoal)
          .set("fieldsOfAction", FIELD_OF_ACTION, ConsultationRequest::fieldsOfAction, ConsultationRequest.Builder::fieldsOfAction)
          .optional("occasion", STRING, ConsultationRequest::occasion, ConsultationRequest.Builder::occasion)
          .list(
              "targetCommunities",
              STRING,
              ConsultationRequest::targetCommunities,
              ConsultationRequest.Builder::addTargetCommunity)
          .set("targetLanguages", LANGUAGE, ConsultationRequest::targetLanguages, ConsultationRequest.Builder::targetLanguages)
          .build();

  /** A member of a consultation's team. */
  public static final Codec<TeamMember> TEAM_MEMBER =
      ObjectCodec.<TeamMember, Object[]>value(
              "TeamMember", () -> new Object[2], a -> TeamMember.of((AdvisorId) a[0], (TeamRole) a[1]))
          .required("advisor", ADVISOR_ID, TeamMember::advisor, (a, v) -> a[0] = v)
          .required("role", code(TeamRole.class), TeamMember::role, (a, v) -> a[1] = v)
          .build();

  /** A session of a consultation. */
  public static final Codec<ConsultationSession> CONSULTATION_SESSION =
      ObjectCodec.value("ConsultationSession", ConsultationSession::builder, ConsultationSession.Builder::build)
          .required("date", DATE, ConsultationSession::date, ConsultationSession.Builder::date)
          .required("duration", HOURS, ConsultationSession::duration, ConsultationSession.Builder::duration)
          .required("kind", code(SessionKind.class), ConsultationSession::kind, ConsultationSession.Builder::kind)
          .set("advisorsPresent", ADVISOR_ID, ConsultationSession::advisorsPresent, ConsultationSession.Builder::advisorsPresent)
          .optional("summary", STRING, ConsultationSession::summary, ConsultationSession.Builder::summary)
          .privacy(Privacy.INTERNAL_NOTE)
          .build();

  /** An outcome of a consultation. */
  public static final Codec<Outcome> OUTCOME =
      ObjectCodec.<Outcome, Object[]>value(
              "Outcome",
              () -> new Object[3],
              a -> Outcome.of((OutcomeKind) a[0], (String) a[1], (LocalDate) a[2]))
          .required("kind", code(OutcomeKind.class), Outcome::kind, (a, v) -> a[0] = v)
          .required("description", STRING, Outcome::description, (a, v) -> a[1] = v)
          .required("recordedOn", DATE, Outcome::recordedOn, (a, v) -> a[2] = v)
          .build();

  /** A testimonial. */
  public static final Codec<Testimonial> TESTIMONIAL =
      ObjectCodec.value("Testimonial", Testimonial::builder, Testimonial.Builder::build)
          .required("quote", STRING, Testimonial::quote, Testimonial.Builder::quote)
          .required("speaker", PERSON_NAME, Testimonial::speaker, Testimonial.Builder::speaker)
          .optional("speakerFunction", STRING, Testimonial::speakerFunction, Testimonial.Builder::speakerFunction)
          .optional("consentGivenOn", DATE, Testimonial::consentGivenOn, Testimonial.Builder::consentGivenOn)
          .defaulted("published", BOOLEAN, Testimonial::published, Testimonial.Builder::published)
          .build();

  /** An entry of a consultation's history. */
  public static final Codec<HistoryEntry> HISTORY_ENTRY =
      ObjectCodec.value("HistoryEntry", HistoryEntry::builder, HistoryEntry.Builder::build)
          .required("on", DATE, HistoryEntry::on, HistoryEntry.Builder::on)
          .required("actor", STRING, HistoryEntry::actor, HistoryEntry.Builder::actor)
          .optional("from", code(ConsultationStatus.class), HistoryEntry::from, HistoryEntry.Builder::from)
          .required("to", code(ConsultationStatus.class), HistoryEntry::to, HistoryEntry.Builder::to)
          .optional("reason", STRING, HistoryEntry::reason, HistoryEntry.Builder::reason)
          .build();

  /**
   * A consultation (top-level document {@code consultation}). In the redacted form only
   * testimonials with consent that are published remain.
   */
  public static final ObjectCodec<Consultation, Consultation.Builder> CONSULTATION =
      ObjectCodec.document("Consultation", Consultation::builder, Consultation.Builder::build)
          .required("id", CONSULTATION_ID, Consultation::id, Consultation.Builder::id)
          .required("municipality", MUNICIPALITY_ID, Consultation::municipality, Consultation.Builder::municipality)
          .required("format", code(ConsultationFormat.class), Consultation::format, Consultation.Builder::format)
          .required("title", STRING, Consultation::title, Consultation.Builder::title)
          .required("status", code(ConsultationStatus.class), Consultation::status, Consultation.Builder::status)
          .required("request", CONSULTATION_REQUEST, Consultation::request, Consultation.Builder::request)
          .list("team", TEAM_MEMBER, Consultation::team, Consultation.Builder::addTeam)
          .list(
              "municipalityContacts",
              CONTACT_PERSON,
              Consultation::municipalityContacts,
              Consultation.Builder::addMunicipalityContact)
          .set(
              "partnerOrganisations",
              ORGANISATION_ID,
              Consultation::partnerOrganisations,
              Consultation.Builder::partnerOrganisations)
          .optional("plannedPeriod", DATE_RANGE, Consultation::plannedPeriod, Consultation.Builder::plannedPeriod)
          .optional("hoursBudget", HOURS, Consultation::hoursBudget, Consultation.Builder::hoursBudget)
          .list("sessions", CONSULTATION_SESSION, Consultation::sessions, Consultation.Builder::addSession)
          .list("outcomes", OUTCOME, Consultation::outcomes, Consultation.Builder::addOutcome)
          .list("testimonials", TESTIMONIAL, Consultation::testimonials, Consultation.Builder::addTestimonial)
          .publishedOnly(t -> ((Testimonial) t).hasConsent() && ((Testimonial) t).published())
          .list("history", HISTORY_ENTRY, Consultation::history, Consultation.Builder::addHistory)
          .build();

  // ---- events -------------------------------------------------------------------------------

  /** An item on an event's agenda. */
  public static final Codec<AgendaItem> AGENDA_ITEM =
      ObjectCodec.value("AgendaItem", AgendaItem::builder, AgendaItem.Builder::build)
          .required("kind", code(AgendaItemKind.class), AgendaItem::kind, AgendaItem.Builder::kind)
          .required("title", STRING, AgendaItem::title, AgendaItem.Builder::title)
          .optional(
              "featuredConsultation", CONSULTATION_ID, AgendaItem::featuredConsultation, AgendaItem.Builder::featuredConsultation)
          .build();

  /** A programme event (top-level document {@code programme-event}). */
  public static final ObjectCodec<ProgrammeEvent, ProgrammeEvent.Builder> PROGRAMME_EVENT =
      ObjectCodec.document("ProgrammeEvent", ProgrammeEvent::builder, ProgrammeEvent.Builder::build)
          .required("id", EVENT_ID, ProgrammeEvent::id, ProgrammeEvent.Builder::id)
          .required("kind", code(ProgrammeEventKind.class), ProgrammeEvent::kind, ProgrammeEvent.Builder::kind)
          .required("title", STRING, ProgrammeEvent::title, ProgrammeEvent.Builder::title)
          .required("date", DATE, ProgrammeEvent::date, ProgrammeEvent.Builder::date)
          .optional("venue", STRING, ProgrammeEvent::venue, ProgrammeEvent.Builder::venue)
          .set("hosts", ADVISOR_ID, ProgrammeEvent::hosts, ProgrammeEvent.Builder::hosts)
          .list("agenda", AGENDA_ITEM, ProgrammeEvent::agenda, ProgrammeEvent.Builder::addAgenda)
          .set(
              "certificatesHandedOver",
              CERTIFICATE_ID,
              ProgrammeEvent::certificatesHandedOver,
              ProgrammeEvent.Builder::certificatesHandedOver)
          .list("outcomes", STRING, ProgrammeEvent::outcomes, ProgrammeEvent.Builder::addOutcome)
          .build();

  // ---- programme ----------------------------------------------------------------------------

  /** A programme's policy. */
  public static final Codec<ProgrammePolicy> PROGRAMME_POLICY =
      ObjectCodec.value("ProgrammePolicy", ProgrammePolicy::builder, ProgrammePolicy.Builder::build)
          .set("regionsServed", code(FederalState.class), ProgrammePolicy::regionsServed, ProgrammePolicy.Builder::regionsServed)
          .defaulted("minTeamSize", INT, ProgrammePolicy::minTeamSize, ProgrammePolicy.Builder::minTeamSize)
          .defaulted("maxTeamSize", INT, ProgrammePolicy::maxTeamSize, ProgrammePolicy.Builder::maxTeamSize)
          .defaulted("expectedTeamSize", INT, ProgrammePolicy::expectedTeamSize, ProgrammePolicy.Builder::expectedTeamSize)
          .defaulted(
              "certifiedMemberRequiredWithTrainees",
              BOOLEAN,
              ProgrammePolicy::certifiedMemberRequiredWithTrainees,
              ProgrammePolicy.Builder::certifiedMemberRequiredWithTrainees)
          .defaulted(
              "minQualificationMonths", INT, ProgrammePolicy::minQualificationMonths, ProgrammePolicy.Builder::minQualificationMonths)
          .defaulted(
              "maxQualificationMonths", INT, ProgrammePolicy::maxQualificationMonths, ProgrammePolicy.Builder::maxQualificationMonths)
          .defaulted(
              "hoursBudgetWarningPercent",
              INT,
              ProgrammePolicy::hoursBudgetWarningPercent,
              ProgrammePolicy.Builder::hoursBudgetWarningPercent)
          .defaulted(
              "certificationRequirements",
              CERTIFICATION_REQUIREMENTS,
              ProgrammePolicy::certificationRequirements,
              ProgrammePolicy.Builder::certificationRequirements)
          .build();

  /** A programme's whole data set (top-level document {@code programme}). */
  public static final ObjectCodec<Programme, Programme.Builder> PROGRAMME =
      ObjectCodec.document("Programme", Programme::builder, Programme.Builder::build)
          .required("name", STRING, Programme::name, Programme.Builder::name)
          .set("partners", ORGANISATION_ID, Programme::partners, Programme.Builder::partners)
          .defaulted("policy", PROGRAMME_POLICY, Programme::policy, Programme.Builder::policy)
          .list("advisors", ADVISOR, Programme::advisors, Programme.Builder::addAdvisor)
          .list("phases", QUALIFICATION_PHASE, Programme::phases, Programme.Builder::addPhase)
          .list("certificates", CERTIFICATE, Programme::certificates, Programme.Builder::addCertificate)
          .list("municipalities", MUNICIPALITY, Programme::municipalities, Programme.Builder::addMunicipality)
          .list("consultations", CONSULTATION, Programme::consultations, Programme.Builder::addConsultation)
          .list("organisations", ORGANISATION, Programme::organisations, Programme.Builder::addOrganisation)
          .list("events", PROGRAMME_EVENT, Programme::events, Programme.Builder::addEvent)
          .build();

  /** Every closed list of the model; each is written as its stable code. */
  private static final java.util.List<Class<? extends Enum<?>>> LABELLED =
      java.util.List.of(
          AdvisorStatus.class,
          ConsentScope.class,
          ConsultationFormat.class,
          ConsultationStatus.class,
          OutcomeKind.class,
          SessionKind.class,
          TeamRole.class,
          FormOfAddress.class,
          AgendaItemKind.class,
          ProgrammeEventKind.class,
          FieldOfAction.class,
          FederalState.class,
          MunicipalityType.class,
          OrganisationKind.class,
          EnrolmentStatus.class,
          ModuleTopic.class);

  // ---- rules ------------------------------------------------------------------------------

  /** A rule violation: code, severity, the model path of the offending value, parameters. */
  @SuppressWarnings("unchecked")
  public static final Codec<Violation> VIOLATION =
      ObjectCodec.<Violation, Object[]>value(
              "Violation",
              () -> new Object[4],
              a ->
                  Violation.of(
                      (RuleCode) a[0],
                      (Severity) a[1],
                      (String) a[2],
                      a[3] == null ? Map.of() : (Map<String, String>) a[3]))
          .required("code", ScalarCodecs.code(RuleCode.class, RuleCode::code), Violation::code, (a, v) -> a[0] = v)
          .required(
              "severity",
              ScalarCodecs.code(Severity.class, s -> s.name().toLowerCase(java.util.Locale.ROOT)),
              Violation::severity,
              (a, v) -> a[1] = v)
          .required("path", ScalarCodecs.ANY_STRING, Violation::path, (a, v) -> a[2] = v)
          .defaulted("parameters", ScalarCodecs.STRING_MAP, Violation::parameters, (a, v) -> a[3] = v)
          .build();

  /** The result of evaluating rules: every violation, errors and warnings, in order. */
  public static final Codec<Evaluation> EVALUATION =
      ObjectCodec.<Evaluation, List<Violation>>value("Evaluation", ArrayList::new, Evaluation::of)
          .list("violations", VIOLATION, Evaluation::violations, List::add)
          .build();

  /** The top-level documents by their name on the wire and in schema and golden file names. */
  public static final Map<String, ObjectCodec<?, ?>> DOCUMENTS = documents();

  private static Map<String, ObjectCodec<?, ?>> documents() {
    Map<String, ObjectCodec<?, ?>> documents = new LinkedHashMap<>();
    documents.put("programme", PROGRAMME);
    documents.put("advisor", ADVISOR);
    documents.put("qualification-phase", QUALIFICATION_PHASE);
    documents.put("certificate", CERTIFICATE);
    documents.put("municipality", MUNICIPALITY);
    documents.put("consultation", CONSULTATION);
    documents.put("organisation", ORGANISATION);
    documents.put("programme-event", PROGRAMME_EVENT);
    return Collections.unmodifiableMap(documents);
  }

  /** Every codec by the model type it reads and writes (public types of miglobe-core). */
  public static final Map<Class<?>, Codec<?>> BY_TYPE = byType();

  private static Map<Class<?>, Codec<?>> byType() {
    Map<Class<?>, Codec<?>> codecs = new LinkedHashMap<>();
    codecs.put(Programme.class, PROGRAMME);
    codecs.put(Advisor.class, ADVISOR);
    codecs.put(QualificationPhase.class, QUALIFICATION_PHASE);
    codecs.put(Certificate.class, CERTIFICATE);
    codecs.put(Municipality.class, MUNICIPALITY);
    codecs.put(Consultation.class, CONSULTATION);
    codecs.put(Organisation.class, ORGANISATION);
    codecs.put(ProgrammeEvent.class, PROGRAMME_EVENT);
    codecs.put(AdvisorId.class, ADVISOR_ID);
    codecs.put(QualificationPhaseId.class, PHASE_ID);
    codecs.put(CertificateId.class, CERTIFICATE_ID);
    codecs.put(MunicipalityId.class, MUNICIPALITY_ID);
    codecs.put(ConsultationId.class, CONSULTATION_ID);
    codecs.put(OrganisationId.class, ORGANISATION_ID);
    codecs.put(ProgrammeEventId.class, EVENT_ID);
    codecs.put(LanguageCode.class, LANGUAGE);
    codecs.put(CountryCode.class, COUNTRY);
    codecs.put(MunicipalityKey.class, MUNICIPALITY_KEY);
    codecs.put(EmailAddress.class, EMAIL);
    codecs.put(PhoneNumber.class, PHONE);
    codecs.put(DateRange.class, DATE_RANGE);
    codecs.put(de.miglobe.core.Hours.class, HOURS);
    codecs.put(PersonName.class, PERSON_NAME);
    codecs.put(PostalAddress.class, POSTAL_ADDRESS);
    codecs.put(ContactDetails.class, CONTACT_DETAILS);
    codecs.put(ContactPerson.class, CONTACT_PERSON);
    codecs.put(MunicipalPartnership.class, PARTNERSHIP);
    codecs.put(DevelopmentPolicyProfile.class, DEVELOPMENT_POLICY_PROFILE);
    codecs.put(Consent.class, CONSENT);
    codecs.put(ConsentRecord.class, CONSENT_RECORD);
    codecs.put(SensitiveAttributes.class, SENSITIVE_ATTRIBUTES);
    codecs.put(TrainingModule.class, TRAINING_MODULE);
    codecs.put(PracticeRecord.class, PRACTICE_RECORD);
    codecs.put(Enrolment.class, ENROLMENT);
    codecs.put(CertificationRequirements.class, CERTIFICATION_REQUIREMENTS);
    codecs.put(Revocation.class, REVOCATION);
    codecs.put(ConsultationRequest.class, CONSULTATION_REQUEST);
    codecs.put(TeamMember.class, TEAM_MEMBER);
    codecs.put(ConsultationSession.class, CONSULTATION_SESSION);
    codecs.put(Outcome.class, OUTCOME);
    codecs.put(Testimonial.class, TESTIMONIAL);
    codecs.put(HistoryEntry.class, HISTORY_ENTRY);
    codecs.put(AgendaItem.class, AGENDA_ITEM);
    codecs.put(ProgrammePolicy.class, PROGRAMME_POLICY);
    codecs.put(Violation.class, VIOLATION);
    codecs.put(Evaluation.class, EVALUATION);
    for (Class<? extends Enum<?>> type : LABELLED) {
      codecs.put(type, codeOf(type));
    }
    return Collections.unmodifiableMap(codecs);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Codec<?> codeOf(Class type) {
    return code(type);
  }

  private static <I extends Identifier> Codec<I> id(String name, java.util.function.Function<String, I> of) {
    return text(
        "an identifier",
        of,
        Identifier::value,
        name,
        SchemaDefinitions.object(
            "description", "An opaque, case-sensitive identifier.",
            "type", "string",
            "pattern", "^[A-Za-z0-9._-]{1,64}$"));
  }
}
