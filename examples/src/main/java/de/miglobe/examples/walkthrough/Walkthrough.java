package de.miglobe.examples.walkthrough;

import static de.miglobe.testkit.SalachStory.ARBEITSKREIS;
import static de.miglobe.testkit.SalachStory.BERATER;
import static de.miglobe.testkit.SalachStory.BERATERIN;
import static de.miglobe.testkit.SalachStory.CEREMONY_DAY;
import static de.miglobe.testkit.SalachStory.FIRST_PHASE;
import static de.miglobe.testkit.SalachStory.FORUM_DER_KULTUREN;
import static de.miglobe.testkit.SalachStory.GUNTSETSEG;
import static de.miglobe.testkit.SalachStory.SALACH;
import static de.miglobe.testkit.SalachStory.SALACH_CONSULTATION;
import static de.miglobe.testkit.SalachStory.SKEW;
import static de.miglobe.testkit.SalachStory.STAKEHOLDER_MEETING;
import static de.miglobe.testkit.SalachStory.TCHAKOURA;

import de.miglobe.core.DateRange;
import de.miglobe.core.Hours;
import de.miglobe.core.advisor.Advisor;
import de.miglobe.core.advisor.AdvisorStatus;
import de.miglobe.core.consultation.Consultation;
import de.miglobe.core.consultation.ConsultationContext;
import de.miglobe.core.consultation.ConsultationFormat;
import de.miglobe.core.consultation.ConsultationSession;
import de.miglobe.core.consultation.ConsultationStatus;
import de.miglobe.core.consultation.Outcome;
import de.miglobe.core.consultation.OutcomeKind;
import de.miglobe.core.consultation.TeamMember;
import de.miglobe.core.consultation.TeamRole;
import de.miglobe.core.event.AgendaItem;
import de.miglobe.core.event.ProgrammeEvent;
import de.miglobe.core.id.AdvisorId;
import de.miglobe.core.id.CertificateId;
import de.miglobe.core.municipality.FederalState;
import de.miglobe.core.municipality.Municipality;
import de.miglobe.core.programme.Programme;
import de.miglobe.core.programme.ProgrammeOperations;
import de.miglobe.core.programme.ProgrammeRules;
import de.miglobe.core.qualification.Certificate;
import de.miglobe.core.qualification.CertificationRequirements;
import de.miglobe.core.qualification.QualificationPhase;
import de.miglobe.core.rule.Evaluation;
import de.miglobe.core.rule.OperationResult;
import de.miglobe.core.rule.Violation;
import de.miglobe.json.MiGlobeJson;
import de.miglobe.json.MiGlobeJsonOption;
import de.miglobe.testkit.SalachStory;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The source story of the programme told through the public API, step by step in its real order:
 * the first qualification phase in Baden-Württemberg, the consultation that the Gemeinde Salach
 * asked for, and the stakeholder meeting of 28 September 2018 that handed over the certificates
 * and presented Salach on its panel.
 *
 * <p>Run it with {@code ./mvnw -B -q -pl examples -am compile exec:java}. It prints a short
 * report and writes the programme as JSON, in full and redacted, to the directory given as the
 * first argument (default {@code target/walkthrough}, relative to the working directory).
 *
 * <p>Every change goes through an operation ({@link ProgrammeOperations}, {@link Consultation}'s
 * lifecycle) that returns a new value or the reasons why not; nothing is changed in place. The
 * names, contacts and texts come from {@link SalachStory}, the story as the press report tells it.
 */
public final class Walkthrough {

  /** Who records the office's steps in the consultation's history. */
  private static final String OFFICE = "Programmbüro MiGlobe";

  /** The four advisors of the first cohort: the two hosts of the meeting and the Salach tandem. */
  private static final List<AdvisorId> COHORT = List.of(GUNTSETSEG, TCHAKOURA, BERATERIN, BERATER);

  private final PrintStream out;

  private Walkthrough(PrintStream out) {
    this.out = out;
  }

