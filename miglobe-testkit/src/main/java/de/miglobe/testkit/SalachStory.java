package de.miglobe.testkit;

import de.miglobe.core.Hours;
import de.miglobe.core.DateRange;
import de.miglobe.core.LanguageCode;
import de.miglobe.core.advisor.Advisor;
import de.miglobe.core.advisor.AdvisorStatus;
import de.miglobe.core.contact.ContactDetails;
import de.miglobe.core.contact.ContactPerson;
import de.miglobe.core.contact.EmailAddress;
import de.miglobe.core.contact.FormOfAddress;
import de.miglobe.core.contact.PersonName;
import de.miglobe.core.contact.PhoneNumber;
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
import de.miglobe.core.event.AgendaItem;
import de.miglobe.core.event.AgendaItemKind;
import de.miglobe.core.event.ProgrammeEvent;
import de.miglobe.core.event.ProgrammeEventKind;
import de.miglobe.core.fieldofaction.FieldOfAction;
import de.miglobe.core.id.AdvisorId;
import de.miglobe.core.id.CertificateId;
import de.miglobe.core.id.ConsultationId;
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
import de.miglobe.core.programme.Programme;
import de.miglobe.core.qualification.Certificate;
import de.miglobe.core.qualification.CertificationRequirements;
import de.miglobe.core.qualification.Enrolment;
import de.miglobe.core.qualification.EnrolmentStatus;
import de.miglobe.core.qualification.ModuleTopic;
import de.miglobe.core.qualification.PracticeRecord;
import de.miglobe.core.qualification.QualificationPhase;
import de.miglobe.core.qualification.TrainingModule;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The source story of the programme as values: the press report on the second MiGlobe stakeholder
 * meeting, Literaturhaus Stuttgart, 28 September 2018.
 *
 * <p>What the report states is kept as stated: the first qualification phase in Baden-Württemberg
 * (about ten months, seminars on the fields of action, intercultural opening and municipal
 * structures, first practical consulting), the certificates handed over on 2018-09-28, the hosts
 * Dr. Dolgor Guntsetseg and Dr. David Tchakoura, the consultation in the Gemeinde Salach (AGS
 * 08117042, Landkreis Göppingen) for the <i>Fest der Nationen</i> with Frau Becker
 * (Bereichsleiterin Familien und Soziales) and Frau von Bergen (Leiterin des Arbeitskreises), the
 * tandem of a female and a male advisor, the quote, racism as the follow-up topic, and the programme
 * partner Forum der Kulturen Stuttgart e. V. with its contact person.
 *
 * <p>What the report does not state is filled in plausibly and marked here: the tandem's names
 * (placeholders "N. N."), the dates of modules, request, approval and sessions, the hours, and the
 * phase's practice requirement (six hours of practice; the hosts' practice lies outside this data
 * set and is recorded as hours only).
 *
 * <p>Every method returns the final state of the story (after the ceremony); the values are equal
 * on every call.
 */
public final class SalachStory {

  /** The day of the stakeholder meeting and certificate ceremony. */
  public static final LocalDate CEREMONY_DAY = LocalDate.of(2018, 9, 28);

  /** Forum der Kulturen Stuttgart e. V., the programme partner. */
  public static final OrganisationId FORUM_DER_KULTUREN = OrganisationId.of("org-forum-der-kulturen");
  /** SKEW (Servicestelle Kommunen in der Einen Welt), the funder. */
  public static final OrganisationId SKEW = OrganisationId.of("org-skew");
  /** The working group of the Gemeinde Salach that runs the Fest der Nationen. */
  public static final OrganisationId ARBEITSKREIS = OrganisationId.of("org-arbeitskreis-fest-der-nationen");

  /** Dr. Dolgor Guntsetseg, advisor and host of the meeting. */
  public static final AdvisorId GUNTSETSEG = AdvisorId.of("adv-guntsetseg");
  /** Dr. David Tchakoura, advisor and host of the meeting. */
  public static final AdvisorId TCHAKOURA = AdvisorId.of("adv-tchakoura");
  /** The female advisor of the Salach tandem (not named in the report). */
  public static final AdvisorId BERATERIN = AdvisorId.of("adv-salach-beraterin");
  /** The male advisor of the Salach tandem (not named in the report). */
  public static final AdvisorId BERATER = AdvisorId.of("adv-salach-berater");

