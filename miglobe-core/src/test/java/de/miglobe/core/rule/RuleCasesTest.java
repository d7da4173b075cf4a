package de.miglobe.core.rule;

import static de.miglobe.core.rule.RuleFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import de.miglobe.core.DateRange;
import de.miglobe.core.Hours;
import de.miglobe.core.advisor.AdvisorStatus;
import de.miglobe.core.consultation.Consultation;
import de.miglobe.core.consultation.ConsultationSession;
import de.miglobe.core.consultation.Outcome;
import de.miglobe.core.consultation.OutcomeKind;
import de.miglobe.core.consultation.TeamMember;
import de.miglobe.core.consultation.TeamRole;
import de.miglobe.core.consultation.Testimonial;
import de.miglobe.core.contact.PersonName;
import de.miglobe.core.id.CertificateId;
import de.miglobe.core.id.ConsultationId;
import de.miglobe.core.id.QualificationPhaseId;
import de.miglobe.core.policy.ProgrammePolicy;
import de.miglobe.core.programme.Programme;
import de.miglobe.core.programme.ProgrammeContext;
import de.miglobe.core.programme.ProgrammeOperations;
import de.miglobe.core.programme.ProgrammeRules;
import de.miglobe.core.qualification.CertificationRequirements;
import de.miglobe.core.qualification.QualificationPhase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule code: a case in which it holds and one in which it is violated, with the expected
 * path and the German and English messages.
 */
class RuleCasesTest {

  record Case(
      RuleCode code,
      Supplier<Evaluation> passing,
      Supplier<Evaluation> failing,
      String path,
      String german,
      String english) {
    @Override
    public String toString() {
      return code.code();
    }
  }

  static Evaluation ev(OperationResult<?> result) {
    return result.evaluation();
  }

  static Case rule(
      RuleCode code,
      Supplier<Evaluation> passing,
      Supplier<Evaluation> failing,
      String path,
      String german,
      String english) {
    return new Case(code, passing, failing, path, german, english);
  }

  static Consultation withSessions(Hours budget, ConsultationSession... sessions) {
    Consultation c = Consultation.builder().from(inProgress()).hoursBudget(budget).build();
    for (ConsultationSession s : sessions) {
      c = c.logSession(s, TODAY, context()).orElseThrow();
    }
    return c;
  }

  static Programme withPhase1(QualificationPhase phase) {
    return Programme.builder().from(programme()).phases(List.of(phase0(), phase)).build();
  }

  static QualificationPhase attended(int... modules) {
    QualificationPhase phase = phase1();
    for (int m : modules) {
      phase = phase.recordAttendance(TRAINEE, m).orElseThrow();
    }
    return phase;
  }

  static Programme overlapping() {
    QualificationPhase phase2 =
        QualificationPhase.builder()
            .id(QualificationPhaseId.of("p2"))
            .name("Zweite Qualifizierungsphase")
            .region(de.miglobe.core.municipality.FederalState.BADEN_WUERTTEMBERG)
            .period(DateRange.of(LocalDate.of(2018, 6, 1), LocalDate.of(2019, 3, 31)))
            .build();
    return Programme.builder().from(programme()).addPhase(phase2).build();
  }