  /**
   * Tells the story, prints the report to standard output and writes the JSON files.
   *
   * @param args optionally the directory for the JSON files; it is created if missing
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path directory = args.length > 0 ? Path.of(args[0]) : Path.of("target", "walkthrough");
    Walkthrough walkthrough = new Walkthrough(System.out);
    Programme programme = walkthrough.tellTheStory();
    walkthrough.report(programme);
    walkthrough.writeJson(programme, directory);
  }

  /**
   * The whole story, from the applicants to the stakeholder meeting.
   *
   * @return the programme as it stands after the meeting
   */
  Programme tellTheStory() {
    out.println("MiGlobe walkthrough: the Salach story of 2018");
    out.println();

    // 1. The programme office's data before the story: partners, the municipalities, four
    //    applicants and the first qualification phase with its curriculum, but no enrolment yet.
    Programme p = beforeTheStory();
    QualificationPhase phase = p.phase(FIRST_PHASE).orElseThrow();
    step("Qualification phase %s, %s, %d modules", phase.name(), phase.period(), phase.modules().size());

    // 2. The cohort enrols in December 2017 and attends the first four seminars. Enrolling makes
    //    an applicant an advisor "in qualification": the status follows the record.
    //    Each operation returns an OperationResult. Every step of the story is valid, so we take
    //    the new programme with orElseThrow(); a refusal would throw RuleViolationException
    //    carrying every violation (step 5 shows a refusal handled instead).
    for (AdvisorId advisor : COHORT) {
      p = ProgrammeOperations.enrol(p, FIRST_PHASE, advisor, LocalDate.of(2017, 12, 1)).orElseThrow();
      for (int module = 1; module <= 4; module++) {
        p = ProgrammeOperations.recordAttendance(p, FIRST_PHASE, advisor, module).orElseThrow();
      }
    }
    step("%d advisors enrolled on 2017-12-01, modules 1 to 4 attended; status %s",
        COHORT.size(), p.advisor(BERATERIN).orElseThrow().status().code());

    // 3. Salach asks for help with its Fest der Nationen. A request is a consultation in status
    //    "requested" with an empty history; the operation checks the municipality is eligible.
    p = ProgrammeOperations.requestConsultation(p, salachRequest(), "Gemeinde Salach").orElseThrow();
    p = update(p, (c, ctx) -> c.approve(LocalDate.of(2018, 3, 20), OFFICE, ctx));
    step("Gemeinde Salach requested a consultation on %s; approved on 2018-03-20",
        SalachStory.salachRequest().requestedOn());

    // 4. A tandem of two advisors who are still in qualification: allowed, because the rule asks
    //    for advisors who are certified OR enrolled in a running phase (the first cohort had no
    //    certified advisors yet). The consultation will count as their practice.
    LocalDate firstDay = LocalDate.of(2018, 4, 17);
    List<TeamMember> tandem =
        List.of(TeamMember.of(BERATERIN, TeamRole.TRAINEE), TeamMember.of(BERATER, TeamRole.TRAINEE));
    p = update(p, (c, ctx) -> c.assignTeam(tandem, firstDay, ctx));
    p = update(p, (c, ctx) -> c.start(firstDay, OFFICE, ctx));
    step("A tandem of two trainees started work on %s", firstDay);

    // 5. A rule says no: completing on the first day, before any session or outcome, is refused.
    //    The refusal lists every unmet rule, each with a message in German and in English.
    OperationResult<Programme> refused = ProgrammeOperations.updateConsultation(
        p, SALACH_CONSULTATION, (c, ctx) -> c.complete(firstDay, OFFICE));
    showRefusal("Completing the consultation on its first day is refused", refused.evaluation());
    // Nothing changed: a refused result has no value, and p still holds the consultation in
    // progress (operations never change the value they are given).

    // 6. Four sessions, each logged on its own day ("today" is always a parameter: no hidden
    //    clock), two outcomes, then completion.
    for (ConsultationSession session : SalachStory.salachConsultation().sessions()) {
      p = update(p, (c, ctx) -> c.logSession(session, session.date(), ctx));
    }
    for (Outcome outcome : SalachStory.salachConsultation().outcomes()) {
      p = update(p, (c, ctx) -> c.recordOutcome(outcome));
    }
    p = update(p, (c, ctx) -> c.complete(LocalDate.of(2018, 7, 31), OFFICE));
    Consultation salach = p.consultation(SALACH_CONSULTATION).orElseThrow();
    step("%d sessions (%s hours), %d outcomes; completed on 2018-07-31",
        salach.sessions().size(), salach.loggedHours(), salach.outcomes().size());

    // 7. Practice counts toward the certificate: the tandem's consultation, the hosts' hours
    //    elsewhere; then the last seminar, "Praxisreflexion".
    p = ProgrammeOperations.recordPractice(p, SALACH_CONSULTATION).orElseThrow();
    for (AdvisorId host : List.of(GUNTSETSEG, TCHAKOURA)) {
      p = ProgrammeOperations.recordPracticeHours(p, FIRST_PHASE, host, Hours.of(8)).orElseThrow();
    }
    for (AdvisorId advisor : COHORT) {
      p = ProgrammeOperations.recordAttendance(p, FIRST_PHASE, advisor, 5).orElseThrow();
    }
    step("Practice recorded: the Salach consultation for the tandem, 8 hours for each host");

    // 8. Certification on the day of the meeting. Eligibility is an explanation, not a boolean:
    //    one line per requirement, here for the Beraterin, whose practice is the Salach tandem.
    step("Eligibility of %s on %s:", BERATERIN, CEREMONY_DAY);
    p.phase(FIRST_PHASE).orElseThrow().eligibility(BERATERIN, CEREMONY_DAY).explain(Locale.ENGLISH)
        .forEach(line -> out.println("      " + line));
    //    Certifying checks the same requirements again; the advisor's status becomes "certified".
    for (AdvisorId advisor : COHORT) {
      p = ProgrammeOperations.certify(
              p,
              FIRST_PHASE,
              advisor,
              CertificateId.of("cert-" + advisor.value()),
              CEREMONY_DAY,
              Set.of(FORUM_DER_KULTUREN),
              "Zertifikat MiGlobe-Berater*in für kommunale Entwicklungspolitik")
          .orElseThrow();
    }
    step("%d certificates issued on %s", p.certificates().size(), CEREMONY_DAY);

    // 9. The municipality's quote, published with the consent given on the day, and the
    //    stakeholder meeting: certificates handed over, Salach presented on the panel.
    p = update(p, (c, ctx) -> c.addTestimonial(SalachStory.salachConsultation().testimonials().get(0)));
    p = ProgrammeOperations.addEvent(p, SalachStory.stakeholderMeeting()).orElseThrow();
    step("Stakeholder meeting on %s: certificates handed over, Salach on the panel", CEREMONY_DAY);
    out.println();
    return p;
  }

