package de.miglobe.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.miglobe.core.DateRange;
import de.miglobe.core.advisor.Advisor;
import de.miglobe.core.advisor.AdvisorStatus;
import de.miglobe.core.advisor.ConsentScope;
import de.miglobe.core.consultation.Consultation;
import de.miglobe.core.consultation.ConsultationSession;
import de.miglobe.core.consultation.ConsultationStatus;
import de.miglobe.core.consultation.HistoryEntry;
import de.miglobe.core.consultation.TeamMember;
import de.miglobe.core.consultation.TeamRole;
import de.miglobe.core.consultation.Testimonial;
import de.miglobe.core.contact.EmailAddress;
import de.miglobe.core.contact.PersonName;
import de.miglobe.core.contact.PhoneNumber;
import de.miglobe.core.event.AgendaItem;
import de.miglobe.core.event.ProgrammeEvent;
import de.miglobe.core.id.AdvisorId;
import de.miglobe.core.id.CertificateId;
import de.miglobe.core.id.ConsultationId;
import de.miglobe.core.id.OrganisationId;
import de.miglobe.core.municipality.FederalState;
import de.miglobe.core.municipality.Municipality;
import de.miglobe.core.municipality.MunicipalityKey;
import de.miglobe.core.municipality.MunicipalityType;
import de.miglobe.core.programme.Programme;
import de.miglobe.core.programme.ProgrammeRules;
import de.miglobe.core.qualification.Certificate;
import de.miglobe.core.qualification.CertificationEligibility;
import de.miglobe.core.qualification.Enrolment;
import de.miglobe.core.qualification.EnrolmentStatus;
import de.miglobe.core.qualification.QualificationPhase;
import de.miglobe.core.rule.Evaluation;
import java.lang.Character.UnicodeScript;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generator's promises, checked with plain Java over many seeds: determinism, sizes, and every
 * property its Javadoc lists. A failing case names its seed; replay it with {@code
 * ProgrammeGenerator.withSeed(seed).programme(size)}.
 */
class ProgrammeGeneratorTest {

  private static final LocalDate TODAY = ProgrammeGenerator.TODAY;

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @Test
  void sameSeedAndSize_giveEqualProgrammes() {
    Programme first = ProgrammeGenerator.withSeed(7).programme(1_000);
    Programme second = ProgrammeGenerator.withSeed(7).programme(1_000);
    assertThat(second).isEqualTo(first).isNotSameAs(first);
  }

  @Test
  void programme_doesNotDependOnEarlierCalls() {
    ProgrammeGenerator generator = ProgrammeGenerator.withSeed(11);
    Programme first = generator.programme(300);
    generator.advisor();
    generator.consultation(ConsultationStatus.COMPLETED);
    generator.programme(50);
    assertThat(generator.programme(300)).isEqualTo(first);
  }

  @Test
  void differentSeeds_giveDifferentProgrammes() {
    assertThat(ProgrammeGenerator.withSeed(1).programme(200))
        .isNotEqualTo(ProgrammeGenerator.withSeed(2).programme(200));
  }

  @Test
  void singleValues_areReproducibleInSequence() {
    ProgrammeGenerator a = ProgrammeGenerator.withSeed(5);
    ProgrammeGenerator b = ProgrammeGenerator.withSeed(5);
    assertThat(List.of(a.advisor(), a.advisor())).isEqualTo(List.of(b.advisor(), b.advisor()));
    assertThat(a.municipality()).isEqualTo(b.municipality());
    assertThat(a.personName()).isEqualTo(b.personName());
    assertThat(a.consultation(ConsultationStatus.IN_PROGRESS))
        .isEqualTo(b.consultation(ConsultationStatus.IN_PROGRESS));
  }