  /** The first qualification phase in Baden-Württemberg. */
  public static final QualificationPhaseId FIRST_PHASE = QualificationPhaseId.of("qp-bw-2017-2018");
  /** The Gemeinde Salach. */
  public static final MunicipalityId SALACH = MunicipalityId.of("mun-salach");
  /** The Stadt Stuttgart, where the meeting took place. */
  public static final MunicipalityId STUTTGART = MunicipalityId.of("mun-stuttgart");
  /** The consultation in Salach for the Fest der Nationen. */
  public static final ConsultationId SALACH_CONSULTATION = ConsultationId.of("con-salach-2018");
  /** The second stakeholder meeting at Literaturhaus Stuttgart. */
  public static final ProgrammeEventId STAKEHOLDER_MEETING = ProgrammeEventId.of("evt-stakeholder-2018-09-28");

  /** The quote of the Gemeinde Salach, as printed in the report. */
  public static final String QUOTE =
      "Die Begleitung durch die Beraterin und den Berater von MiGlobe hat uns sehr gutgetan. Im"
          + " Rahmen der Beratung haben wir uns die Zeit genommen, einmal in Ruhe und mit anderen"
          + " Perspektiven auf unsere Aktivitäten zu schauen und konnten dadurch neue Wege erkennen";

  private static final String CERTIFICATE_TITLE =
      "Zertifikat MiGlobe-Berater*in für kommunale Entwicklungspolitik";

  private SalachStory() {}

  /** @return the whole story as one programme */
  public static Programme programme() {
    return Programme.builder()
        .name("MiGlobe Baden-Württemberg")
        .addPartners(FORUM_DER_KULTUREN, SKEW)
        .addAdvisors(guntsetseg(), tchakoura(), beraterin(), berater())
        .addPhases(firstPhase())
        .addAllCertificates(certificates())
        .addMunicipalities(salach(), stuttgart())
        .addConsultations(salachConsultation())
        .addOrganisations(forumDerKulturen(), skew(), arbeitskreis())
        .addEvents(stakeholderMeeting())
        .build();
  }

  /** @return Tirza Emmering, the project's contact person at Forum der Kulturen */
  public static ContactPerson tirzaEmmering() {
    return ContactPerson.builder()
        .name(PersonName.builder().givenNames("Tirza").familyName("Emmering").build())
        .function("Projekt-Ansprechpartner*in MiGlobe")
        .contact(
            ContactDetails.builder()
                .email(EmailAddress.of("tirza.emmering@forum-der-kulturen.de"))
                .phone(PhoneNumber.of("07 11/248 48 08-36"))
                .fax(PhoneNumber.of("07 11/248 48 08-88"))
                .build())
        .build();
  }

  /** @return Forum der Kulturen Stuttgart e. V., programme partner, with its contact person */
  public static Organisation forumDerKulturen() {
    return Organisation.builder()
        .id(FORUM_DER_KULTUREN)
        .name("Forum der Kulturen Stuttgart e. V.")
        .kind(OrganisationKind.PROGRAMME_PARTNER)
        .place("Stuttgart")
        .addContactPersons(tirzaEmmering())
        .build();
  }

  /** @return SKEW, the funder */
  public static Organisation skew() {
    return Organisation.builder()
        .id(SKEW)
        .name("Servicestelle Kommunen in der Einen Welt")
        .shortName("SKEW")
        .kind(OrganisationKind.FUNDER)
        .build();
  }

  /** @return the working group of the Gemeinde Salach that organises the Fest der Nationen */
  public static Organisation arbeitskreis() {
    return Organisation.builder()
        .id(ARBEITSKREIS)
        .name("Arbeitskreis Fest der Nationen")
        .kind(OrganisationKind.MUNICIPAL_WORKING_GROUP)
        .place("Salach")
        .addContactPersons(vonBergen())
        .build();
  }

  /** @return Frau Becker, Bereichsleiterin Familien und Soziales der Gemeinde Salach */
  public static ContactPerson becker() {
    return ContactPerson.builder()
        .name(PersonName.builder().familyName("Becker").formOfAddress(FormOfAddress.FRAU).build())
        .function("Bereichsleiterin Familien und Soziales")
        .department("Gemeinde Salach")
        .build();
  }