  static Stream<Case> cases() {
    ProgrammePolicy certifiedRequired =
        ProgrammePolicy.builder().certifiedMemberRequiredWithTrainees(true).build();
    List<TeamMember> trainees =
        List.of(TeamMember.of(TRAINEE, TeamRole.LEAD), TeamMember.of(TRAINEE_2, TeamRole.TRAINEE));
    Outcome outcome =
        Outcome.of(OutcomeKind.EVENT_HELD, "Vereine beim Fest der Nationen", LocalDate.of(2018, 5, 20));
    Testimonial unpublished =
        Testimonial.builder().quote("Es hat sich gelohnt.").speaker(PersonName.of("Erika", "Beispiel")).published(true).consentGivenOn(LocalDate.of(2018, 5, 21)).build();
    Testimonial withoutConsent =
        Testimonial.builder().quote("Es hat sich gelohnt.").speaker(PersonName.of("Erika", "Beispiel")).published(true).build();
    LocalDate end = LocalDate.of(2018, 9, 28);
    return Stream.of(
        rule(
            RuleCode.CONSULTATION_TRANSITION_NOT_ALLOWED,
            () -> ev(approved().start(STARTED_ON, OFFICE, context())),
            () -> ev(requested().start(STARTED_ON, OFFICE, context())),
            "status",
            "Der Status kann nicht von „Beantragt“ zu „Laufend“ wechseln.",
            "The status cannot change from \"Requested\" to \"In progress\"."),
        rule(
            RuleCode.CONSULTATION_DATE_BEFORE_LAST_CHANGE,
            () -> ev(requested().approve(REQUESTED_ON, OFFICE, context())),
            () -> ev(requested().approve(LocalDate.of(2018, 1, 15), OFFICE, context())),
            "history",
            "Die Änderung am 2018-01-15 liegt vor der letzten Statusänderung am 2018-02-01.",
            "The change on 2018-01-15 is dated before the last status change on 2018-02-01."),
        rule(
            RuleCode.CONSULTATION_REASON_REQUIRED,
            () -> ev(requested().decline(APPROVED_ON, OFFICE, "Kein Bezug zur Entwicklungspolitik")),
            () -> ev(requested().decline(APPROVED_ON, OFFICE, " ")),
            "history[1].reason",
            "Für den Status „Abgelehnt“ ist eine Begründung erforderlich.",
            "The status \"Declined\" requires a reason."),
        rule(
            RuleCode.CONSULTATION_NOT_ALLOWED_IN_STATUS,
            () -> ev(inProgress().logSession(session(TODAY, 2, CERTIFIED), TODAY, context())),
            () -> ev(approved().logSession(session(TODAY, 2, CERTIFIED), TODAY, context())),
            "status",
            "Der Vorgang „Termin erfassen“ ist im Status „Bewilligt“ nicht möglich.",
            "The operation \"log a session\" is not possible in status \"Approved\"."),
        rule(
            RuleCode.MUNICIPALITY_NOT_ELIGIBLE,
            () -> ev(Consultation.request(draft(CONSULTATION, SALACH), OFFICE, context())),
            () -> ev(Consultation.request(draft(CONSULTATION, PASSAU), OFFICE, context())),
            "municipality",
            "Die Kommune passau liegt in Bayern, einem Land, in dem das Programm nicht tätig ist.",
            "The municipality passau lies in Bavaria, a state the programme does not serve."),
        rule(
            RuleCode.CONSULTATION_TEAM_TOO_SMALL,
            () -> ev(approved().assignTeam(tandem(), STARTED_ON, context())),
            () -> ev(approved().start(STARTED_ON, OFFICE, context())),
            "team",
            "Das Team hat 0 Berater*innen; erforderlich sind mindestens 1.",
            "The team has 0 advisors; at least 1 are required."),
        rule(
            RuleCode.CONSULTATION_TEAM_TOO_LARGE,
            () -> ev(approved().assignTeam(tandem(), STARTED_ON, context())),
            () ->
                ev(
                    approved()
                        .assignTeam(
                            List.of(
                                TeamMember.of(CERTIFIED, TeamRole.LEAD),
                                TeamMember.of(TRAINEE, TeamRole.TRAINEE),
                                TeamMember.of(TRAINEE_2, TeamRole.TRAINEE)),
                            STARTED_ON,
                            context())),
            "team",
            "Das Team hat 3 Berater*innen; erlaubt sind höchstens 2.",
            "The team has 3 advisors; at most 2 are allowed."),
        rule(
            RuleCode.CONSULTATION_TEAM_NOT_TANDEM,
            () -> ev(approved().assignTeam(tandem(), STARTED_ON, context())),
            () ->
                ev(
                    approved()
                        .assignTeam(
                            List.of(TeamMember.of(CERTIFIED, TeamRole.LEAD)), STARTED_ON, context())),
            "team",
            "Das Team ist kleiner als vorgesehen: 1 statt 2 Berater*innen (Tandem).",
            "The team is smaller than expected: 1 instead of 2 advisors (a tandem)."),
        rule(
            RuleCode.CONSULTATION_TEAM_DUPLICATE_ADVISOR,
            () -> ev(approved().assignTeam(tandem(), STARTED_ON, context())),
            () ->
                ev(
                    approved()
                        .assignTeam(
                            List.of(
                                TeamMember.of(CERTIFIED, TeamRole.LEAD),
                                TeamMember.of(CERTIFIED, TeamRole.CO_ADVISOR)),
                            STARTED_ON,
                            context())),
            "team[1]",
            "Berater*in a-cert steht mehrfach im Team.",
            "Advisor a-cert is on the team more than once."),
        rule(
            RuleCode.CONSULTATION_ADVISOR_NOT_QUALIFIED,
            () -> ev(approved().assignTeam(trainees, STARTED_ON, context())),
            () ->
                ev(
                    approved()
                        .assignTeam(
                            List.of(
                                TeamMember.of(CERTIFIED, TeamRole.LEAD),
                                TeamMember.of(APPLICANT, TeamRole.CO_ADVISOR)),
                            STARTED_ON,
                            context())),
            "team[1]",
            "Berater*in a-applicant ist weder zertifiziert noch in einer laufenden"
                + " Qualifizierungsphase angemeldet (Status „Bewerber*in“).",
            "Advisor a-applicant is neither certified nor enrolled in a running qualification"
                + " phase (status \"Applicant\")."),
        rule(
            RuleCode.CONSULTATION_TEAM_WITHOUT_CERTIFIED_ADVISOR,
            () -> ev(approved().assignTeam(trainees, STARTED_ON, context())),
            () ->
                ev(
                    approved()
                        .assignTeam(
                            trainees,
                            STARTED_ON,
                            ProgrammeContext.of(
                                Programme.builder().from(programme()).policy(certifiedRequired).build()))),
            "team",
            "Ein Team mit Berater*innen in Qualifizierung braucht eine*n zertifizierte*n Berater*in.",
            "A team with advisors in qualification needs a certified advisor."),
        rule(
            RuleCode.ADVISOR_CAPACITY_EXCEEDED,
            () -> ev(busyProgrammeStart(false)),
            () -> ev(busyProgrammeStart(true)),
            "consultations[1].team[0]",
            "Berater*in a-cert2: 2 laufende Beratungen bei einer Kapazität von 1.",
            "Advisor a-cert2: 2 consultations in progress with a capacity of 1."),
        rule(
            RuleCode.SESSION_OUTSIDE_PERIOD,
            () -> ev(inProgress().logSession(session(LocalDate.of(2018, 7, 31), 2, CERTIFIED), LocalDate.of(2018, 8, 1), context())),
            () -> ev(inProgress().logSession(session(LocalDate.of(2018, 8, 1), 2, CERTIFIED), LocalDate.of(2018, 8, 1), context())),
            "sessions[0].date",
            "Der Termin am 2018-08-01 liegt außerhalb des geplanten Zeitraums 2018-03-01 bis 2018-07-31.",
            "The session on 2018-08-01 lies outside the planned period 2018-03-01 to 2018-07-31."),
        rule(
            RuleCode.SESSION_AFTER_TODAY,
            () -> ev(inProgress().logSession(session(TODAY, 2, CERTIFIED), TODAY, context())),
            () -> ev(inProgress().logSession(session(TODAY.plusDays(1), 2, CERTIFIED), TODAY, context())),
            "sessions[0].date",
            "Der Termin am 2018-06-02 liegt nach dem heutigen Tag (2018-06-01).",
            "The session on 2018-06-02 is dated after today (2018-06-01)."),
        rule(
            RuleCode.SESSION_ADVISOR_NOT_ON_TEAM,
            () -> ev(inProgress().logSession(session(TODAY, 2, CERTIFIED, TRAINEE), TODAY, context())),
            () -> ev(inProgress().logSession(session(TODAY, 2, APPLICANT), TODAY, context())),
            "sessions[0].advisorsPresent",
            "Berater*in a-applicant war beim Termin anwesend, gehört aber nicht zum Team.",
            "Advisor a-applicant was present at the session but is not on the team."),
        rule(
            RuleCode.HOURS_BUDGET_NEARLY_USED,
            () -> ev(withSessions(Hours.of(10)).logSession(session(TODAY, 8, CERTIFIED), TODAY, context())),
            () -> ev(withSessions(Hours.of(10)).logSession(session(TODAY, 9, CERTIFIED), TODAY, context())),
            "hoursBudget",
            "Es sind 9 von 10 Stunden erfasst; die Warnschwelle von 90 % ist erreicht.",
            "9 of 10 hours are logged; the warning level of 90 % is reached."),
        rule(
            RuleCode.HOURS_BUDGET_EXCEEDED,
            () -> ev(withSessions(Hours.of(10), session(TODAY, 4, CERTIFIED)).logSession(session(TODAY, 6, CERTIFIED), TODAY, context())),
            () -> ev(withSessions(Hours.of(10), session(TODAY, 4, CERTIFIED)).logSession(session(TODAY, 7, CERTIFIED), TODAY, context())),
            "hoursBudget",
            "Es sind 11 Stunden erfasst; das Budget beträgt 10 Stunden.",
            "11 hours are logged; the budget is 10 hours."),
        rule(
            RuleCode.CONSULTATION_COMPLETION_WITHOUT_SESSION,
            () -> ev(withSessions(Hours.of(10), session(TODAY, 2, CERTIFIED)).complete(TODAY, OFFICE)),
            () -> ev(inProgress().complete(TODAY, OFFICE)),
            "sessions",
            "Eine Beratung kann erst mit mindestens einem Termin abgeschlossen werden.",
            "A consultation can only be completed with at least one session."),
        rule(
            RuleCode.CONSULTATION_COMPLETION_WITHOUT_OUTCOME,
            () -> ev(inProgress().recordOutcome(outcome).orElseThrow().complete(TODAY, OFFICE)),
            () -> ev(inProgress().complete(TODAY, OFFICE)),
            "outcomes",
            "Eine Beratung kann erst mit mindestens einem Ergebnis abgeschlossen werden.",
            "A consultation can only be completed with at least one outcome."),
        rule(
            RuleCode.TESTIMONIAL_WITHOUT_CONSENT,
            () -> ev(inProgress().addTestimonial(unpublished)),
            () -> ev(inProgress().addTestimonial(withoutConsent)),
            "testimonials[0]",
            "Das Zitat soll ohne Einwilligung der zitierten Person veröffentlicht werden.",
            "The testimonial is to be published without the speaker's consent."),
        rule(
            RuleCode.ENROLMENT_DUPLICATE,
            () -> ev(phase1().enrol(APPLICANT, LocalDate.of(2018, 1, 10))),
            () -> ev(phase1().enrol(TRAINEE, LocalDate.of(2018, 1, 10))),
            "enrolments[0]",
            "Berater*in a-trainee ist bereits in der Qualifizierungsphase p1 angemeldet.",
            "Advisor a-trainee is already enrolled in the qualification phase p1."),
        rule(
            RuleCode.ENROLMENT_AFTER_PHASE_END,
            () -> ev(phase1().enrol(APPLICANT, end)),
            () -> ev(phase1().enrol(APPLICANT, end.plusDays(1))),
            "enrolments",
            "Die Anmeldung am 2018-09-29 liegt nach dem Ende der Phase am 2018-09-28.",
            "The enrolment on 2018-09-29 is after the phase ends on 2018-09-28."),
        rule(
            RuleCode.ENROLMENT_ADVISOR_STATUS,
            () -> ev(ProgrammeOperations.enrol(programme(), PHASE_1, APPLICANT, LocalDate.of(2018, 1, 10))),
            () -> ev(ProgrammeOperations.enrol(programme(), PHASE_1, CERTIFIED, LocalDate.of(2018, 1, 10))),
            "advisors[0].status",
            "Berater*in a-cert kann sich mit dem Status „Zertifiziert“ nicht anmelden.",
            "Advisor a-cert cannot enrol with status \"Certified\"."),
        rule(
            RuleCode.ENROLMENT_NOT_FOUND,
            () -> ev(phase1().recordAttendance(TRAINEE, 1)),
            () -> ev(phase1().recordAttendance(APPLICANT, 1)),
            "enrolments",
            "Berater*in a-applicant ist in der Qualifizierungsphase p1 nicht angemeldet.",
            "Advisor a-applicant is not enrolled in the qualification phase p1."),
        rule(
            RuleCode.ENROLMENT_NOT_ACTIVE,
            () -> ev(phase1().recordAttendance(TRAINEE, 1)),
            () ->
                ev(
                    phase1()
                        .withdraw(TRAINEE, LocalDate.of(2018, 2, 1))
                        .orElseThrow()
                        .recordAttendance(TRAINEE, 1)),
            "enrolments[0].status",
            "Die Anmeldung von Berater*in a-trainee ist nicht mehr aktiv (Status „Ausgeschieden“).",
            "The enrolment of advisor a-trainee is no longer active (status \"Withdrawn\")."),
        rule(
            RuleCode.MODULE_UNKNOWN,
            () -> ev(phase1().recordAttendance(TRAINEE, 4)),
            () -> ev(phase1().recordAttendance(TRAINEE, 9)),
            "enrolments[0].attendedModules",
            "Das Curriculum hat kein Modul 9.",
            "The curriculum has no module 9."),
        rule(
            RuleCode.ADVISOR_IN_OVERLAPPING_PHASES,
            () -> ev(ProgrammeOperations.enrol(overlapping(), QualificationPhaseId.of("p2"), APPLICANT, LocalDate.of(2018, 6, 1))),
            () -> ev(ProgrammeOperations.enrol(overlapping(), QualificationPhaseId.of("p2"), TRAINEE, LocalDate.of(2018, 6, 1))),
            "phases[2].enrolments",
            "Berater*in a-trainee ist in den sich überschneidenden Phasen p2 und p1 angemeldet.",
            "Advisor a-trainee is enrolled in the overlapping phases p2 and p1."),
        rule(
            RuleCode.CERTIFICATION_MODULES_MISSING,
            () -> attended(1, 2, 3, 4).eligibility(TRAINEE, end).evaluation(),
            () -> attended(1, 2, 3).eligibility(TRAINEE, end).evaluation(),
            "enrolments[0].attendedModules",
            "3 von 4 Pflichtmodulen besucht, erforderlich sind 100 %; nicht besucht: 4 Kommunalstrukturen.",
            "3 of 4 mandatory modules attended, 100 % required; not attended: 4 Kommunalstrukturen."),
        rule(
            RuleCode.CERTIFICATION_PRACTICE_CONSULTATIONS_MISSING,
            () -> phase1().recordPractice(TRAINEE, CONSULTATION, Hours.of(4)).orElseThrow().eligibility(TRAINEE, end).evaluation(),
            () -> phase1().eligibility(TRAINEE, end).evaluation(),
            "enrolments[0].practice.consultations",
            "Nur 0 von 1 erforderlichen Praxisberatungen durchgeführt.",
            "Only 0 of the 1 required practice consultations done."),
        rule(
            RuleCode.CERTIFICATION_PRACTICE_HOURS_MISSING,
            () -> tenHoursPhase().recordPractice(TRAINEE, CONSULTATION, Hours.of(10)).orElseThrow().eligibility(TRAINEE, end).evaluation(),
            () -> tenHoursPhase().recordPractice(TRAINEE, CONSULTATION, Hours.of(4)).orElseThrow().eligibility(TRAINEE, end).evaluation(),
            "enrolments[0].practice.hours",
            "Nur 4 von 10 erforderlichen Praxisstunden erfasst.",
            "Only 4 of the 10 required practice hours logged."),
        rule(
            RuleCode.CERTIFICATE_BEFORE_PHASE_END,
            () -> phase1().eligibility(TRAINEE, end).evaluation(),
            () -> phase1().eligibility(TRAINEE, LocalDate.of(2018, 9, 1)).evaluation(),
            "period",
            "Ein Zertifikat kann nicht am 2018-09-01 ausgestellt werden, vor dem Ende der Phase am 2018-09-28.",
            "A certificate cannot be issued on 2018-09-01, before the phase ends on 2018-09-28."),
        rule(
            RuleCode.CERTIFICATE_ALREADY_REVOKED,
            () -> ev(certificate(CERTIFICATE, CERTIFIED).revoke(TODAY, "Täuschung")),
            () -> ev(certificate(CERTIFICATE, CERTIFIED).revoke(TODAY, "Täuschung").orElseThrow().revoke(TODAY, "noch einmal")),
            "revocation",
            "Das Zertifikat wurde bereits am 2018-06-01 widerrufen.",
            "The certificate was already revoked on 2018-06-01."),
        rule(
            RuleCode.CERTIFICATE_REVOCATION_BEFORE_ISSUE,
            () -> ev(certificate(CERTIFICATE, CERTIFIED).revoke(LocalDate.of(2017, 6, 30), "Täuschung")),
            () -> ev(certificate(CERTIFICATE, CERTIFIED).revoke(LocalDate.of(2017, 6, 29), "Täuschung")),
            "revocation",
            "Ein Widerruf am 2017-06-29 läge vor der Ausstellung am 2017-06-30.",
            "A revocation on 2017-06-29 would be before the issue on 2017-06-30."),
        rule(
            RuleCode.QUALIFICATION_DURATION_OUTSIDE_BOUNDS,
            () -> ProgrammeRules.validate(programme(), TODAY),
            () ->
                ProgrammeRules.validate(
                    withPhase1(
                        QualificationPhase.builder()
                            .from(phase1())
                            .modules(List.of())
                            .period(DateRange.of(LocalDate.of(2017, 12, 1), LocalDate.of(2018, 3, 10)))
                            .build()),
                    TODAY),
            "phases[1].period",
            "Die Phase dauert 3 Monate; üblich sind 6 bis 14.",
            "The phase lasts 3 months; 6 to 14 are usual."),
        rule(
            RuleCode.ADVISOR_CERTIFIED_WITHOUT_CERTIFICATE,
            () -> ProgrammeRules.validate(programme(), TODAY),
            () ->
                ProgrammeRules.validate(
                    ProgrammeOperations.revokeCertificate(programme(), CERTIFICATE, LocalDate.of(2018, 1, 1), "Täuschung")
                        .map(p -> Programme.builder().from(p).advisors(programme().advisors()).build())
                        .orElseThrow(),
                    TODAY),
            "advisors[0].status",
            "Berater*in a-cert ist als zertifiziert geführt, hat am 2018-06-01 aber kein gültiges Zertifikat.",
            "Advisor a-cert is listed as certified but holds no valid certificate on 2018-06-01."),
        rule(
            RuleCode.ADVISOR_IN_QUALIFICATION_WITHOUT_ENROLMENT,
            () -> ProgrammeRules.validate(programme(), TODAY),
            () ->
                ProgrammeRules.validate(
                    withPhase1(phase1().withdraw(TRAINEE, LocalDate.of(2018, 2, 1)).orElseThrow()),
                    TODAY),
            "advisors[2].status",
            "Berater*in a-trainee ist als „in Qualifizierung“ geführt, aber in keiner Phase aktiv angemeldet.",
            "Advisor a-trainee is listed as in qualification but has no active enrolment."),
        rule(
            RuleCode.REFERENCE_UNKNOWN,
            () -> ProgrammeRules.validate(programme(), TODAY),
            () ->
                ProgrammeRules.validate(
                    Programme.builder()
                        .from(programme())
                        .addCertificate(
                            de.miglobe.core.qualification.Certificate.builder()
                                .from(certificate(CertificateId.of("c-x"), CERTIFIED))
                                .phase(QualificationPhaseId.of("p9"))
                                .build())
                        .build(),
                    TODAY),
            "certificates[2].phase",
            "Verweis ins Leere: Qualifizierungsphase „p9“ gibt es im Programm nicht.",
            "Dangling reference: there is no qualification phase \"p9\" in the programme."),
        rule(
            RuleCode.ID_ALREADY_USED,
            () -> ev(certifyTrainee(CertificateId.of("c-new"))),
            () -> ev(certifyTrainee(CERTIFICATE)),
            "certificates",
            "Die Kennung „c-cert“ (Zertifikat) ist bereits vergeben.",
            "The identifier \"c-cert\" (certificate) is already in use."));
  }

