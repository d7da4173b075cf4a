package de.miglobe.core.rule;

import de.miglobe.core.DateRange;
import de.miglobe.core.Hours;
import de.miglobe.core.advisor.Advisor;
import de.miglobe.core.advisor.AdvisorStatus;
import de.miglobe.core.consultation.Consultation;
import de.miglobe.core.consultation.ConsultationFormat;
import de.miglobe.core.consultation.ConsultationRequest;
import de.miglobe.core.consultation.ConsultationSession;
import de.miglobe.core.consultation.ConsultationStatus;
import de.miglobe.core.consultation.SessionKind;
import de.miglobe.core.consultation.TeamMember;
import de.miglobe.core.consultation.TeamRole;
import de.miglobe.core.contact.ContactPerson;
import de.miglobe.core.contact.PersonName;
import de.miglobe.core.id.AdvisorId;
import de.miglobe.core.id.CertificateId;
import de.miglobe.core.id.ConsultationId;
import de.miglobe.core.id.MunicipalityId;
import de.miglobe.core.id.OrganisationId;
import de.miglobe.core.id.QualificationPhaseId;
import de.miglobe.core.municipality.FederalState;
import de.miglobe.core.municipality.Municipality;
import de.miglobe.core.municipality.MunicipalityKey;
import de.miglobe.core.municipality.MunicipalityType;
import de.miglobe.core.organisation.Organisation;
import de.miglobe.core.organisation.OrganisationKind;
import de.miglobe.core.programme.Programme;
import de.miglobe.core.programme.ProgrammeContext;
import de.miglobe.core.qualification.Certificate;
import de.miglobe.core.qualification.Enrolment;
import de.miglobe.core.qualification.ModuleTopic;
import de.miglobe.core.qualification.QualificationPhase;
import de.miglobe.core.qualification.TrainingModule;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A small valid programme and consultations in each status, for the rule and operation tests. */
public final class RuleFixtures {

  public static final String OFFICE = "Programmbüro";
  public static final LocalDate REQUESTED_ON = LocalDate.of(2018, 2, 1);
  public static final LocalDate APPROVED_ON = LocalDate.of(2018, 2, 15);
  public static final LocalDate STARTED_ON = LocalDate.of(2018, 3, 1);
  public static final LocalDate TODAY = LocalDate.of(2018, 6, 1);

  public static final MunicipalityId SALACH = MunicipalityId.of("salach");
  public static final MunicipalityId PASSAU = MunicipalityId.of("passau");
  public static final AdvisorId CERTIFIED = AdvisorId.of("a-cert");
  public static final AdvisorId CERTIFIED_2 = AdvisorId.of("a-cert2");
  public static final AdvisorId TRAINEE = AdvisorId.of("a-trainee");
  public static final AdvisorId TRAINEE_2 = AdvisorId.of("a-trainee2");
  public static final AdvisorId APPLICANT = AdvisorId.of("a-applicant");
  public static final QualificationPhaseId PHASE_0 = QualificationPhaseId.of("p0");
  public static final QualificationPhaseId PHASE_1 = QualificationPhaseId.of("p1");
  public static final CertificateId CERTIFICATE = CertificateId.of("c-cert");
  public static final CertificateId CERTIFICATE_2 = CertificateId.of("c-cert2");
  public static final OrganisationId FORUM = OrganisationId.of("forum");
  public static final ConsultationId CONSULTATION = ConsultationId.of("k1");
  public static final DateRange PLANNED = DateRange.of(STARTED_ON, LocalDate.of(2018, 7, 31));

  private RuleFixtures() {}

  public static Advisor advisor(AdvisorId id, AdvisorStatus status, int capacity) {
    return Advisor.builder()
        .id(id)
        .name(PersonName.of("Vorname " + id.value(), "Nachname"))
        .status(status)
        .capacity(capacity)
        .build();
  }

  public static TrainingModule module(int number, String title, ModuleTopic topic, LocalDate date) {
    return TrainingModule.builder()
        .number(number)
        .title(title)
        .topic(topic)
        .dates(List.of(date))
        .hours(Hours.of(8))
        .build();
  }

  public static QualificationPhase phase1() {
    return QualificationPhase.builder()
        .id(PHASE_1)
        .name("Erste Qualifizierungsphase Baden-Württemberg")
        .region(FederalState.BADEN_WUERTTEMBERG)
        .period(DateRange.of(LocalDate.of(2017, 12, 1), LocalDate.of(2018, 9, 28)))
        .modules(
            List.of(
                module(1, "Kommunale Entwicklungspolitik", ModuleTopic.FIELDS_OF_ACTION, LocalDate.of(2017, 12, 2)),
                module(2, "Interkulturelle Öffnung", ModuleTopic.INTERCULTURAL_OPENING, LocalDate.of(2018, 1, 20)),
                module(3, "Rolle als Berater*in", ModuleTopic.ADVISOR_ROLE, LocalDate.of(2018, 3, 10)),
                module(4, "Kommunalstrukturen", ModuleTopic.MUNICIPAL_STRUCTURES, LocalDate.of(2018, 5, 5))))
        .enrolments(
            List.of(
                Enrolment.builder().advisor(TRAINEE).enrolledOn(LocalDate.of(2017, 12, 1)).build(),
                Enrolment.builder().advisor(TRAINEE_2).enrolledOn(LocalDate.of(2017, 12, 1)).build()))
        .build();
  }