  /** @return Frau von Bergen, Leiterin des Arbeitskreises Fest der Nationen */
  public static ContactPerson vonBergen() {
    return ContactPerson.builder()
        .name(PersonName.builder().familyName("von Bergen").formOfAddress(FormOfAddress.FRAU).build())
        .function("Leiterin des Arbeitskreises")
        .department("Arbeitskreis Fest der Nationen")
        .build();
  }

  /** @return the Gemeinde Salach, Landkreis Göppingen */
  public static Municipality salach() {
    return Municipality.builder()
        .id(SALACH)
        .officialName("Salach")
        .type(MunicipalityType.GEMEINDE)
        .key(MunicipalityKey.of("08117042"))
        .federalState(FederalState.BADEN_WUERTTEMBERG)
        .districtName("Göppingen")
        .addContactPersons(becker(), vonBergen())
        .build();
  }

  /** @return the Stadt Stuttgart (Stadtkreis), where the meeting took place */
  public static Municipality stuttgart() {
    return Municipality.builder()
        .id(STUTTGART)
        .officialName("Stuttgart")
        .type(MunicipalityType.STADTKREIS)
        .key(MunicipalityKey.of("08111000"))
        .federalState(FederalState.BADEN_WUERTTEMBERG)
        .build();
  }

  /** @return Dr. Dolgor Guntsetseg, certified on 2018-09-28 */
  public static Advisor guntsetseg() {
    return advisor(GUNTSETSEG, PersonName.builder().academicTitle("Dr.").givenNames("Dolgor")
        .familyName("Guntsetseg").formOfAddress(FormOfAddress.FRAU).build());
  }

  /** @return Dr. David Tchakoura, certified on 2018-09-28 */
  public static Advisor tchakoura() {
    return advisor(TCHAKOURA, PersonName.builder().academicTitle("Dr.").givenNames("David")
        .familyName("Tchakoura").formOfAddress(FormOfAddress.HERR).build());
  }

  /** @return the female advisor of the Salach tandem (a placeholder name: the report names none) */
  public static Advisor beraterin() {
    return advisor(BERATERIN, PersonName.builder().familyName("N. N. (Beraterin)")
        .formOfAddress(FormOfAddress.FRAU).build());
  }

  /** @return the male advisor of the Salach tandem (a placeholder name: the report names none) */
  public static Advisor berater() {
    return advisor(BERATER, PersonName.builder().familyName("N. N. (Berater)")
        .formOfAddress(FormOfAddress.HERR).build());
  }

  private static Advisor advisor(AdvisorId id, PersonName name) {
    return Advisor.builder()
        .id(id)
        .name(name)
        .status(AdvisorStatus.CERTIFIED)
        .addLanguages(LanguageCode.of("de"))
        .addExpertise(FieldOfAction.INTERCULTURAL_OPENING, FieldOfAction.MIGRATION_AND_DEVELOPMENT)
        .homeRegion("Baden-Württemberg")
        .build();
  }

  /** @return the curriculum of the first phase: five seminars (dates illustrative) */
  public static List<TrainingModule> modules() {
    return List.of(
        module(1, "Handlungsfelder der kommunalen Entwicklungspolitik", ModuleTopic.FIELDS_OF_ACTION, LocalDate.of(2018, 1, 20)),
        module(2, "Methoden der interkulturellen Öffnung", ModuleTopic.INTERCULTURAL_OPENING, LocalDate.of(2018, 3, 3)),
        module(3, "Die Rolle als Berater*in", ModuleTopic.ADVISOR_ROLE, LocalDate.of(2018, 4, 21)),
        module(4, "Kommunalstrukturen", ModuleTopic.MUNICIPAL_STRUCTURES, LocalDate.of(2018, 6, 9)),
        module(5, "Praxisreflexion", ModuleTopic.PRACTICE, LocalDate.of(2018, 9, 15)));
  }

  private static TrainingModule module(int number, String title, ModuleTopic topic, LocalDate date) {
    return TrainingModule.builder().number(number).title(title).topic(topic).addDates(date)
        .hours(Hours.of(8)).build();
  }

  /** @return the requirements of the first phase: all mandatory modules, six hours of practice */
  public static CertificationRequirements requirements() {
    return CertificationRequirements.builder()
        .mandatoryModulesAttendedPercent(100)
        .minimumPracticeConsultations(0)
        .minimumPracticeHours(Hours.of(6))
        .phaseMustHaveEnded(true)
        .build();
  }