  /**
   * The data a programme office has before the story begins: built directly with the builders,
   * because these are facts, not steps. Advisors are applicants; the phase has no enrolments.
   */
  static Programme beforeTheStory() {
    QualificationPhase firstPhase =
        QualificationPhase.builder()
            .id(FIRST_PHASE)
            .name("Erste Qualifizierungsphase MiGlobe Baden-Württemberg 2017/2018")
            .region(FederalState.BADEN_WUERTTEMBERG)
            .period(DateRange.of(LocalDate.of(2017, 12, 1), CEREMONY_DAY))
            .addAllModules(SalachStory.modules())
            // Policy is data: this phase asks for every mandatory module and six practice hours.
            .requirements(
                CertificationRequirements.builder()
                    .mandatoryModulesAttendedPercent(100)
                    .minimumPracticeConsultations(0)
                    .minimumPracticeHours(Hours.of(6))
                    .phaseMustHaveEnded(true)
                    .build())
            .ceremony(STAKEHOLDER_MEETING)
            .build();
    return Programme.builder()
        .name("MiGlobe Baden-Württemberg")
        .addPartners(FORUM_DER_KULTUREN, SKEW)
        .addAdvisors(
            applicant(SalachStory.guntsetseg()),
            applicant(SalachStory.tchakoura()),
            applicant(SalachStory.beraterin()),
            applicant(SalachStory.berater()))
        .addPhases(firstPhase)
        .addMunicipalities(SalachStory.salach(), SalachStory.stuttgart())
        .addOrganisations(SalachStory.forumDerKulturen(), SalachStory.skew(), SalachStory.arbeitskreis())
        .build();
  }

  private static Advisor applicant(Advisor advisor) {
    return Advisor.builder().from(advisor).status(AdvisorStatus.APPLICANT).build();
  }

  /** The consultation as Salach asked for it: no team, no sessions, status requested. */
  static Consultation salachRequest() {
    return Consultation.builder()
        .id(SALACH_CONSULTATION)
        .municipality(SALACH)
        .format(ConsultationFormat.MULTI_MONTH_CONSULTATION)
        .title("Migrantische Vereine beim Fest der Nationen")
        .status(ConsultationStatus.REQUESTED)
        .request(SalachStory.salachRequest())
        .addMunicipalityContacts(SalachStory.becker(), SalachStory.vonBergen())
        .addPartnerOrganisations(ARBEITSKREIS)
        .plannedPeriod(DateRange.of(LocalDate.of(2018, 4, 1), LocalDate.of(2018, 7, 31)))
        .hoursBudget(Hours.of(20))
        .build();
  }