  static OperationResult<Programme> certifyTrainee(CertificateId id) {
    QualificationPhase ready =
        attended(1, 2, 3, 4).recordPractice(TRAINEE, CONSULTATION, Hours.of(6)).orElseThrow();
    return ProgrammeOperations.certify(
        withPhase1(ready), PHASE_1, TRAINEE, id, LocalDate.of(2018, 9, 28), Set.of(FORUM), "MiGlobe-Berater*in");
  }

  static QualificationPhase tenHoursPhase() {
    return QualificationPhase.builder()
        .from(phase1())
        .requirements(CertificationRequirements.builder().minimumPracticeHours(Hours.of(10)).build())
        .build();
  }

  /** Starts k1 (tandem a-cert2 + a-trainee) inside the programme; if busy, a-cert2 already works on k0. */
  static OperationResult<Programme> busyProgrammeStart(boolean busy) {
    Programme p = programme();
    if (busy) {
      Consultation other =
          Consultation.request(draft(ConsultationId.of("k0"), SALACH), OFFICE, ProgrammeContext.of(p))
              .then(c -> c.approve(APPROVED_ON, OFFICE, ProgrammeContext.of(programme())))
              .then(c -> c.assignTeam(List.of(TeamMember.of(CERTIFIED_2, TeamRole.LEAD), TeamMember.of(TRAINEE_2, TeamRole.TRAINEE)), STARTED_ON, ProgrammeContext.of(programme())))
              .then(c -> c.start(STARTED_ON, OFFICE, ProgrammeContext.of(programme())))
              .orElseThrow();
      p = ProgrammeOperations.putConsultation(p, other);
    }
    Programme base = p;
    return ProgrammeOperations.requestConsultation(base, draft(CONSULTATION, SALACH), OFFICE)
        .then(q -> ProgrammeOperations.updateConsultation(q, CONSULTATION, (c, ctx) -> c.approve(APPROVED_ON, OFFICE, ctx)))
        .then(
            q ->
                ProgrammeOperations.updateConsultation(
                    q,
                    CONSULTATION,
                    (c, ctx) ->
                        c.assignTeam(
                            List.of(TeamMember.of(CERTIFIED_2, TeamRole.LEAD), TeamMember.of(TRAINEE, TeamRole.TRAINEE)),
                            STARTED_ON,
                            ctx)))
        .then(q -> ProgrammeOperations.updateConsultation(q, CONSULTATION, (c, ctx) -> c.start(STARTED_ON, OFFICE, ctx)));
  }

