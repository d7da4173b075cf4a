package de.miglobe.testkit;

import de.miglobe.core.CountryCode;
import de.miglobe.core.DateRange;
import de.miglobe.core.Hours;
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
import de.miglobe.core.qualification.Enrolment;
import de.miglobe.core.qualification.EnrolmentStatus;
import de.miglobe.core.qualification.ModuleTopic;
import de.miglobe.core.qualification.PracticeRecord;
import de.miglobe.core.qualification.QualificationPhase;
import de.miglobe.core.qualification.Revocation;
import de.miglobe.core.qualification.TrainingModule;
import de.miglobe.testkit.generator.SampleTexts;
import de.miglobe.testkit.generator.SampleTexts.Script;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A deterministic, seeded generator of valid MiGlobe data: whole {@link Programme}s of any size for
 * tests, benchmarks and UI sample data, and single values ({@link #advisor()}, {@link
 * #municipality()}, {@link #consultation(ConsultationStatus)}, {@link #personName()}) for tests
 * that need one.
 *
 * <pre>{@code
 * ProgrammeGenerator generator = ProgrammeGenerator.withSeed(42);
 * Programme programme = generator.programme(1_000);       // 1,000 consultations, all else in proportion
 * Programme large = generator.programme(ProgrammeGenerator.Size.of(100_000));
 * }</pre>
 *
 * <h2>Determinism</h2>
 *
 * The same seed and the same {@link Size} give an equal {@code Programme}, on every call and every
 * machine: the only source of randomness is a {@link SplittableRandom} seeded from the seed; the
 * system clock, {@code Math.random} and UUIDs are never used. {@link #programme(Size)} starts from
 * the seed each time, so it does not depend on earlier calls; the single-value methods draw one
 * after the other from a stream of their own, so a sequence of calls is reproducible too.
 * Identifiers are numbered ({@code adv-000123}, {@code con-000001}, {@code mun-00042}).
 *
 * <h2>Sizes</h2>
 *
 * {@link Size#of(int)} derives everything from the number of consultations: one advisor per 20
 * consultations (at least 4); about 5 sessions per consultation on average; one municipality per 4
 * consultations (at least 4, at most 10,775, the number of German municipalities); one organisation
 * per 50 consultations (at least 8, three of them programme partners); qualification phases of
 * about 24 advisors; events: one certificate ceremony per finished phase plus one event per 250
 * consultations.
 *
 * <h2>Guarantees</h2>
 *
 * Every value passes its own invariants (it was built by its builder). Beyond that, a generated
 * programme is free of rule errors under {@link ProgrammePolicy#defaults()} on the day {@link
 * #today()}:
 *
 * <ul>
 *   <li>municipalities lie in Baden-Württemberg (AGS prefix 08) or North Rhine-Westphalia (05) and
 *       have keys of the real structure: state, Regierungsbezirk, real Kreis digits, Gemeinde
 *       number (unique per programme; the names are made up); a Landkreis has its five-digit key;
 *   <li>consultation teams have 1 or 2 distinct advisors (a single advisor, a warning, in about 15
 *       % of teams); each is {@link AdvisorStatus#CERTIFIED} with a certificate issued on or before
 *       the consultation's start, or is a {@link TeamRole#TRAINEE} enrolled in the qualification
 *       phase whose period contains the consultation's planned period (the consultation is recorded
 *       as the trainee's practice, which makes every certificate's holder eligible on its issue day
 *       once the programme has 10 or more consultations); applicants and advisors who withdrew
 *       during their phase are on no team; inactive advisors and those who left after certification
 *       (their certificate revoked) only on the practice of their past phase;
 *   <li>no advisor is on more consultations in progress than their capacity; every advisor is
 *       enrolled in at most one phase, so never in overlapping ones;
 *   <li>sessions lie inside the planned period and not after today; the advisors present belong to
 *       the team; logged hours stay below 80 % of the hours budget;
 *   <li>completed consultations have at least one session and one outcome; testimonials are
 *       published only with the speaker's consent; sensitive attributes exist only with consent to
 *       {@link ConsentScope#SENSITIVE_ATTRIBUTES};
 *   <li>every identifier referred to exists: municipalities, advisors, organisations, certificates'
 *       advisors, phases and issuers (which are programme partners), events' hosts, handed-over
 *       certificates and featured consultations, phases' ceremonies and practice consultations;
 *   <li>consultations come in every lifecycle status (at 40 consultations or more; the first six
 *       that are not trainees' practice are drawn one per status), each with a history from the
 *       request, dates in order and a reason for declines and cancellations. The mix at larger
 *       sizes is about 63 % completed, 9 % requested, 8 % approved, 8 % cancelled, 7 % declined,
 *       5 % in progress (fewer where advisors lack capacity: such a consultation stays approved).
 * </ul>
 *
 * <p>Personal names use several scripts (Latin with umlauts, Cyrillic, Mongolian Cyrillic, Arabic).
 * E-mail addresses use the reserved domain {@code example.org} or made-up municipal domains; phone
 * numbers are German numbers that libphonenumber accepts. The data is fictitious.
 *
 * <p>Speed: 100,000 consultations (about 500,000 sessions) take a few seconds on two cores.
 *
 * <p>Instances are not thread-safe (the single-value methods advance a shared stream); use one per
 * thread, or call {@link #programme(Size)}, which keeps no state between calls.
 */
public final class ProgrammeGenerator {

  /** The day generated data takes as "today": 30 June 2025. Nothing generated lies after it. */
  public static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

  /** The start of the first qualification phase: 1 December 2017. */
  public static final LocalDate PROGRAMME_START = LocalDate.of(2017, 12, 1);

  /** The most municipalities generated: the number of German municipalities. */
  public static final int MAX_MUNICIPALITIES = 10_775;

  private final long seed;
  private final Build single;

  private ProgrammeGenerator(long seed) {
    this.seed = seed;
    this.single = new Build(new SplittableRandom(seed ^ 0x5DEECE66DL), Size.of(0), seed);
  }

  /**
   * A generator whose output is determined by the seed.
   *
   * @param seed any value; the same seed always gives the same data
   * @return the generator
   */
  public static ProgrammeGenerator withSeed(long seed) {
    return new ProgrammeGenerator(seed);
  }

  /**
   * @return the seed this generator was made with
   */
  public long seed() {
    return seed;
  }

  /**
   * The day the generated data takes as "today": evaluate rules on this day. Sessions, history,
   * certificates and events are never after it; consultations in progress run over it.
   *
   * @return {@link #TODAY}
   */
  public LocalDate today() {
    return TODAY;
  }

  /**
   * A programme with the given number of consultations and everything else in proportion (see
   * {@link Size#of(int)}).
   *
   * @param consultations 0 to 1,000,000
   * @return the programme; equal for equal seed and size
   * @throws IllegalArgumentException if {@code consultations} is out of range
   */
  public Programme programme(int consultations) {
    return programme(Size.of(consultations));
  }

  /**
   * A programme of the given size. The result depends only on the seed and the size, not on earlier
   * calls.
   *
   * @param size the size; not null
   * @return the programme, valid as the class documentation describes
   */
  public Programme programme(Size size) {
    Objects.requireNonNull(size, "size");
    return new Build(new SplittableRandom(seed), size, seed).programme();
  }

  /**
   * A personal name in one of several scripts (Latin with umlauts, Cyrillic, Mongolian Cyrillic,
   * Arabic), sometimes with the title "Dr.", with a form of address.
   *
   * @return a valid name
   */
  public PersonName personName() {
    return single.personName(single.script());
  }

  /**
   * A municipality in Baden-Württemberg or North Rhine-Westphalia with a contact person, keyed as
   * the class documentation describes; keys are unique across the calls of one generator.
   *
   * @return a valid municipality
   */
  public Municipality municipality() {
    return single.municipality(single.municipalityCounter++);
  }

  /**
   * A certified advisor with contact details, languages, expertise and consents. The identifiers it
   * may refer to (home municipality, communities) are not part of any programme: use {@link
   * #programme(int)} for data whose references resolve.
   *
   * @return a valid advisor
   */
  public Advisor advisor() {
    return single.standaloneAdvisor(single.advisorCounter++);
  }

  /**
   * A consultation with the given status and a matching history, team, sessions and outcomes. Its
   * municipality and advisors ({@code adv-000001}, {@code adv-000002}) are not part of any
   * programme: use {@link #programme(int)} for data whose references resolve.
   *
   * @param status the status; not null
   * @return a valid consultation with that status
   */
  public Consultation consultation(ConsultationStatus status) {
    Objects.requireNonNull(status, "status");
    return single.standaloneConsultation(status, single.consultationCounter++);
  }

  /**
   * An e-mail address that {@link EmailAddress#of(String)} accepts, at {@code example.org}.
   *
   * @return the address
   */
  public EmailAddress emailAddress() {
    return EmailAddress.of(
        "kontakt." + (single.random.nextInt(900_000) + 100_000) + "@example.org");
  }

  /**
   * A German phone number in one of the usual notations that {@link PhoneNumber#of(String)}
   * accepts.
   *
   * @return the number
   */
  public PhoneNumber phoneNumber() {
    return PhoneNumber.of(single.phoneText(single.random.nextBoolean()));
  }

  /**
   * The size of a generated programme: the number of consultations, and of advisors, municipalities
   * and organisations, which {@link #of(int)} derives in proportion and the {@code with…} methods
   * override. Immutable.
   */
  public static final class Size {
    private final int consultations;
    private final int advisors;
    private final int municipalities;
    private final int organisations;

    private Size(int consultations, int advisors, int municipalities, int organisations) {
      this.consultations = consultations;
      this.advisors = advisors;
      this.municipalities = municipalities;
      this.organisations = organisations;
    }

    /**
     * A size with everything in proportion to the consultations: advisors {@code max(4, ⌈c/20⌉)},
     * municipalities {@code min(10,775, max(4, c/4))}, organisations {@code max(8, c/50)}; about 5
     * sessions per consultation.
     *
     * @param consultations 0 to 1,000,000
     * @return the size
     * @throws IllegalArgumentException if out of range
     */
    public static Size of(int consultations) {
      require(consultations, 0, 1_000_000, "consultations");
      return new Size(
          consultations,
          Math.max(4, (consultations + 19) / 20),
          Math.min(MAX_MUNICIPALITIES, Math.max(4, consultations / 4)),
          Math.max(8, consultations / 50));
    }

    /**
     * This size with another number of advisors.
     *
     * @param advisors 4 to 100,000
     * @return the changed size
     * @throws IllegalArgumentException if out of range
     */
    public Size withAdvisors(int advisors) {
      require(advisors, 4, 100_000, "advisors");
      return new Size(consultations, advisors, municipalities, organisations);
    }

    /**
     * This size with another number of municipalities.
     *
     * @param municipalities 1 to 10,775
     * @return the changed size
     * @throws IllegalArgumentException if out of range
     */
    public Size withMunicipalities(int municipalities) {
      require(municipalities, 1, MAX_MUNICIPALITIES, "municipalities");
      return new Size(consultations, advisors, municipalities, organisations);
    }

    /**
     * This size with another number of organisations (the first three are programme partners).
     *
     * @param organisations 4 to 100,000
     * @return the changed size
     * @throws IllegalArgumentException if out of range
     */
    public Size withOrganisations(int organisations) {
      require(organisations, 4, 100_000, "organisations");
      return new Size(consultations, advisors, municipalities, organisations);
    }

    /**
     * @return the number of consultations
     */
    public int consultations() {
      return consultations;
    }

    /**
     * @return the number of advisors
     */
    public int advisors() {
      return advisors;
    }

    /**
     * @return the number of municipalities
     */
    public int municipalities() {
      return municipalities;
    }

    /**
     * @return the number of organisations
     */
    public int organisations() {
      return organisations;
    }

    private static void require(int value, int min, int max, String name) {
      if (value < min || value > max) {
        throw new IllegalArgumentException(
            name + " must be between " + min + " and " + max + ", was " + value);
      }
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Size)) {
        return false;
      }
      Size other = (Size) o;
      return consultations == other.consultations
          && advisors == other.advisors
          && municipalities == other.municipalities
          && organisations == other.organisations;
    }

    @Override
    public int hashCode() {
      return Objects.hash(consultations, advisors, municipalities, organisations);
    }

    @Override
    public String toString() {
      return "Size{consultations="
          + consultations
          + ", advisors="
          + advisors
          + ", municipalities="
          + municipalities
          + ", organisations="
          + organisations
          + "}";
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The generation of one programme. Plans are mutable while the programme is drawn; values are
  // built once everything they refer to is known.
  // ---------------------------------------------------------------------------------------------

  private static final int PARTNERS = 3;
  private static final String OFFICE = "Programmbüro MiGlobe";
  private static final String REVOCATION_REASON =
      "Austritt aus dem Beraterpool; das Zertifikat wurde zurückgegeben.";
  private static final String CERTIFICATE_TITLE =
      "MiGlobe-Berater*in für kommunale Entwicklungspolitik";
  private static final FieldOfAction[] FIELDS = FieldOfAction.values();
  private static final ConsultationFormat[] FORMATS = ConsultationFormat.values();
  private static final SessionKind[] SESSION_KINDS = SessionKind.values();
  private static final OutcomeKind[] OUTCOME_KINDS = OutcomeKind.values();
  private static final Script[] SCRIPTS = Script.values();
  private static final ConsultationStatus[] STATUSES = ConsultationStatus.values();

  /** Percent weights of the statuses of consultations that are not trainees' practice. */
  private static final int[] STATUS_WEIGHTS = {9, 8, 7, 5, 63, 8};

  private static final String[][] MODULES = {
    {"Handlungsfelder der kommunalen Entwicklungspolitik", "FIELDS_OF_ACTION", "16"},
    {"Kommunalstrukturen", "MUNICIPAL_STRUCTURES", "16"},
    {"Methoden der interkulturellen Öffnung", "INTERCULTURAL_OPENING", "16"},
    {"Beratungsmethoden", "CONSULTING_METHODS", "8"},
    {"Die Rolle als Berater*in", "ADVISOR_ROLE", "8"},
    {"Praxisreflexion", "PRACTICE", "8"},
  };
  private static final String[] GOALS = {
    "Migrantische Vereine in das Fest der Nationen einbinden",
    "Den Integrationsbeirat für entwicklungspolitische Themen öffnen",
    "Eine Partnerschaft mit einer Kommune im Globalen Süden vorbereiten",
    "Fairen Handel in der öffentlichen Beschaffung verankern",
    "Migrantische Organisationen an der Agenda-2030-Strategie beteiligen",
    "Die Verwaltung interkulturell öffnen",
    "Geflüchtete als Brückenbauer*innen für Klimapartnerschaften gewinnen",
  };
  private static final String[] OCCASIONS = {
    "Fest der Nationen",
    "Interkulturelle Woche",
    "Fairtrade-Woche",
    "Tag der offenen Tür im Rathaus",
    "Weltladen-Jubiläum",
  };
  private static final String[] COMMUNITIES = {
    "mongolische Community",
    "syrische Familien",
    "ukrainische Geflüchtete",
    "togoische Diaspora",
    "türkeistämmige Vereine",
    "vietnamesische Gemeinde",
    "eritreische Jugendliche",
  };
  private static final String[] TARGET_LANGUAGES = {"ar", "mn", "uk", "ru", "tr", "fr", "ti", "vi"};
  private static final String[] DECLINE_REASONS = {
    "Das Anliegen passt nicht zum Förderzweck des Programms.",
    "Im Förderjahr sind keine Beratungstage mehr frei.",
    "Keine Berater*innen mit den gewünschten Sprachkenntnissen verfügbar.",
  };
  private static final String[] CANCEL_REASONS = {
    "Die Kommune hat den Antrag zurückgezogen.",
    "Personalwechsel in der Verwaltung; das Vorhaben ruht.",
    "Die geplante Veranstaltung wurde abgesagt.",
  };
  private static final String[] SUMMARIES = {
    "Auftaktgespräch mit der Verwaltung und dem Arbeitskreis.",
    "Workshop mit migrantischen Vereinen im Bürgerhaus.",
    "Vernetzungstreffen mit Initiativen aus der Region.",
    "Begleitung der Veranstaltung und Nachbesprechung.",
  };
  private static final String[] QUOTES = {
    "Durch die Beratung sind zum ersten Mal migrantische Vereine beim Fest dabei.",
    "Wir haben neue Ansprechpartner*innen gewonnen, die wir allein nie erreicht hätten.",
    "Die Berater*innen haben Türen geöffnet – auch für das Thema Rassismus.",
  };
  /** Functions of contact persons: for a woman (Frau), a man (Herr), and gender-inclusive. */
  private static final String[][] FUNCTIONS = {
    {
      "Bereichsleiterin Familien und Soziales",
      "Bereichsleiter Familien und Soziales",
      "Bereichsleitung Familien und Soziales"
    },
    {"Integrationsbeauftragte", "Integrationsbeauftragter", "Integrationsbeauftragte*r"},
    {"Bürgermeisterin", "Bürgermeister", "Bürgermeister*in"},
    {"Leiterin des Arbeitskreises", "Leiter des Arbeitskreises", "Leitung des Arbeitskreises"},
    {
      "Referentin für Eine-Welt-Arbeit",
      "Referent für Eine-Welt-Arbeit",
      "Referent*in für Eine-Welt-Arbeit"
    },
    {"Hauptamtsleiterin", "Hauptamtsleiter", "Hauptamtsleitung"},
  };
  private static final String[] DEPARTMENTS = {
    "Amt für Familie und Soziales",
    "Arbeitskreis Fest der Nationen",
    "Hauptamt",
    "Stabsstelle Integration",
    "Bürgermeisteramt",
  };
  private static final String[] ORGANISATION_COMMUNITIES = {
    "Deutsch-Mongolischer",
    "Deutsch-Türkischer",
    "Afrikanischer",
    "Syrischer",
    "Ukrainischer",
    "Togoischer",
    "Kurdischer",
    "Eritreischer",
    "Vietnamesischer",
    "Griechischer",
    "Kroatischer",
  };
  private static final String[] AREA_CODES = {
    "0711", "07161", "0721", "0761", "0731", "07071", "0621", "06221", "0211", "0221", "0231",
    "0251", "0521", "0201", "0228"
  };
  private static final String[] REGIONS = {
    "Region Stuttgart",
    "Rhein-Neckar",
    "Oberrhein",
    "Bodensee",
    "Ruhrgebiet",
    "Rheinland",
    "Ostwestfalen-Lippe",
    "Münsterland"
  };

  /** The plan of one qualification phase. */
  private static final class PhasePlan {
    int index;
    QualificationPhaseId id;
    FederalState region;
    LocalDate start;
    LocalDate end;
    boolean running;
    LocalDate ceremonyDay;
    ProgrammeEventId ceremony;
    List<TrainingModule> modules;
    final List<Integer> advisors = new ArrayList<>();
    final List<CertificateId> certificates = new ArrayList<>();
    int practiceConsultation = -1;
  }

  /** The state of one drawing: a programme, or the stream of single values. */
  private static final class Build {
    final SplittableRandom random;
    final Size size;
    final long seed;
    int municipalityCounter;
    int advisorCounter;
    int consultationCounter;

    // organisations
    OrganisationId[] organisationIds;
    final List<Organisation> organisations = new ArrayList<>();
    // municipalities
    MunicipalityId[] municipalityIds;
    Municipality[] municipalities;
    ContactPerson[] municipalityContacts;
    int[] districtNumbers;
    // advisors
    AdvisorId[] advisorIds;
    AdvisorStatus[] advisorStatus;
    int[] advisorPhase;
    int[] capacity;
    int[] inProgress;
    LocalDate[] certifiedOn;
    boolean[] revoked;
    List<ConsultationId>[] practice;
    long[] practiceHundredths;
    int[] certifiedByDate;
    LocalDate[] certifiedDates;
    // phases
    final List<PhasePlan> phases = new ArrayList<>();
    // consultations
    final List<Consultation> consultations = new ArrayList<>();
    final List<Integer> completed = new ArrayList<>();

    Build(SplittableRandom random, Size size, long seed) {
      this.random = random;
      this.size = size;
      this.seed = seed;
      this.districtNumbers = new int[SampleTexts.districtCount()];
    }

    // ---- basics ----

    int between(int min, int max) {
      return min + random.nextInt(max - min + 1);
    }

    boolean chance(int percent) {
      return random.nextInt(100) < percent;
    }

    <T> T pick(T[] values) {
      return values[random.nextInt(values.length)];
    }

    LocalDate dayBetween(LocalDate first, LocalDate last) {
      long span = last.toEpochDay() - first.toEpochDay();
      return span <= 0 ? first : first.plusDays(random.nextLong(span + 1));
    }

    static LocalDate min(LocalDate a, LocalDate b) {
      return a.isBefore(b) ? a : b;
    }

    static LocalDate max(LocalDate a, LocalDate b) {
      return a.isAfter(b) ? a : b;
    }

    static String number(String prefix, int n, int width) {
      String digits = Integer.toString(n);
      StringBuilder id = new StringBuilder(prefix.length() + width + 1).append(prefix).append('-');
      for (int i = digits.length(); i < width; i++) {
        id.append('0');
      }
      return id.append(digits).toString();
    }

    Script script() {
      int r = random.nextInt(100);
      return r < 30
          ? Script.GERMAN
          : r < 55
              ? Script.LATIN
              : r < 70 ? Script.CYRILLIC : r < 85 ? Script.MONGOLIAN : Script.ARABIC;
    }

    PersonName personName(Script script) {
      boolean female = random.nextBoolean();
      PersonName.Builder name =
          PersonName.builder()
              .givenNames(SampleTexts.givenName(random, script, female))
              .familyName(SampleTexts.familyName(random, script))
              .formOfAddress(
                  chance(85)
                      ? (female ? FormOfAddress.FRAU : FormOfAddress.HERR)
                      : FormOfAddress.NONE);
      if (chance(8)) {
        name.academicTitle("Dr.");
      }
      return name.build();
    }

    /** A function whose grammatical gender agrees with the person's form of address. */
    String function(PersonName person) {
      String[] forms = pick(FUNCTIONS);
      switch (person.formOfAddress()) {
        case FRAU:
          return forms[0];
        case HERR:
          return forms[1];
        default:
          return forms[2];
      }
    }

    String phoneText(boolean mobile) {
      if (mobile) {
        return "0151 " + between(1_000_000, 9_999_999) + between(0, 9);
      }
      String area = pick(AREA_CODES);
      int subscriber = between(100_000, 9_999_999);
      return random.nextBoolean()
          ? area + " " + subscriber
          : "+49 " + area.substring(1) + " " + subscriber + "-" + between(10, 99);
    }

    String postcode(FederalState state) {
      int code =
          state == FederalState.BADEN_WUERTTEMBERG
              ? between(68_000, 79_999)
              : between(32_000, 59_999);
      return Integer.toString(code);
    }

    // ---- organisations ----

    void organisations() {
      int count = size.organisations();
      organisationIds = new OrganisationId[count];
      for (int i = 0; i < count; i++) {
        organisationIds[i] = OrganisationId.of(number("org", i + 1, 5));
      }
      organisations.add(
          Organisation.builder()
              .id(organisationIds[0])
              .name("Forum der Kulturen Stuttgart e. V.")
              .kind(OrganisationKind.PROGRAMME_PARTNER)
              .place("Stuttgart")
              .addContactPerson(
                  ContactPerson.builder()
                      .name(personName(Script.GERMAN))
                      .function("Projektleitung MiGlobe")
                      .contact(
                          ContactDetails.builder()
                              .email(EmailAddress.of("miglobe@forum-der-kulturen.example.org"))
                              .phone(PhoneNumber.of("07 11/248 48 08-36"))
                              .fax(PhoneNumber.of("07 11/248 48 08-88"))
                              .build())
                      .build())
              .build());
      organisations.add(
          Organisation.builder()
              .id(organisationIds[1])
              .name("Servicestelle Kommunen in der Einen Welt")
              .shortName("SKEW")
              .kind(OrganisationKind.FUNDER)
              .place("Bonn")
              .build());
      organisations.add(
          Organisation.builder()
              .id(organisationIds[2])
              .name("Eine Welt Netz NRW e. V.")
              .kind(OrganisationKind.PROGRAMME_PARTNER)
              .place("Münster")
              .build());
      for (int i = PARTNERS; i < count; i++) {
        int district = random.nextInt(SampleTexts.districtCount());
        String place = SampleTexts.districtName(district);
        String community = pick(ORGANISATION_COMMUNITIES);
        OrganisationKind kind;
        String name;
        switch (random.nextInt(4)) {
          case 0:
            kind = OrganisationKind.MIGRANT_ORGANISATION;
            name = community + " Kulturverein " + place + " e. V.";
            break;
          case 1:
            kind = OrganisationKind.ASSOCIATION;
            name = "Verein für interkulturelle Begegnung " + place + " e. V.";
            break;
          case 2:
            kind = OrganisationKind.INITIATIVE;
            name = "Initiative " + community.replace("er", "e").trim() + " Stimmen " + place;
            break;
          default:
            kind = OrganisationKind.MUNICIPAL_WORKING_GROUP;
            name = "Arbeitskreis " + pick(OCCASIONS) + " " + place;
        }
        Organisation.Builder organisation =
            Organisation.builder().id(organisationIds[i]).name(name).kind(kind).place(place);
        if (chance(30)) {
          organisation.addContactPerson(
              ContactPerson.builder().name(personName(script())).function("Vorstand").build());
        }
        organisations.add(organisation.build());
      }
    }

    // ---- municipalities ----

    Municipality municipality(int index) {
      MunicipalityId id = MunicipalityId.of(number("mun", index + 1, 5));
      int districts = SampleTexts.districtCount();
      int district = random.nextInt(districts);
      String districtKey = SampleTexts.districtKey(district);
      FederalState state = FederalState.ofKeyPrefix(districtKey.substring(0, 2));
      String districtName = SampleTexts.districtName(district);
      MunicipalityType type;
      String key;
      String name;
      int population;
      int roll = random.nextInt(100);
      if (SampleTexts.isCityDistrict(district) && districtNumbers[district] == 0) {
        // the city itself, once
        districtNumbers[district] = -1;
        type = MunicipalityType.STADTKREIS;
        key = districtKey + "000";
        name = districtName;
        population = between(50_000, 600_000);
      } else if (roll < 2
          && !SampleTexts.isCityDistrict(district)
          && districtNumbers[district] >= 0
          && (districtNumbers[district] & 0x10000) == 0) {
        districtNumbers[district] |= 0x10000;
        type = MunicipalityType.LANDKREIS;
        key = districtKey;
        name = (state == FederalState.BADEN_WUERTTEMBERG ? "Landkreis " : "Kreis ") + districtName;
        population = between(100_000, 550_000);
      } else {
        // a Gemeinde inside a Landkreis; numbered upward per Kreis so keys stay unique
        int landkreis = district;
        while (SampleTexts.isCityDistrict(landkreis)
            || (districtNumbers[landkreis] & 0xFFFF) >= 999) {
          landkreis = (landkreis + 1) % districts;
        }
        districtKey = SampleTexts.districtKey(landkreis);
        state = FederalState.ofKeyPrefix(districtKey.substring(0, 2));
        districtName = SampleTexts.districtName(landkreis);
        int number = (districtNumbers[landkreis] & 0xFFFF) + 1;
        districtNumbers[landkreis] = (districtNumbers[landkreis] & 0x10000) | number;
        key = districtKey + (number < 10 ? "00" : number < 100 ? "0" : "") + number;
        name = SampleTexts.placeName(random);
        if (roll < 70) {
          type = MunicipalityType.GEMEINDE;
          population = between(800, 15_000);
        } else if (roll < 90 || state != FederalState.BADEN_WUERTTEMBERG) {
          type = MunicipalityType.STADT;
          population = between(5_000, 40_000);
        } else {
          type = MunicipalityType.GROSSE_KREISSTADT;
          population = between(20_000, 100_000);
        }
      }
      String domain = SampleTexts.ascii(name);
      PersonName person = personName(script());
      ContactPerson contact =
          ContactPerson.builder()
              .name(person)
              .function(function(person))
              .department(pick(DEPARTMENTS))
              .contact(
                  ContactDetails.builder()
                      .email(
                          EmailAddress.of(
                              "integration@"
                                  + (domain.isEmpty() ? "kommune" : domain)
                                  + ".example.org"))
                      .phone(PhoneNumber.of(phoneText(false)))
                      .build())
              .build();
      Municipality.Builder municipality =
          Municipality.builder()
              .id(id)
              .officialName(name)
              .type(type)
              .key(MunicipalityKey.of(key))
              .federalState(state)
              .population(population)
              .administrationAddress(
                  PostalAddress.of("Rathausplatz " + between(1, 12), postcode(state), name))
              .addContactPerson(contact);
      if (type != MunicipalityType.STADTKREIS) {
        municipality.districtName(districtName);
      }
      if (chance(25)) {
        DevelopmentPolicyProfile.Builder profile =
            DevelopmentPolicyProfile.builder()
                .fairTradeTown(random.nextBoolean())
                .agenda2030ResolutionSigned(random.nextBoolean())
                .addFocusField(pick(FIELDS));
        if (chance(30)) {
          profile.addPartnership(
              MunicipalPartnership.of(
                  "Partnerstadt " + (index + 1),
                  CountryCode.of(pick(new String[] {"MN", "TG", "BF", "NI", "TZ", "GH"}))));
        }
        municipality.profile(profile.build());
      }
      return municipality.build();
    }

    void municipalities() {
      int count = size.municipalities();
      municipalityIds = new MunicipalityId[count];
      municipalities = new Municipality[count];
      municipalityContacts = new ContactPerson[count];
      for (int i = 0; i < count; i++) {
        Municipality m = municipality(i);
        municipalities[i] = m;
        municipalityIds[i] = m.id();
        municipalityContacts[i] = m.contactPersons().get(0);
      }
    }

    // ---- phases and advisors ----

    @SuppressWarnings({"rawtypes", "unchecked"}) // Java has no generic array creation
    private static List<ConsultationId>[] newPracticeLists(int count) {
      return new List[count];
    }

    void phasesAndAdvisors() {
      int count = size.advisors();
      advisorIds = new AdvisorId[count];
      advisorStatus = new AdvisorStatus[count];
      advisorPhase = new int[count];
      capacity = new int[count];
      inProgress = new int[count];
      certifiedOn = new LocalDate[count];
      revoked = new boolean[count];
      practice = newPracticeLists(count);
      practiceHundredths = new long[count];
      int applicants = count / 40;
      int running = Math.max(1, Math.round(count * 0.12f));
      int ended = count - applicants - running;
      int endedPhases = Math.max(1, (ended + 23) / 24);
      int runningPhases = Math.max(1, (running + 23) / 24);
      long span = TODAY.minusYears(2).toEpochDay() - PROGRAMME_START.toEpochDay();
      for (int p = 0; p < endedPhases + runningPhases; p++) {
        PhasePlan phase = new PhasePlan();
        phase.index = p;
        phase.id = QualificationPhaseId.of(number("phase", p + 1, 4));
        phase.region =
            p % 2 == 0 ? FederalState.BADEN_WUERTTEMBERG : FederalState.NORDRHEIN_WESTFALEN;
        phase.running = p >= endedPhases;
        if (!phase.running) {
          phase.start = PROGRAMME_START.plusDays(p * span / endedPhases);
          phase.end = phase.start.plusMonths(between(9, 11)).minusDays(1);
          phase.ceremonyDay = phase.end.plusDays(between(1, 21));
          phase.ceremony = ProgrammeEventId.of(number("evt", p + 1, 5));
        } else {
          phase.start = TODAY.minusDays(between(60, 150));
          phase.end = phase.start.plusMonths(10).minusDays(1);
        }
        phase.modules = modules(phase.start, phase.end);
        phases.add(phase);
      }
      for (int a = 0; a < count; a++) {
        advisorIds[a] = AdvisorId.of(number("adv", a + 1, 6));
        capacity[a] = between(2, 5);
        if (a < ended) {
          int p = (int) ((long) a * endedPhases / ended);
          assign(a, phases.get(p));
        } else if (a < ended + running) {
          int p = endedPhases + (int) ((long) (a - ended) * runningPhases / running);
          assign(a, phases.get(p));
        } else {
          advisorPhase[a] = -1;
          advisorStatus[a] = AdvisorStatus.APPLICANT;
        }
      }
      // certified advisors ordered by the day of their certificate, for choosing teams by date
      int certified = 0;
      for (int a = 0; a < count; a++) {
        if (advisorStatus[a] == AdvisorStatus.CERTIFIED) {
          certified++;
        }
      }
      Integer[] order = new Integer[certified];
      for (int a = 0, i = 0; a < count; a++) {
        if (advisorStatus[a] == AdvisorStatus.CERTIFIED) {
          order[i++] = a;
        }
      }
      Arrays.sort(order, (x, y) -> certifiedOn[x].compareTo(certifiedOn[y]));
      certifiedByDate = new int[certified];
      certifiedDates = new LocalDate[certified];
      for (int i = 0; i < certified; i++) {
        certifiedByDate[i] = order[i];
        certifiedDates[i] = certifiedOn[order[i]];
      }
    }

    void assign(int advisor, PhasePlan phase) {
      int position = phase.advisors.size();
      phase.advisors.add(advisor);
      advisorPhase[advisor] = phase.index;
      if (position % 20 == 19) {
        advisorStatus[advisor] = AdvisorStatus.WITHDRAWN;
      } else if (phase.running) {
        advisorStatus[advisor] = AdvisorStatus.IN_QUALIFICATION;
      } else if (position % 20 == 17) {
        // certified, then left the pool: the certificate is revoked
        advisorStatus[advisor] = AdvisorStatus.WITHDRAWN;
        certifiedOn[advisor] = phase.ceremonyDay;
        revoked[advisor] = true;
      } else if (position % 20 == 18) {
        advisorStatus[advisor] = AdvisorStatus.INACTIVE;
        certifiedOn[advisor] = phase.ceremonyDay;
      } else {
        advisorStatus[advisor] = AdvisorStatus.CERTIFIED;
        certifiedOn[advisor] = phase.ceremonyDay;
      }
    }

    List<TrainingModule> modules(LocalDate start, LocalDate end) {
      long length = end.toEpochDay() - start.toEpochDay();
      List<TrainingModule> modules = new ArrayList<>(MODULES.length);
      for (int m = 0; m < MODULES.length; m++) {
        LocalDate first = start.plusDays((m + 1) * length / (MODULES.length + 1));
        modules.add(
            TrainingModule.builder()
                .number(m + 1)
                .title(MODULES[m][0])
                .topic(ModuleTopic.valueOf(MODULES[m][1]))
                .addDate(first)
                .addDate(first.plusDays(1))
                .hours(Hours.of(Integer.parseInt(MODULES[m][2])))
                .mandatory(m < MODULES.length - 1)
                .build());
      }
      return modules;
    }

    /** How many certified advisors hold a certificate issued on or before the day. */
    int certifiedBy(LocalDate day) {
      int low = 0;
      int high = certifiedDates.length;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (certifiedDates[mid].isAfter(day)) {
          high = mid;
        } else {
          low = mid + 1;
        }
      }
      return low;
    }

    /** A team of certified advisors certified by the day; null if none can be found. */
    int[] certifiedTeam(LocalDate day, boolean takesCapacity) {
      int available = certifiedBy(day);
      if (available == 0) {
        return null;
      }
      int lead = freeAdvisor(available, -1, takesCapacity);
      if (lead < 0) {
        return null;
      }
      int co = available > 1 && chance(85) ? freeAdvisor(available, lead, takesCapacity) : -1;
      int[] team = co < 0 ? new int[] {lead} : new int[] {lead, co};
      if (takesCapacity) {
        for (int a : team) {
          inProgress[a]++;
        }
      }
      return team;
    }

    int freeAdvisor(int available, int other, boolean takesCapacity) {
      for (int attempt = 0; attempt < 12; attempt++) {
        int a = certifiedByDate[random.nextInt(available)];
        if (a != other && (!takesCapacity || inProgress[a] < capacity[a])) {
          return a;
        }
      }
      return -1;
    }

    // ---- consultations ----

    void consultations() {
      int total = size.consultations();
      // first the practice of trainees: pairs of each phase's advisors who are (or will be)
      // certified
      for (PhasePlan phase : phases) {
        List<Integer> trainees = new ArrayList<>();
        for (int a : phase.advisors) {
          if (advisorStatus[a] != AdvisorStatus.WITHDRAWN || revoked[a]) {
            trainees.add(a);
          }
        }
        for (int i = 0; i < trainees.size() && consultations.size() < total; i += 2) {
          int[] team =
              i + 1 < trainees.size()
                  ? new int[] {trainees.get(i), trainees.get(i + 1)}
                  : new int[] {trainees.get(i)};
          if (phase.practiceConsultation < 0) {
            phase.practiceConsultation = consultations.size();
          }
          practiceConsultation(phase, team);
        }
      }
      int plain = 0;
      while (consultations.size() < total) {
        ConsultationStatus status = plain < STATUSES.length ? STATUSES[plain] : weightedStatus();
        plain++;
        plainConsultation(status);
      }
    }

    ConsultationStatus weightedStatus() {
      int roll = random.nextInt(100);
      for (int i = 0; i < STATUS_WEIGHTS.length; i++) {
        roll -= STATUS_WEIGHTS[i];
        if (roll < 0) {
          return STATUSES[i];
        }
      }
      return ConsultationStatus.COMPLETED;
    }

    void practiceConsultation(PhasePlan phase, int[] team) {
      TeamRole[] roles = new TeamRole[team.length];
      Arrays.fill(roles, TeamRole.TRAINEE);
      ConsultationFormat format = pick(FORMATS);
      LocalDate start;
      LocalDate end;
      ConsultationStatus status;
      if (phase.running) {
        start = dayBetween(phase.start, min(phase.start.plusDays(30), TODAY));
        end = dayBetween(TODAY, phase.end);
        status = ConsultationStatus.IN_PROGRESS;
        for (int a : team) {
          inProgress[a]++;
        }
      } else {
        start = phase.start.plusDays(between(45, 120));
        end = min(start.plusDays(periodDays(format)), phase.end);
        status = ConsultationStatus.COMPLETED;
      }
      LocalDate requested = start.minusDays(between(7, 40));
      LocalDate approved = dayBetween(max(requested, phase.start), start);
      Consultation c =
          consultation(
              status,
              null,
              random.nextInt(municipalities.length),
              format,
              team,
              roles,
              requested,
              approved,
              DateRange.of(start, end),
              end);
      for (int a : team) {
        if (practice[a] == null) {
          practice[a] = new ArrayList<>(2);
        }
        practice[a].add(c.id());
      }
    }

    int periodDays(ConsultationFormat format) {
      switch (format) {
        case KICK_OFF_TALK:
          return between(0, 30);
        case DIALOGUE_FORUM:
          return between(14, 90);
        default:
          return between(60, 240);
      }
    }

    void plainConsultation(ConsultationStatus wanted) {
      int municipality = random.nextInt(municipalities.length);
      ConsultationFormat format = pick(FORMATS);
      int length = periodDays(format);
      LocalDate firstTeamDay =
          certifiedDates.length == 0 ? TODAY.plusDays(1) : certifiedDates[0].plusDays(1);
      ConsultationStatus status = wanted;
      if (certifiedDates.length == 0
          && (status == ConsultationStatus.COMPLETED || status == ConsultationStatus.IN_PROGRESS)) {
        status = ConsultationStatus.REQUESTED;
      }
      switch (status) {
        case COMPLETED:
          {
            LocalDate latestStart = TODAY.minusDays(length + 1L);
            LocalDate start = dayBetween(min(firstTeamDay, latestStart), latestStart);
            int[] team = certifiedTeam(start, false);
            if (team == null) {
              requested(municipality, format);
              return;
            }
            LocalDate requested = start.minusDays(between(7, 60));
            LocalDate end = start.plusDays(length);
            consultation(
                status,
                null,
                municipality,
                format,
                team,
                roles(team),
                requested,
                dayBetween(requested, start),
                DateRange.of(start, end),
                end);
            return;
          }
        case IN_PROGRESS:
          {
            LocalDate start = dayBetween(max(firstTeamDay, TODAY.minusDays(length)), TODAY);
            int[] team = certifiedTeam(start, true);
            if (team == null) {
              approved(municipality, format, length, false);
              return;
            }
            LocalDate end = max(start.plusDays(length), TODAY.plusDays(between(0, 30)));
            LocalDate requested = start.minusDays(between(7, 60));
            consultation(
                status,
                null,
                municipality,
                format,
                team,
                roles(team),
                requested,
                dayBetween(requested, start),
                DateRange.of(start, end),
                TODAY);
            return;
          }
        case APPROVED:
          approved(municipality, format, length, chance(60));
          return;
        case REQUESTED:
          requested(municipality, format);
          return;
        case DECLINED:
          {
            LocalDate requested = dayBetween(PROGRAMME_START, TODAY.minusDays(30));
            DateRange planned =
                chance(50)
                    ? DateRange.of(requested.plusDays(60), requested.plusDays(60 + length))
                    : null;
            consultation(
                status,
                null,
                municipality,
                format,
                new int[0],
                new TeamRole[0],
                requested,
                requested.plusDays(between(3, 25)),
                planned,
                null);
            return;
          }
        default:
          cancelled(municipality, format, length, firstTeamDay);
      }
    }

    TeamRole[] roles(int[] team) {
      return team.length == 1
          ? new TeamRole[] {TeamRole.LEAD}
          : new TeamRole[] {TeamRole.LEAD, TeamRole.CO_ADVISOR};
    }

    void requested(int municipality, ConsultationFormat format) {
      LocalDate requested = TODAY.minusDays(between(0, 45));
      DateRange planned = null;
      if (chance(50)) {
        LocalDate start = TODAY.plusDays(between(30, 120));
        planned = DateRange.of(start, start.plusDays(periodDays(format)));
      }
      consultation(
          ConsultationStatus.REQUESTED,
          null,
          municipality,
          format,
          new int[0],
          new TeamRole[0],
          requested,
          null,
          planned,
          null);
    }

    void approved(int municipality, ConsultationFormat format, int length, boolean withTeam) {
      LocalDate requested = TODAY.minusDays(between(10, 90));
      LocalDate approved = requested.plusDays(between(1, 9));
      LocalDate start = TODAY.plusDays(between(7, 60));
      int[] team = withTeam ? certifiedTeam(approved, false) : null;
      if (team == null) {
        team = new int[0];
      }
      consultation(
          ConsultationStatus.APPROVED,
          null,
          municipality,
          format,
          team,
          team.length == 0 ? new TeamRole[0] : roles(team),
          requested,
          approved,
          DateRange.of(start, start.plusDays(length)),
          null);
    }

    void cancelled(
        int municipality, ConsultationFormat format, int length, LocalDate firstTeamDay) {
      int roll = random.nextInt(10);
      if (roll < 4 && firstTeamDay.isBefore(TODAY.minusDays(length + 2L))) {
        LocalDate latestStart = TODAY.minusDays(length + 1L);
        LocalDate start = dayBetween(firstTeamDay, latestStart);
        int[] team = certifiedTeam(start, false);
        if (team != null) {
          LocalDate end = start.plusDays(length);
          LocalDate requested = start.minusDays(between(7, 60));
          consultation(
              ConsultationStatus.CANCELLED,
              ConsultationStatus.IN_PROGRESS,
              municipality,
              format,
              team,
              roles(team),
              requested,
              dayBetween(requested, start),
              DateRange.of(start, end),
              dayBetween(start, end));
          return;
        }
      }
      LocalDate requested = dayBetween(PROGRAMME_START, TODAY.minusDays(60));
      if (roll < 7) {
        LocalDate approved = requested.plusDays(between(3, 20));
        LocalDate start = approved.plusDays(between(14, 60));
        consultation(
            ConsultationStatus.CANCELLED,
            ConsultationStatus.APPROVED,
            municipality,
            format,
            new int[0],
            new TeamRole[0],
            requested,
            approved,
            DateRange.of(start, start.plusDays(length)),
            approved.plusDays(between(1, 30)));
      } else {
        consultation(
            ConsultationStatus.CANCELLED,
            ConsultationStatus.REQUESTED,
            municipality,
            format,
            new int[0],
            new TeamRole[0],
            requested,
            null,
            null,
            requested.plusDays(between(2, 30)));
      }
    }

    /**
     * Builds a consultation and adds it. {@code decided} is the day of approval (or decline);
     * {@code last} is the day of completion or cancellation, or the last day sessions may have for
     * one in progress.
     */
    Consultation consultation(
        ConsultationStatus status,
        ConsultationStatus cancelledFrom,
        int municipality,
        ConsultationFormat format,
        int[] team,
        TeamRole[] roles,
        LocalDate requested,
        LocalDate decided,
        DateRange planned,
        LocalDate last) {
      int number = consultations.size() + 1;
      ConsultationId id = ConsultationId.of(number("con", number, 6));
      ContactPerson contact = municipalityContacts[municipality];
      String place = municipalities[municipality].officialName();
      ConsultationRequest.Builder request =
          ConsultationRequest.builder()
              .requestedOn(requested)
              .requestedBy(contact)
              .addGoal(pick(GOALS))
              .addFieldsOfAction(pick(FIELDS));
      String occasion = null;
      if (chance(35)) {
        occasion = pick(OCCASIONS);
        request.occasion(occasion);
      }
      if (chance(50)) {
        request.addTargetCommunity(pick(COMMUNITIES));
        request.addTargetLanguage(LanguageCode.of(pick(TARGET_LANGUAGES)));
      }
      Consultation.Builder c =
          Consultation.builder()
              .id(id)
              .municipality(municipalityIds[municipality])
              .format(format)
              .title(title(format, place, occasion))
              .status(status)
              .request(request.build())
              .addMunicipalityContact(contact);
      AdvisorId[] members = new AdvisorId[team.length];
      for (int i = 0; i < team.length; i++) {
        members[i] = advisorIds[team[i]];
        c.addTeam(TeamMember.of(members[i], roles[i]));
      }
      if (organisationIds.length > PARTNERS && chance(60)) {
        c.addPartnerOrganisation(organisationIds[between(PARTNERS, organisationIds.length - 1)]);
      }
      if (planned != null) {
        c.plannedPeriod(planned);
      }
      // history
      c.addHistory(entry(requested, null, ConsultationStatus.REQUESTED, "Kommune " + place, null));
      ConsultationStatus reached = status == ConsultationStatus.CANCELLED ? cancelledFrom : status;
      if (status == ConsultationStatus.DECLINED) {
        c.addHistory(
            entry(decided, ConsultationStatus.REQUESTED, status, OFFICE, pick(DECLINE_REASONS)));
      }
      boolean approvedOnce =
          reached == ConsultationStatus.APPROVED
              || reached == ConsultationStatus.IN_PROGRESS
              || reached == ConsultationStatus.COMPLETED;
      boolean started =
          reached == ConsultationStatus.IN_PROGRESS || reached == ConsultationStatus.COMPLETED;
      if (approvedOnce) {
        c.addHistory(
            entry(
                decided, ConsultationStatus.REQUESTED, ConsultationStatus.APPROVED, OFFICE, null));
      }
      if (started) {
        c.addHistory(
            entry(
                planned.start(),
                ConsultationStatus.APPROVED,
                ConsultationStatus.IN_PROGRESS,
                OFFICE,
                null));
      }
      if (status == ConsultationStatus.COMPLETED) {
        c.addHistory(entry(last, ConsultationStatus.IN_PROGRESS, status, OFFICE, null));
      } else if (status == ConsultationStatus.CANCELLED) {
        c.addHistory(entry(last, cancelledFrom, status, OFFICE, pick(CANCEL_REASONS)));
      }
      // sessions, hours, outcomes, testimonials
      long logged = 0;
      if (started) {
        int count;
        if (status == ConsultationStatus.COMPLETED) {
          count = between(1, 14);
        } else if (status == ConsultationStatus.IN_PROGRESS) {
          count = between(1, 8);
        } else {
          count = between(1, 4);
        }
        LocalDate lastSession = min(last, TODAY);
        long first = planned.start().toEpochDay();
        long span = lastSession.toEpochDay() - first;
        long[] days = new long[count];
        for (int i = 0; i < count; i++) {
          days[i] = first + (span <= 0 ? 0 : random.nextLong(span + 1));
        }
        Arrays.sort(days);
        for (int i = 0; i < count; i++) {
          long hundredths = 100L * between(1, 6) + 25L * random.nextInt(4);
          logged += hundredths;
          ConsultationSession.Builder session =
              ConsultationSession.builder()
                  .date(LocalDate.ofEpochDay(days[i]))
                  .duration(Hours.ofHundredths(hundredths))
                  .kind(pick(SESSION_KINDS));
          if (members.length == 1 || chance(70)) {
            session.addAdvisorsPresent(members);
            for (int a : team) {
              practiceHundredths[a] += hundredths;
            }
          } else {
            int who = random.nextInt(members.length);
            session.addAdvisorsPresent(members[who]);
            practiceHundredths[team[who]] += hundredths;
          }
          if (chance(30)) {
            session.summary(pick(SUMMARIES));
          }
          c.addSession(session.build());
        }
      }
      if (planned != null || logged > 0) {
        long budget = (logged * 5 / 4 + 99) / 100 + between(2, 20);
        c.hoursBudget(Hours.ofHundredths(budget * 100));
      }
      if (status == ConsultationStatus.COMPLETED
          || (status == ConsultationStatus.IN_PROGRESS && chance(40))) {
        int outcomes = status == ConsultationStatus.COMPLETED ? between(1, 3) : 1;
        LocalDate until = min(last, TODAY);
        for (int i = 0; i < outcomes; i++) {
          OutcomeKind kind = pick(OUTCOME_KINDS);
          c.addOutcome(
              Outcome.of(
                  kind, outcomeText(kind, place, occasion), dayBetween(planned.start(), until)));
        }
      }
      if (status == ConsultationStatus.COMPLETED && chance(15)) {
        boolean consent = chance(70);
        Testimonial.Builder testimonial =
            Testimonial.builder()
                .quote(pick(QUOTES))
                .speaker(contact.name())
                .published(consent && chance(80));
        contact.function().ifPresent(testimonial::speakerFunction);
        if (consent) {
          testimonial.consentGivenOn(last);
        }
        c.addTestimonial(testimonial.build());
      }
      Consultation built = c.build();
      consultations.add(built);
      if (status == ConsultationStatus.COMPLETED) {
        completed.add(consultations.size() - 1);
      }
      return built;
    }

    static String title(ConsultationFormat format, String place, String occasion) {
      if (occasion != null) {
        return "Migrantische Vereine beim " + occasion + " in " + place;
      }
      switch (format) {
        case KICK_OFF_TALK:
          return "Auftaktgespräch in " + place;
        case DIALOGUE_FORUM:
          return "Dialogforum Eine Welt in " + place;
        default:
          return "Interkulturelle Öffnung der Verwaltung in " + place;
      }
    }

    static String outcomeText(OutcomeKind kind, String place, String occasion) {
      switch (kind) {
        case NEW_CONTACTS:
          return "Neue Kontakte zwischen der Verwaltung in "
              + place
              + " und migrantischen Vereinen";
        case EVENT_HELD:
          return (occasion == null ? "Veranstaltung" : occasion)
              + " mit migrantischen Vereinen durchgeführt";
        case BODY_OPENED_UP:
          return "Der Integrationsbeirat hat sich für migrantische Organisationen geöffnet";
        case FOLLOW_UP_TOPIC:
          return "Die Gemeinde greift das Thema Rassismus auf";
        case PARTNERSHIP_STARTED:
          return "Eine Partnerschaft mit einer Kommune im Globalen Süden wurde angestoßen";
        default:
          return "Ideen für weitere gemeinsame Vorhaben gesammelt";
      }
    }

    HistoryEntry entry(
        LocalDate on, ConsultationStatus from, ConsultationStatus to, String actor, String reason) {
      HistoryEntry.Builder entry = HistoryEntry.builder().on(on).actor(actor).to(to);
      if (from != null) {
        entry.from(from);
      }
      if (reason != null) {
        entry.reason(reason);
      }
      return entry.build();
    }

    // ---- advisors as values ----

    Advisor advisor(int a, LocalDate joined, boolean withReferences) {
      Script script = script();
      PersonName name = personName(script);
      String local =
          script == Script.GERMAN
              ? SampleTexts.ascii(name.givenNames().orElse(""))
                  + "."
                  + SampleTexts.ascii(name.familyName())
              : "berater." + (a + 1);
      if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
        local = "berater." + (a + 1);
      }
      ContactDetails.Builder contact =
          ContactDetails.builder().email(EmailAddress.of(local + "@example.org"));
      if (chance(70)) {
        contact.phone(PhoneNumber.of(phoneText(chance(50))));
      }
      String[] languages = script.languages();
      Advisor.Builder advisor =
          Advisor.builder()
              .id(advisorIds[a])
              .name(name)
              .contact(contact.build())
              .status(advisorStatus[a])
              .addLanguage(LanguageCode.of("de"))
              .addLanguage(LanguageCode.of(languages[random.nextInt(languages.length)]))
              .addExpertise(pick(FIELDS))
              .addExpertise(pick(FIELDS))
              .capacity(capacity[a]);
      if (chance(50)) {
        advisor.profile(
            "Berät Kommunen zur interkulturellen Öffnung und vernetzt sie mit migrantischen"
                + " Vereinen.");
      }
      if (withReferences && chance(60)) {
        advisor.homeMunicipality(municipalityIds[random.nextInt(municipalityIds.length)]);
      } else {
        advisor.homeRegion(pick(REGIONS));
      }
      ConsentRecord.Builder consent = ConsentRecord.builder();
      if (chance(80)) {
        consent.addConsent(Consent.given(ConsentScope.PUBLIC_PROFILE, joined));
      }
      if (chance(40)) {
        consent.addConsent(Consent.given(ConsentScope.PHOTOS_AND_QUOTES, joined));
      }
      if (chance(55)) {
        if (chance(15)) {
          consent.addConsent(
              Consent.builder()
                  .scope(ConsentScope.SENSITIVE_ATTRIBUTES)
                  .givenOn(joined)
                  .withdrawnOn(dayBetween(joined, TODAY))
                  .build());
        } else {
          consent.addConsent(Consent.given(ConsentScope.SENSITIVE_ATTRIBUTES, joined));
          String[] countries = script.countries();
          SensitiveAttributes.Builder sensitive =
              SensitiveAttributes.builder()
                  .addCountry(CountryCode.of(countries[random.nextInt(countries.length)]));
          if (withReferences && organisationIds.length > PARTNERS && chance(50)) {
            sensitive.addCommunity(organisationIds[between(PARTNERS, organisationIds.length - 1)]);
          }
          advisor.sensitive(sensitive.build());
        }
      }
      return advisor.consent(consent.build()).build();
    }

    LocalDate enrolledOn(int a) {
      return advisorPhase[a] < 0 ? null : phases.get(advisorPhase[a]).start.minusDays(a % 21);
    }

    // ---- phases, certificates and events as values ----

    List<QualificationPhase> phaseValues(
        List<Certificate> certificates, List<ProgrammeEvent> events) {
      List<QualificationPhase> values = new ArrayList<>(phases.size());
      int bw = 0;
      int nrw = 0;
      for (PhasePlan phase : phases) {
        int ordinal = phase.region == FederalState.BADEN_WUERTTEMBERG ? ++bw : ++nrw;
        String name =
            "Qualifizierungsphase "
                + ordinal
                + " "
                + (phase.region == FederalState.BADEN_WUERTTEMBERG
                    ? "Baden-Württemberg "
                    : "Nordrhein-Westfalen ")
                + phase.start.getYear()
                + "/"
                + phase.end.getYear();
        QualificationPhase.Builder value =
            QualificationPhase.builder()
                .id(phase.id)
                .name(name)
                .region(phase.region)
                .period(DateRange.of(phase.start, phase.end))
                .modules(phase.modules);
        OrganisationId partner =
            organisationIds[phase.region == FederalState.BADEN_WUERTTEMBERG ? 0 : 2];
        for (int a : phase.advisors) {
          Enrolment.Builder enrolment =
              Enrolment.builder().advisor(advisorIds[a]).enrolledOn(enrolledOn(a));
          LocalDate attendedUntil = phase.running ? TODAY : phase.end;
          if (advisorStatus[a] == AdvisorStatus.WITHDRAWN && !revoked[a]) {
            LocalDate withdrawn = dayBetween(phase.start, min(phase.end, TODAY));
            enrolment.status(EnrolmentStatus.WITHDRAWN).withdrawnOn(withdrawn);
            attendedUntil = withdrawn.minusDays(1);
          } else if (!phase.running) {
            enrolment.status(EnrolmentStatus.COMPLETED);
          }
          for (TrainingModule module : phase.modules) {
            if (module.dates().get(module.dates().size() - 1).isAfter(attendedUntil)) {
              continue;
            }
            if (module.mandatory() || chance(60)) {
              enrolment.addAttendedModule(module.number());
            }
          }
          if (practice[a] != null) {
            enrolment.practice(
                PracticeRecord.builder()
                    .consultations(practice[a])
                    .hours(Hours.ofHundredths(practiceHundredths[a]))
                    .build());
          }
          value.addEnrolment(enrolment.build());
          if (certifiedOn[a] != null) {
            CertificateId certificate = CertificateId.of(number("cert", a + 1, 6));
            phase.certificates.add(certificate);
            certificates.add(
                Certificate.builder()
                    .id(certificate)
                    .advisor(advisorIds[a])
                    .phase(phase.id)
                    .issuedOn(certifiedOn[a])
                    .addIssuer(partner)
                    .addIssuer(organisationIds[1])
                    .title(CERTIFICATE_TITLE)
                    .addTopicsCovered(
                        ModuleTopic.FIELDS_OF_ACTION,
                        ModuleTopic.INTERCULTURAL_OPENING,
                        ModuleTopic.MUNICIPAL_STRUCTURES)
                    .revocation(
                        revoked[a]
                            ? Optional.of(
                                Revocation.of(
                                    dayBetween(certifiedOn[a].plusDays(30), TODAY),
                                    REVOCATION_REASON))
                            : Optional.empty())
                    .build());
          }
        }
        if (phase.ceremony != null) {
          value.ceremony(phase.ceremony);
          ProgrammeEvent.Builder ceremony =
              ProgrammeEvent.builder()
                  .id(phase.ceremony)
                  .kind(ProgrammeEventKind.CERTIFICATE_CEREMONY)
                  .title("Zertifikatsübergabe: " + name)
                  .date(phase.ceremonyDay)
                  .venue(
                      phase.region == FederalState.BADEN_WUERTTEMBERG
                          ? "Literaturhaus Stuttgart"
                          : "Rathaus Köln")
                  .addAgenda(
                      AgendaItem.builder()
                          .kind(AgendaItemKind.CEREMONY)
                          .title("Übergabe der Zertifikate")
                          .build())
                  .certificatesHandedOver(phase.certificates)
                  .addOutcome("Ideen für die Weiterentwicklung des Programms gesammelt");
          if (phase.practiceConsultation >= 0) {
            Consultation featured = consultations.get(phase.practiceConsultation);
            ceremony.addAgenda(
                AgendaItem.builder()
                    .kind(AgendaItemKind.PANEL)
                    .title(
                        "Podiumsgespräch: der Beratungseinsatz in "
                            + municipalityName(featured.municipality()))
                    .featuredConsultation(featured.id())
                    .build());
          }
          events.add(ceremony.build());
        }
        values.add(value.build());
      }
      return values;
    }

    String municipalityName(MunicipalityId id) {
      // identifiers are numbered from 1 in order
      int index = Integer.parseInt(id.value().substring(4)) - 1;
      return municipalities[index].officialName();
    }

    void otherEvents(List<ProgrammeEvent> events) {
      int count = Math.max(1, size.consultations() / 250);
      ProgrammeEventKind[] kinds = {
        ProgrammeEventKind.STAKEHOLDER_MEETING, ProgrammeEventKind.ADVISOR_EXCHANGE,
        ProgrammeEventKind.TALK_OR_INFORMATION_STAND, ProgrammeEventKind.TRAINING_SEMINAR
      };
      int next = phases.size() + 1;
      for (int i = 0; i < count; i++) {
        ProgrammeEventKind kind = kinds[i % kinds.length];
        ProgrammeEvent.Builder event =
            ProgrammeEvent.builder().id(ProgrammeEventId.of(number("evt", next + i, 5))).kind(kind);
        LocalDate date = dayBetween(PROGRAMME_START.plusDays(200), TODAY);
        if (kind == ProgrammeEventKind.STAKEHOLDER_MEETING && !completed.isEmpty()) {
          Consultation featured =
              consultations.get(completed.get(random.nextInt(completed.size())));
          LocalDate end = featured.plannedPeriod().get().end();
          date = min(TODAY, end.plusDays(between(1, 60)));
          event
              .title("Stakeholder-Treffen " + date.getYear())
              .addAgenda(
                  AgendaItem.builder()
                      .kind(AgendaItemKind.PANEL)
                      .title(
                          "Podiumsgespräch: der Beratungseinsatz in "
                              + municipalityName(featured.municipality()))
                      .featuredConsultation(featured.id())
                      .build())
              .addAgenda(
                  AgendaItem.builder()
                      .kind(AgendaItemKind.SMALL_GROUP_DISCUSSION)
                      .title("Diskussion in Kleingruppen")
                      .build())
              .addOutcome("Ideen für die Weiterentwicklung des Programms gesammelt");
        } else {
          event.title(
              kind == ProgrammeEventKind.ADVISOR_EXCHANGE
                  ? "Austauschtreffen der Berater*innen"
                  : kind == ProgrammeEventKind.TRAINING_SEMINAR
                      ? "Fortbildung: Beratungsmethoden"
                      : "Infostand MiGlobe");
        }
        event
            .date(date)
            .venue(SampleTexts.districtName(random.nextInt(SampleTexts.districtCount())));
        if (certifiedByDate.length > 0) {
          event.addHost(advisorIds[certifiedByDate[random.nextInt(certifiedByDate.length)]]);
        }
        events.add(event.build());
      }
    }

    // ---- the whole ----

    Programme programme() {
      organisations();
      municipalities();
      phasesAndAdvisors();
      consultations();
      List<Advisor> advisors = new ArrayList<>(advisorIds.length);
      for (int a = 0; a < advisorIds.length; a++) {
        LocalDate joined = enrolledOn(a);
        advisors.add(advisor(a, joined == null ? TODAY.minusDays(a % 200) : joined, true));
      }
      List<Certificate> certificates = new ArrayList<>();
      List<ProgrammeEvent> events = new ArrayList<>();
      List<QualificationPhase> phaseValues = phaseValues(certificates, events);
      otherEvents(events);
      return Programme.builder()
          .name("MiGlobe Beispieldaten (Seed " + seed + ")")
          .addPartners(organisationIds[0], organisationIds[1], organisationIds[2])
          .advisors(advisors)
          .phases(phaseValues)
          .certificates(certificates)
          .municipalities(Arrays.asList(municipalities))
          .consultations(consultations)
          .organisations(organisations)
          .events(events)
          .build();
    }

    // ---- single values ----

    Advisor standaloneAdvisor(int n) {
      advisorIds = new AdvisorId[] {AdvisorId.of(number("adv", n + 1, 6))};
      advisorStatus = new AdvisorStatus[] {AdvisorStatus.CERTIFIED};
      capacity = new int[] {between(2, 5)};
      return advisor(0, TODAY.minusDays(between(30, 2000)), false);
    }

    Consultation standaloneConsultation(ConsultationStatus status, int n) {
      consultations.clear();
      completed.clear();
      organisationIds = new OrganisationId[0];
      municipalities = new Municipality[] {municipality(municipalityCounter++)};
      municipalityIds = new MunicipalityId[] {municipalities[0].id()};
      municipalityContacts = new ContactPerson[] {municipalities[0].contactPersons().get(0)};
      advisorIds = new AdvisorId[] {AdvisorId.of("adv-000001"), AdvisorId.of("adv-000002")};
      advisorStatus = new AdvisorStatus[] {AdvisorStatus.CERTIFIED, AdvisorStatus.CERTIFIED};
      capacity = new int[] {5, 5};
      inProgress = new int[2];
      practiceHundredths = new long[2];
      certifiedByDate = new int[] {0, 1};
      certifiedDates = new LocalDate[] {PROGRAMME_START, PROGRAMME_START};
      for (int attempt = 0; ; attempt++) {
        consultations.clear();
        inProgress[0] = 0;
        inProgress[1] = 0;
        plainConsultation(status);
        Consultation c = consultations.get(0);
        if (c.status() == status || attempt > 20) {
          return Consultation.builder()
              .from(c)
              .id(ConsultationId.of(number("con", n + 1, 6)))
              .build();
        }
      }
    }
  }
}