  /** @return the first qualification phase after the ceremony: four advisors completed it */
  public static QualificationPhase firstPhase() {
    return QualificationPhase.builder()
        .id(FIRST_PHASE)
        .name("Erste Qualifizierungsphase MiGlobe Baden-Württemberg 2017/2018")
        .region(FederalState.BADEN_WUERTTEMBERG)
        .period(DateRange.of(LocalDate.of(2017, 12, 1), CEREMONY_DAY))
        .addAllModules(modules())
        .addEnrolments(
            completed(GUNTSETSEG, PracticeRecord.builder().hours(Hours.of(8)).build()),
            completed(TCHAKOURA, PracticeRecord.builder().hours(Hours.of(8)).build()),
            completed(BERATERIN, salachPractice()),
            completed(BERATER, salachPractice()))
        .requirements(requirements())
        .ceremony(STAKEHOLDER_MEETING)
        .build();
  }

  private static PracticeRecord salachPractice() {
    return PracticeRecord.builder()
        .addConsultations(SALACH_CONSULTATION)
        .hours(salachConsultation().loggedHours())
        .build();
  }

  private static Enrolment completed(AdvisorId advisor, PracticeRecord practice) {
    return Enrolment.builder()
        .advisor(advisor)
        .enrolledOn(LocalDate.of(2017, 12, 1))
        .status(EnrolmentStatus.COMPLETED)
        .addAttendedModules(1, 2, 3, 4, 5)
        .practice(practice)
        .build();
  }

  /** @return the four certificates handed over on 2018-09-28 */
  public static List<Certificate> certificates() {
    return List.of(
        certificate(GUNTSETSEG), certificate(TCHAKOURA), certificate(BERATERIN), certificate(BERATER));
  }

  /**
   * The certificate of an advisor of the first cohort.
   *
   * @param advisor one of the four advisors of the story
   * @return the certificate, identified as {@code cert-<advisor id>}
   */
  public static Certificate certificate(AdvisorId advisor) {
    return Certificate.builder()
        .id(CertificateId.of("cert-" + advisor.value()))
        .advisor(advisor)
        .phase(FIRST_PHASE)
        .issuedOn(CEREMONY_DAY)
        .addIssuers(FORUM_DER_KULTUREN)
        .title(CERTIFICATE_TITLE)
        .addTopicsCovered(
            ModuleTopic.FIELDS_OF_ACTION,
            ModuleTopic.INTERCULTURAL_OPENING,
            ModuleTopic.MUNICIPAL_STRUCTURES,
            ModuleTopic.ADVISOR_ROLE,
            ModuleTopic.PRACTICE)
        .build();
  }

  /** @return the municipality's request of March 2018 (date illustrative) */
  public static ConsultationRequest salachRequest() {
    return ConsultationRequest.builder()
        .requestedOn(LocalDate.of(2018, 3, 12))
        .requestedBy(becker())
        .addGoals(
            "Migrantische Vereine und Initiativen bei der Ausrichtung des jährlichen Festes der"
                + " Nationen mit ins Boot holen",
            "Beratende Begleitung bei der Kontaktaufnahme")
        .addFieldsOfAction(FieldOfAction.INTERCULTURAL_OPENING, FieldOfAction.CIVIC_ENGAGEMENT)
        .occasion("Fest der Nationen")
        .addTargetCommunities("Migrantische Vereine und Initiativen in Salach")
        .build();
  }