  public static QualificationPhase phase0() {
    return QualificationPhase.builder()
        .id(PHASE_0)
        .name("Pilotphase")
        .region(FederalState.BADEN_WUERTTEMBERG)
        .period(DateRange.of(LocalDate.of(2016, 9, 1), LocalDate.of(2017, 6, 30)))
        .build();
  }

  public static Certificate certificate(CertificateId id, AdvisorId advisor) {
    return Certificate.builder()
        .id(id)
        .advisor(advisor)
        .phase(PHASE_0)
        .issuedOn(LocalDate.of(2017, 6, 30))
        .issuers(Set.of(FORUM))
        .title("MiGlobe-Berater*in")
        .build();
  }

  public static Municipality municipality(MunicipalityId id, String name, String key, FederalState state) {
    return Municipality.builder()
        .id(id)
        .officialName(name)
        .type(MunicipalityType.GEMEINDE)
        .key(MunicipalityKey.of(key))
        .federalState(state)
        .build();
  }

  /** Valid on {@link #TODAY}: validation finds nothing. */
  public static Programme programme() {
    return Programme.builder()
        .name("MiGlobe Baden-Württemberg")
        .partners(Set.of(FORUM))
        .advisors(
            List.of(
                advisor(CERTIFIED, AdvisorStatus.CERTIFIED, 2),
                advisor(CERTIFIED_2, AdvisorStatus.CERTIFIED, 1),
                advisor(TRAINEE, AdvisorStatus.IN_QUALIFICATION, 2),
                advisor(TRAINEE_2, AdvisorStatus.IN_QUALIFICATION, 2),
                advisor(APPLICANT, AdvisorStatus.APPLICANT, 2)))
        .phases(List.of(phase0(), phase1()))
        .certificates(List.of(certificate(CERTIFICATE, CERTIFIED), certificate(CERTIFICATE_2, CERTIFIED_2)))
        .municipalities(
            List.of(
                municipality(SALACH, "Salach", "08117042", FederalState.BADEN_WUERTTEMBERG),
                municipality(PASSAU, "Passau", "09262000", FederalState.BAYERN)))
        .organisations(
            List.of(
                Organisation.builder()
                    .id(FORUM)
                    .name("Forum der Kulturen Stuttgart e. V.")
                    .kind(OrganisationKind.PROGRAMME_PARTNER)
                    .build()))
        .build();
  }

  public static ProgrammeContext context() {
    return ProgrammeContext.of(programme());
  }

  public static Consultation draft(ConsultationId id, MunicipalityId municipality) {
    return Consultation.builder()
        .id(id)
        .municipality(municipality)
        .format(ConsultationFormat.MULTI_MONTH_CONSULTATION)
        .title("Migrantische Vereine beim Fest der Nationen")
        .status(ConsultationStatus.REQUESTED)
        .request(
            ConsultationRequest.builder()
                .requestedOn(REQUESTED_ON)
                .requestedBy(
                    ContactPerson.builder().name(PersonName.of("Erika", "Beispiel")).build())
                .goals(List.of("Migrantische Vereine für das Fest der Nationen gewinnen"))
                .build())
        .plannedPeriod(PLANNED)
        .build();
  }

  public static Consultation requested() {
    return Consultation.request(draft(CONSULTATION, SALACH), OFFICE, context()).orElseThrow();
  }

  public static Consultation approved() {
    return requested().approve(APPROVED_ON, OFFICE, context()).orElseThrow();
  }

  public static List<TeamMember> tandem() {
    return List.of(TeamMember.of(CERTIFIED, TeamRole.LEAD), TeamMember.of(TRAINEE, TeamRole.TRAINEE));
  }

  public static Consultation inProgress() {
    return approved()
        .assignTeam(tandem(), STARTED_ON, context())
        .then(c -> c.start(STARTED_ON, OFFICE, context()))
        .orElseThrow();
  }

  public static ConsultationSession session(LocalDate date, long hours, AdvisorId... present) {
    return ConsultationSession.builder()
        .date(date)
        .duration(Hours.of(hours))
        .kind(SessionKind.MEETING)
        .advisorsPresent(Set.of(present))
        .build();
  }
}