  /** Applies one operation to the Salach consultation inside the programme; throws if refused. */
  private static Programme update(
      Programme programme,
      BiFunction<Consultation, ConsultationContext, OperationResult<Consultation>> operation) {
    return ProgrammeOperations.updateConsultation(programme, SALACH_CONSULTATION, operation)
        .orElseThrow();
  }

  private void step(String format, Object... args) {
    out.println("  * " + String.format(Locale.ROOT, format, args));
  }

  private void showRefusal(String what, Evaluation evaluation) {
    out.println("  ! " + what + ":");
    for (Violation violation : evaluation.violations()) {
      out.println("      " + violation.code() + " at " + violation.path());
      out.println("        de: " + violation.message(Locale.GERMAN));
      out.println("        en: " + violation.message(Locale.ENGLISH));
    }
  }

  /** The short report: what the press report of 2018-09-28 tells, read from the programme. */
  void report(Programme programme) {
    Consultation consultation = programme.consultation(SALACH_CONSULTATION).orElseThrow();
    Municipality municipality = programme.municipality(consultation.municipality()).orElseThrow();
    ProgrammeEvent meeting = programme.event(STAKEHOLDER_MEETING).orElseThrow();

    out.println("Report: " + programme.name());
    out.printf(Locale.ROOT, "  Consultation   \"%s\"%n", consultation.title());
    out.printf(Locale.ROOT, "                 %s %s (AGS %s), status %s (%s)%n",
        municipality.type().label(Locale.GERMAN),
        municipality.officialName(),
        municipality.key(),
        consultation.status().code(),
        consultation.status().label(Locale.GERMAN));
    out.printf(Locale.ROOT, "                 %d sessions, %s of %s hours, follow-up topic: %s%n",
        consultation.sessions().size(),
        consultation.loggedHours(),
        consultation.hoursBudget().map(Hours::toString).orElse("no"),
        consultation.outcomes().stream()
            .filter(outcome -> outcome.kind() == OutcomeKind.FOLLOW_UP_TOPIC)
            .map(Outcome::description)
            .collect(Collectors.joining("; ")));
    for (Certificate certificate : programme.certificates()) {
      out.printf(Locale.ROOT, "  Certificate    %s, issued on %s%n",
          programme.advisor(certificate.advisor()).orElseThrow().name().displayName(),
          certificate.issuedOn());
    }
    // The panel is the agenda item that features the consultation.
    String panel =
        meeting.agenda().stream()
            .filter(item -> item.featuredConsultation().equals(Optional.of(consultation.id())))
            .map(AgendaItem::title)
            .collect(Collectors.joining("; "));
    out.printf(Locale.ROOT, "  Event          %s, %s, %s%n",
        meeting.date(), meeting.venue().orElse(""), meeting.title());
    out.printf(Locale.ROOT, "                 %s%n", panel);
    // Whole-programme validation: every cross-entity rule (references, capacity, overlaps).
    Evaluation validation = ProgrammeRules.validate(programme, CEREMONY_DAY);
    out.printf(Locale.ROOT, "  Validation     %d violations on %s%n",
        validation.violations().size(), CEREMONY_DAY);
    out.println();
  }

  /**
   * Writes {@code programme.json} (the full document, readable back) and {@code
   * programme-redacted.json} (no contact details, no sensitive attributes: for exports and public
   * views) to the directory.
   */
  void writeJson(Programme programme, Path directory) throws IOException {
    Files.createDirectories(directory);
    Path full = directory.resolve("programme.json");
    Path redacted = directory.resolve("programme-redacted.json");
    Files.writeString(full, MiGlobeJson.standard().write(programme), StandardCharsets.UTF_8);
    MiGlobeJson export = MiGlobeJson.builder().enable(MiGlobeJsonOption.REDACT_PERSONAL_DATA).build();
    Files.writeString(redacted, export.write(programme), StandardCharsets.UTF_8);
    out.println("JSON written:");
    out.println("  " + full.toAbsolutePath().normalize() + " (" + Files.size(full) + " bytes)");
    out.println("  " + redacted.toAbsolutePath().normalize() + " (" + Files.size(redacted) + " bytes)");
  }
}