  /** @return the completed consultation in Salach, as the panel presented it */
  public static Consultation salachConsultation() {
    List<AdvisorId> tandem = List.of(BERATERIN, BERATER);
    return Consultation.builder()
        .id(SALACH_CONSULTATION)
        .municipality(SALACH)
        .format(ConsultationFormat.MULTI_MONTH_CONSULTATION)
        .title("Migrantische Vereine beim Fest der Nationen")
        .status(ConsultationStatus.COMPLETED)
        .request(salachRequest())
        .addTeam(TeamMember.of(BERATERIN, TeamRole.TRAINEE), TeamMember.of(BERATER, TeamRole.TRAINEE))
        .addMunicipalityContacts(becker(), vonBergen())
        .addPartnerOrganisations(ARBEITSKREIS)
        .plannedPeriod(DateRange.of(LocalDate.of(2018, 4, 1), LocalDate.of(2018, 7, 31)))
        .hoursBudget(Hours.of(20))
        .addSessions(
            session(LocalDate.of(2018, 4, 17), "2", SessionKind.MEETING, tandem,
                "Auftakt mit Frau Becker und Frau von Bergen: Ziele und Ansprechpersonen"),
            session(LocalDate.of(2018, 5, 8), "3", SessionKind.NETWORKING, tandem,
                "Kontaktaufnahme mit migrantischen Vereinen und Initiativen vor Ort"),
            session(LocalDate.of(2018, 6, 5), "2.5", SessionKind.WORKSHOP, tandem,
                "Gemeinsame Planung mit dem Arbeitskreis Fest der Nationen"),
            session(LocalDate.of(2018, 7, 14), "4", SessionKind.EVENT_SUPPORT, tandem,
                "Begleitung beim Fest der Nationen"))
        .addOutcomes(
            Outcome.of(OutcomeKind.EVENT_HELD,
                "Migrantische Vereine und Initiativen beim Fest der Nationen mit im Boot",
                LocalDate.of(2018, 7, 31)),
            Outcome.of(OutcomeKind.FOLLOW_UP_TOPIC,
                "Die Gemeinde Salach setzt sich nun intensiv mit dem Thema Rassismus auseinander",
                LocalDate.of(2018, 7, 31)))
        .addTestimonials(
            Testimonial.builder()
                .quote(QUOTE)
                .speaker(becker().name())
                .speakerFunction("Bereichsleiterin Familien und Soziales der Gemeinde Salach")
                .consentGivenOn(CEREMONY_DAY)
                .published(true)
                .build())
        .addHistory(
            history(LocalDate.of(2018, 3, 12), "Gemeinde Salach", null, ConsultationStatus.REQUESTED),
            history(LocalDate.of(2018, 3, 20), "Programmbüro MiGlobe", ConsultationStatus.REQUESTED, ConsultationStatus.APPROVED),
            history(LocalDate.of(2018, 4, 17), "Programmbüro MiGlobe", ConsultationStatus.APPROVED, ConsultationStatus.IN_PROGRESS),
            history(LocalDate.of(2018, 7, 31), "Programmbüro MiGlobe", ConsultationStatus.IN_PROGRESS, ConsultationStatus.COMPLETED))
        .build();
  }

  private static ConsultationSession session(
      LocalDate date, String hours, SessionKind kind, List<AdvisorId> present, String summary) {
    return ConsultationSession.builder()
        .date(date)
        .duration(Hours.parse(hours))
        .kind(kind)
        .addAllAdvisorsPresent(present)
        .summary(summary)
        .build();
  }

  private static HistoryEntry history(
      LocalDate on, String actor, ConsultationStatus from, ConsultationStatus to) {
    return HistoryEntry.builder().on(on).actor(actor).from(Optional.ofNullable(from)).to(to).build();
  }

  /** @return the second stakeholder meeting, Literaturhaus Stuttgart, 2018-09-28 */
  public static ProgrammeEvent stakeholderMeeting() {
    return ProgrammeEvent.builder()
        .id(STAKEHOLDER_MEETING)
        .kind(ProgrammeEventKind.STAKEHOLDER_MEETING)
        .title("Zweites MiGlobe-Stakeholder-Treffen in Baden-Württemberg")
        .date(CEREMONY_DAY)
        .venue("Literaturhaus Stuttgart")
        .addHosts(GUNTSETSEG, TCHAKOURA)
        .addAgenda(
            AgendaItem.builder()
                .kind(AgendaItemKind.PANEL)
                .title("Podiumsgespräch: der MiGlobe-Beratungseinsatz in der Gemeinde Salach")
                .featuredConsultation(SALACH_CONSULTATION)
                .build(),
            AgendaItem.builder()
                .kind(AgendaItemKind.SMALL_GROUP_DISCUSSION)
                .title("Kleingruppen: Wie kann das Angebot von MiGlobe weiterentwickelt werden?")
                .build(),
            AgendaItem.builder()
                .kind(AgendaItemKind.CEREMONY)
                .title("Feierliche Übergabe der Zertifikate")
                .build())
        .addAllCertificatesHandedOver(certificates().stream().map(Certificate::id).toList())
        .addOutcomes("Konkrete Ideen für die weitere Ausrichtung des Projekts gesammelt")
        .build();
  }
}