  @ParameterizedTest(name = "{0} is reported with path, German and English message")
  @MethodSource("cases")
  void failingCase_reportsCodePathAndMessages(Case c) {
    Evaluation evaluation = c.failing().get();
    Violation violation =
        evaluation.violations().stream()
            .filter(v -> v.code() == c.code())
            .findFirst()
            .orElseGet(() -> fail("expected " + c.code() + " but found " + evaluation));
    assertThat(violation.severity()).isEqualTo(c.code().severity());
    assertThat(violation.path()).isEqualTo(c.path());
    assertThat(violation.message(Locale.GERMAN)).isEqualTo(c.german());
    assertThat(violation.message(Locale.ENGLISH)).isEqualTo(c.english());
  }

  @ParameterizedTest(name = "{0} holds in its passing case")
  @MethodSource("cases")
  void passingCase_reportsNoViolationOfTheRule(Case c) {
    Evaluation evaluation = c.passing().get();
    assertThat(evaluation.codes()).doesNotContain(c.code());
  }

  @Test
  void everyRuleCode_hasACase() {
    Set<RuleCode> covered = cases().map(Case::code).collect(Collectors.toSet());
    assertThat(EnumSet.allOf(RuleCode.class)).isEqualTo(covered);
  }

  @Test
  void fixtureProgramme_isValid() {
    assertThat(ProgrammeRules.validate(programme(), TODAY).violations()).isEmpty();
  }