  @Test
  void size_derivesProportions() {
    ProgrammeGenerator.Size size = ProgrammeGenerator.Size.of(100_000);
    assertThat(size.consultations()).isEqualTo(100_000);
    assertThat(size.advisors()).isEqualTo(5_000);
    assertThat(size.municipalities()).isEqualTo(10_775);
    assertThat(size.organisations()).isEqualTo(2_000);
    assertThat(ProgrammeGenerator.Size.of(10).advisors()).isEqualTo(4);
    assertThat(ProgrammeGenerator.Size.of(1_000).withAdvisors(80).advisors()).isEqualTo(80);
    assertThatThrownBy(() -> ProgrammeGenerator.Size.of(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("consultations must be between 0 and 1000000, was -1");
    assertThatThrownBy(() -> ProgrammeGenerator.Size.of(10).withMunicipalities(10_776))
        .hasMessage("municipalities must be between 1 and 10775, was 10776");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 7, 1_000, 10_000})
  void programme_hasTheRequestedSizeAndProportions(int consultations) {
    Programme programme = ProgrammeGenerator.withSeed(3).programme(consultations);
    ProgrammeGenerator.Size size = ProgrammeGenerator.Size.of(consultations);
    assertThat(programme.consultations()).hasSize(consultations);
    assertThat(programme.advisors()).hasSize(size.advisors());
    assertThat(programme.municipalities()).hasSize(size.municipalities());
    assertThat(programme.organisations()).hasSize(size.organisations());
    long sessions = programme.consultations().stream().mapToLong(c -> c.sessions().size()).sum();
    if (consultations >= 1_000) {
      assertThat((double) sessions / consultations).isBetween(4.0, 6.0);
      assertThat(programme.events().size()).isGreaterThanOrEqualTo(consultations / 250);
      assertThat(programme.phases().size()).isGreaterThanOrEqualTo(size.advisors() / 25);
    }
  }

  @Test
  void everyStatus_isPresentAtSize1000() {
    Set<ConsultationStatus> statuses = EnumSet.noneOf(ConsultationStatus.class);
    ProgrammeGenerator.withSeed(42)
        .programme(1_000)
        .consultations()
        .forEach(c -> statuses.add(c.status()));
    assertThat(statuses).containsExactlyInAnyOrder(ConsultationStatus.values());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyStatus_isPresentFromSmallSizesOn(long seed) {
    Set<ConsultationStatus> statuses = EnumSet.noneOf(ConsultationStatus.class);
    ProgrammeGenerator.withSeed(seed)
        .programme(40)
        .consultations()
        .forEach(c -> statuses.add(c.status()));
    assertThat(statuses).as("seed %d", seed).containsExactlyInAnyOrder(ConsultationStatus.values());
  }

  @Test
  void someCertificates_areRevokedForAdvisorsWhoLeft() {
    Programme programme = ProgrammeGenerator.withSeed(4).programme(1_000);
    assertThat(programme.certificates())
        .anySatisfy(
            c -> {
              assertThat(c.revocation()).isPresent();
              assertThat(programme.advisor(c.advisor()).orElseThrow().status())
                  .isEqualTo(AdvisorStatus.WITHDRAWN);
            });
  }

  @Test
  void names_useSeveralScripts() {
    Set<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
    boolean umlaut = false;
    for (Advisor advisor : ProgrammeGenerator.withSeed(9).programme(2_000).advisors()) {
      String name = advisor.name().displayName();
      umlaut |= name.matches(".*[äöüÄÖÜß].*");
      name.codePoints()
          .filter(Character::isLetter)
          .forEach(cp -> scripts.add(UnicodeScript.of(cp)));
    }
    assertThat(scripts).contains(UnicodeScript.LATIN, UnicodeScript.CYRILLIC, UnicodeScript.ARABIC);
    assertThat(umlaut).isTrue();
  }

  @Test
  void singleValues_areValid() {
    ProgrammeGenerator generator = ProgrammeGenerator.withSeed(13);
    for (ConsultationStatus status : ConsultationStatus.values()) {
      assertThat(generator.consultation(status).status()).isEqualTo(status);
    }
    Advisor advisor = generator.advisor();
    assertThat(advisor.status()).isEqualTo(AdvisorStatus.CERTIFIED);
    Municipality first = generator.municipality();
    Municipality second = generator.municipality();
    assertThat(first.key()).isNotEqualTo(second.key());
    PersonName name = generator.personName();
    assertThat(name.familyName()).isNotBlank();
    EmailAddress email = generator.emailAddress();
    assertThat(EmailAddress.of(email.value())).isEqualTo(email);
    PhoneNumber phone = generator.phoneNumber();
    assertThat(phone.e164()).startsWith("+49");
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void smallProgrammes_keepEveryPromise(long seed) {
    for (int size : new int[] {0, 1, 5, 30, 120}) {
      List<String> problems = problems(ProgrammeGenerator.withSeed(seed).programme(size));
      assertThat(problems).as("seed %d, size %d", seed, size).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void certificateHolders_wereEligibleOnTheirIssueDay(long seed) {
    Programme programme = ProgrammeGenerator.withSeed(seed).programme(10 + (int) (seed % 5) * 40);
    assertThat(programme.certificates()).as("seed %d", seed).isNotEmpty();
    for (Certificate certificate : programme.certificates()) {
      QualificationPhase phase = programme.phase(certificate.phase()).orElseThrow();
      CertificationEligibility eligibility =
          phase.eligibility(certificate.advisor(), certificate.issuedOn());
      assertThat(eligibility.isEligible())
          .as("seed %d, %s: %s", seed, certificate.id(), eligibility.explain(Locale.ENGLISH))
          .isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void largerProgrammes_keepEveryPromise(long seed) {
    assertThat(problems(ProgrammeGenerator.withSeed(seed).programme(5_000)))
        .as("seed %d", seed)
        .isEmpty();
  }

  static LongStream thousandSeeds() {
    return LongStream.range(0, 1_000);
  }

  @ParameterizedTest
  @MethodSource("thousandSeeds")
  void generatedProgrammes_haveNoRuleErrors(long seed) {
    int size = (int) (seed % 4) * 50 + 10;
    Programme programme = ProgrammeGenerator.withSeed(seed).programme(size);
    Evaluation evaluation = ProgrammeRules.validate(programme, ProgrammeGenerator.TODAY);
    assertThat(evaluation.errors())
        .as("seed %d, size %d: %s", seed, size, evaluation.messages(Locale.ENGLISH))
        .isEmpty();
  }

  @Test
  void largeProgramme_hasNoRuleErrors() {
    Programme programme = ProgrammeGenerator.withSeed(99).programme(10_000);
    Evaluation evaluation = ProgrammeRules.validate(programme, ProgrammeGenerator.TODAY);
    assertThat(evaluation.errors()).as("seed 99: %s", evaluation.errors()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19})
  void unusualSizes_stayValid(long seed) {
    ProgrammeGenerator.Size size =
        ProgrammeGenerator.Size.of(300).withAdvisors(4).withMunicipalities(1).withOrganisations(4);
    Programme programme = ProgrammeGenerator.withSeed(seed).programme(size);
    assertThat(programme.consultations()).hasSize(300);
    assertThat(problems(programme)).as("seed %d", seed).isEmpty();
    assertThat(ProgrammeRules.validate(programme, ProgrammeGenerator.TODAY).errors())
        .as("seed %d", seed)
        .isEmpty();
  }

  @Test
  void everyValue_survivesBeingBuiltAgain() {
    // building a copy runs every @Value.Check again, on the outer value and (through from()) its
    // parts
    Programme programme = ProgrammeGenerator.withSeed(21).programme(500);
    assertThat(Programme.builder().from(programme).build()).isEqualTo(programme);
    programme
        .consultations()
        .forEach(c -> assertThat(Consultation.builder().from(c).build()).isEqualTo(c));
    programme.advisors().forEach(a -> assertThat(Advisor.builder().from(a).build()).isEqualTo(a));
    programme
        .municipalities()
        .forEach(m -> assertThat(Municipality.builder().from(m).build()).isEqualTo(m));
    programme
        .phases()
        .forEach(ph -> assertThat(QualificationPhase.builder().from(ph).build()).isEqualTo(ph));
  }

  /** Every property the generator promises, as a list of readable problems (empty if none). */
  static List<String> problems(Programme p) {
    List<String> problems = new ArrayList<>();
    Set<OrganisationId> organisations = new HashSet<>();
    p.organisations().forEach(o -> organisations.add(o.id()));
    for (OrganisationId partner : p.partners()) {
      check(problems, organisations.contains(partner), "partner " + partner + " missing");
    }
    // municipalities
    Set<MunicipalityKey> keys = new HashSet<>();
    for (Municipality m : p.municipalities()) {
      String digits = m.key().digits();
      check(problems, keys.add(m.key()), "key " + digits + " twice");
      check(
          problems,
          m.federalState() == FederalState.BADEN_WUERTTEMBERG
              || m.federalState() == FederalState.NORDRHEIN_WESTFALEN,
          m.id() + " outside BW/NRW");
      String region = m.key().regionDigit();
      check(
          problems,
          m.federalState() == FederalState.BADEN_WUERTTEMBERG
              ? "1234".contains(region)
              : "13579".contains(region),
          m.id() + " bad Regierungsbezirk " + region);
      check(
          problems,
          (m.type() == MunicipalityType.LANDKREIS) == (digits.length() == 5),
          m.id() + " type/key");
      check(
          problems,
          m.type() != MunicipalityType.STADTKREIS || digits.endsWith("000"),
          m.id() + " Stadtkreis key");
      check(
          problems,
          m.type() == MunicipalityType.STADTKREIS
              || m.type() == MunicipalityType.LANDKREIS
              || !digits.endsWith("000"),
          m.id() + " Gemeinde key 000");
    }
    // advisors, phases, certificates
    Map<AdvisorId, Advisor> advisors = new HashMap<>();
    p.advisors().forEach(a -> advisors.put(a.id(), a));
    for (Advisor a : p.advisors()) {
      check(
          problems,
          a.sensitive().isEmpty() || a.consent().isGranted(ConsentScope.SENSITIVE_ATTRIBUTES),
          a.id() + " sensitive without consent");
      a.homeMunicipality()
          .ifPresent(m -> check(problems, p.municipality(m).isPresent(), a.id() + " home " + m));
      a.sensitive()
          .communities()
          .forEach(o -> check(problems, organisations.contains(o), a.id() + " community " + o));
    }
    Map<AdvisorId, List<QualificationPhase>> phasesOf = new HashMap<>();
    Map<AdvisorId, Enrolment> enrolmentOf = new HashMap<>();
    for (QualificationPhase phase : p.phases()) {
      for (Enrolment e : phase.enrolments()) {
        check(
            problems,
            advisors.containsKey(e.advisor()),
            phase.id() + " enrols unknown " + e.advisor());
        phasesOf.computeIfAbsent(e.advisor(), k -> new ArrayList<>()).add(phase);
        enrolmentOf.put(e.advisor(), e);
        for (ConsultationId c : e.practice().consultations()) {
          Optional<Consultation> practice = p.consultation(c);
          check(problems, practice.isPresent(), phase.id() + " practice " + c + " missing");
          practice.ifPresent(
              x ->
                  check(
                      problems, x.hasTeamMember(e.advisor()), c + " lacks trainee " + e.advisor()));
        }
      }
      phase
          .ceremony()
          .ifPresent(
              ev -> check(problems, p.event(ev).isPresent(), phase.id() + " ceremony " + ev));
    }
    for (Map.Entry<AdvisorId, List<QualificationPhase>> entry : phasesOf.entrySet()) {
      List<QualificationPhase> list = entry.getValue();
      for (int i = 0; i < list.size(); i++) {
        for (int j = i + 1; j < list.size(); j++) {
          check(
              problems,
              !list.get(i).period().overlaps(list.get(j).period()),
              entry.getKey() + " in overlapping phases");
        }
      }
    }
    Map<AdvisorId, Certificate> certificateOf = new HashMap<>();
    Set<CertificateId> certificates = new HashSet<>();
    for (Certificate c : p.certificates()) {
      certificates.add(c.id());
      certificateOf.put(c.advisor(), c);
      check(problems, advisors.containsKey(c.advisor()), c.id() + " advisor");
      Optional<QualificationPhase> phase = p.phase(c.phase());
      check(problems, phase.isPresent(), c.id() + " phase");
      phase.ifPresent(
          ph ->
              check(
                  problems,
                  !c.issuedOn().isBefore(ph.period().end()),
                  c.id() + " issued before phase end"));
      check(problems, p.partners().containsAll(c.issuers()), c.id() + " issuer not a partner");
      check(problems, !c.issuedOn().isAfter(TODAY), c.id() + " issued after today");
    }
    for (Advisor a : p.advisors()) {
      if (a.status() == AdvisorStatus.CERTIFIED || a.status() == AdvisorStatus.INACTIVE) {
        check(
            problems,
            certificateOf.containsKey(a.id()) && certificateOf.get(a.id()).isValidOn(TODAY),
            a.id() + " certified without valid certificate");
      }
      Certificate certificate = certificateOf.get(a.id());
      if (certificate != null && certificate.revocation().isPresent()) {
        check(
            problems,
            a.status() == AdvisorStatus.WITHDRAWN,
            a.id() + " revoked but " + a.status().code());
        check(
            problems,
            !certificate.revocation().get().on().isAfter(TODAY),
            a.id() + " revoked after today");
      }
    }
    // consultations
    Map<AdvisorId, Integer> inProgress = new HashMap<>();
    for (int i = 0; i < p.consultations().size(); i++) {
      Consultation c = p.consultations().get(i);
      String at = "consultations[" + i + "] " + c.id() + " (" + c.status().code() + ")";
      check(problems, p.municipality(c.municipality()).isPresent(), at + " municipality");
      c.partnerOrganisations()
          .forEach(o -> check(problems, organisations.contains(o), at + " organisation " + o));
      Set<AdvisorId> team = new HashSet<>();
      for (TeamMember m : c.team()) {
        check(problems, team.add(m.advisor()), at + " advisor twice on team");
        Advisor a = advisors.get(m.advisor());
        check(problems, a != null, at + " unknown advisor " + m.advisor());
        if (a == null) {
          continue;
        }
        Optional<DateRange> period = c.plannedPeriod();
        if (m.role() == TeamRole.TRAINEE) {
          boolean enrolledDuring =
              phasesOf.getOrDefault(a.id(), List.of()).stream()
                  .anyMatch(
                      ph ->
                          period.isPresent()
                              && ph.period().contains(period.get().start())
                              && ph.period().contains(period.get().end()));
          check(
              problems,
              enrolledDuring,
              at + " trainee " + a.id() + " not enrolled during the consultation");
          check(
              problems,
              a.status() != AdvisorStatus.APPLICANT
                  && enrolmentOf.get(a.id()).status() != EnrolmentStatus.WITHDRAWN,
              at + " trainee " + a.id() + " is " + a.status().code());
          check(
              problems,
              enrolmentOf.get(a.id()).practice().consultations().contains(c.id()),
              at + " not in the practice of " + a.id());
        } else {
          check(
              problems,
              a.status() == AdvisorStatus.CERTIFIED,
              at + " member " + a.id() + " is " + a.status().code());
          Certificate certificate = certificateOf.get(a.id());
          check(
              problems,
              certificate != null
                  && period.isPresent()
                  && !certificate.issuedOn().isAfter(period.get().start()),
              at + " member " + a.id() + " not certified in time");
        }
        if (c.status() == ConsultationStatus.IN_PROGRESS) {
          inProgress.merge(a.id(), 1, Integer::sum);
        }
      }
      boolean needsTeam =
          c.status() == ConsultationStatus.IN_PROGRESS
              || c.status() == ConsultationStatus.COMPLETED
              || !c.sessions().isEmpty();
      check(
          problems,
          !needsTeam || (c.team().size() >= 1 && c.team().size() <= 2),
          at + " team size " + c.team().size());
      check(problems, c.team().size() <= 2, at + " team too large");
      for (ConsultationSession s : c.sessions()) {
        check(
            problems,
            c.plannedPeriod().map(r -> r.contains(s.date())).orElse(false),
            at + " session outside period");
        check(problems, !s.date().isAfter(TODAY), at + " session after today");
        check(problems, team.containsAll(s.advisorsPresent()), at + " session advisor not on team");
      }
      if (!c.sessions().isEmpty()) {
        check(
            problems,
            c.hoursBudget().isPresent()
                && c.loggedHours().hundredths() * 10 < c.hoursBudget().get().hundredths() * 9,
            at + " hours over 90 % of budget");
      }
      if (c.status() == ConsultationStatus.COMPLETED) {
        check(
            problems,
            !c.sessions().isEmpty() && !c.outcomes().isEmpty(),
            at + " completed without session or outcome");
      }
      for (Testimonial t : c.testimonials()) {
        check(
            problems,
            !t.published() || t.hasConsent(),
            at + " testimonial published without consent");
      }
      List<HistoryEntry> history = c.history();
      check(
          problems,
          !history.isEmpty() && history.get(0).to() == ConsultationStatus.REQUESTED,
          at + " history start");
      if (!history.isEmpty()) {
        check(
            problems,
            history.get(0).on().equals(c.request().requestedOn()),
            at + " history starts on the request");
        HistoryEntry last = history.get(history.size() - 1);
        check(problems, last.to() == c.status(), at + " history end");
        check(problems, !last.on().isAfter(TODAY), at + " history after today");
        if (c.status() == ConsultationStatus.DECLINED
            || c.status() == ConsultationStatus.CANCELLED) {
          check(problems, last.reason().isPresent(), at + " reason missing");
        }
        for (HistoryEntry h : history) {
          if (h.to() == ConsultationStatus.IN_PROGRESS) {
            check(
                problems,
                c.plannedPeriod().isPresent() && h.on().equals(c.plannedPeriod().get().start()),
                at + " started off the planned start");
          }
        }
      }
    }
    for (Map.Entry<AdvisorId, Integer> load : inProgress.entrySet()) {
      check(
          problems,
          load.getValue() <= advisors.get(load.getKey()).capacity(),
          load.getKey() + " over capacity");
    }
    // events
    for (ProgrammeEvent e : p.events()) {
      e.hosts().forEach(h -> check(problems, advisors.containsKey(h), e.id() + " host " + h));
      e.certificatesHandedOver()
          .forEach(c -> check(problems, certificates.contains(c), e.id() + " certificate " + c));
      for (AgendaItem item : e.agenda()) {
        item.featuredConsultation()
            .ifPresent(
                c -> check(problems, p.consultation(c).isPresent(), e.id() + " featured " + c));
      }
    }
    for (QualificationPhase phase : p.phases()) {
      for (Enrolment e : phase.enrolments()) {
        if (e.status() == EnrolmentStatus.ENROLLED) {
          check(problems, phase.isRunningOn(TODAY), phase.id() + " enrolled in a finished phase");
        }
      }
    }
    return problems;
  }

  private static void check(List<String> problems, boolean condition, String problem) {
    if (!condition && problems.size() < 20) {
      problems.add(problem);
    }
  }
}