  @Test
  void validation_reportsCapacityPerAdvisorOverTheWholeProgramme() {
    Programme busy = busyProgrammeStart(false).orElseThrow();
    Consultation second =
        Consultation.builder()
            .from(busy.consultation(CONSULTATION).orElseThrow())
            .id(ConsultationId.of("k2"))
            .build();
    Programme overbooked = ProgrammeOperations.putConsultation(busy, second);
    List<Violation> capacity =
        ProgrammeRules.validate(overbooked, TODAY).violations().stream()
            .filter(v -> v.code() == RuleCode.ADVISOR_CAPACITY_EXCEEDED)
            .collect(Collectors.toList());
    assertThat(capacity).hasSize(1);
    assertThat(capacity.get(0).path()).isEqualTo("advisors[1].capacity");
    assertThat(capacity.get(0).parameters())
        .containsExactly(
            java.util.Map.entry("advisor", "a-cert2"),
            java.util.Map.entry("count", "2"),
            java.util.Map.entry("capacity", "1"));
  }

  @Test
  void validation_reportsSessionAfterTodayWithProgrammePath() {
    Consultation worked = withSessions(Hours.of(20), session(TODAY, 2, CERTIFIED));
    Programme programme = ProgrammeOperations.putConsultation(programme(), worked);
    Evaluation evaluation = ProgrammeRules.validate(programme, TODAY.minusDays(1));
    assertThat(evaluation.violations())
        .extracting(Violation::code, Violation::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(RuleCode.SESSION_AFTER_TODAY, "consultations[0].sessions[0].date"));
  }

  @Test
  void validation_reportsCertifiedAdvisorStatusAgainstRecord_afterRevocationStatusFollows() {
    Programme revoked =
        ProgrammeOperations.revokeCertificate(programme(), CERTIFICATE, TODAY, "Täuschung").orElseThrow();
    assertThat(revoked.advisor(CERTIFIED).orElseThrow().status()).isEqualTo(AdvisorStatus.INACTIVE);
    assertThat(ProgrammeRules.validate(revoked, TODAY).violations()).isEmpty();
  }

  @Test
  void refusedOperation_leavesValueUnchanged() {
    Consultation before = requested();
    Consultation copy = Consultation.builder().from(before).build();
    OperationResult<Consultation> refused = before.start(STARTED_ON, OFFICE, context());
    assertThat(refused.isRefused()).isTrue();
    assertThat(before).isEqualTo(copy);
    assertThat(refused.value()).isEmpty();
  }

  @Test
  void refusal_listsEveryReasonAtOnce() {
    OperationResult<Consultation> refused = requested().start(LocalDate.of(2018, 1, 1), OFFICE, context());
    assertThat(refused.evaluation().codes())
        .containsExactly(
            RuleCode.CONSULTATION_TRANSITION_NOT_ALLOWED,
            RuleCode.CONSULTATION_DATE_BEFORE_LAST_CHANGE,
            RuleCode.CONSULTATION_TEAM_TOO_SMALL);
  }

  @Test
  void warningsDoNotBlock() {
    OperationResult<Consultation> single =
        approved().assignTeam(List.of(TeamMember.of(CERTIFIED, TeamRole.LEAD)), STARTED_ON, context());
    assertThat(single.isAccepted()).isTrue();
    assertThat(single.warnings()).extracting(Violation::code).containsExactly(RuleCode.CONSULTATION_TEAM_NOT_TANDEM);
    assertThat(single.orElseThrow().team()).hasSize(1);
  }

  @Test
  void eachTransition_appendsHistoryEntryWithActorFromToAndReason() {
    Consultation cancelled = inProgress().cancel(TODAY, OFFICE, "Gemeinderat hat das Fest abgesagt").orElseThrow();
    List<String> steps = new ArrayList<>();
    cancelled.history().forEach(h -> steps.add(h.from().map(s -> s.code()).orElse("-") + ">" + h.to().code() + "@" + h.on()));
    assertThat(steps)
        .containsExactly(
            "->requested@2018-02-01",
            "requested>approved@2018-02-15",
            "approved>in_progress@2018-03-01",
            "in_progress>cancelled@2018-06-01");
    assertThat(cancelled.history().get(3).reason()).contains("Gemeinderat hat das Fest abgesagt");
    assertThat(cancelled.history().get(3).actor()).isEqualTo(OFFICE);
  }
}
