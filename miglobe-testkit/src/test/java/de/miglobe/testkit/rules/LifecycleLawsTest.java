package de.miglobe.testkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import de.miglobe.core.Hours;
import de.miglobe.core.advisor.Advisor;
import de.miglobe.core.consultation.Consultation;
import de.miglobe.core.consultation.ConsultationSession;
import de.miglobe.core.consultation.ConsultationStatus;
import de.miglobe.core.consultation.HistoryEntry;
import de.miglobe.core.consultation.Outcome;
import de.miglobe.core.consultation.OutcomeKind;
import de.miglobe.core.consultation.SessionKind;
import de.miglobe.core.consultation.TeamMember;
import de.miglobe.core.consultation.TeamRole;
import de.miglobe.core.consultation.Testimonial;
import de.miglobe.core.contact.PersonName;
import de.miglobe.core.id.AdvisorId;
import de.miglobe.core.id.ConsultationId;
import de.miglobe.core.programme.Programme;
import de.miglobe.core.programme.ProgrammeContext;
import de.miglobe.core.rule.OperationResult;
import de.miglobe.testkit.ProgrammeGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Laws of the consultation lifecycle over 1,000 seeded random sequences of operations (replay a
 * failure with its seed: the programme comes from generator seed {@code seed % 100}, the sequence
 * from {@code seed}): no sequence reaches a state outside the lifecycle; the history has one
 * entry per successful transition (the request included); a refused operation leaves the value
 * unchanged and returns no value.
 */
class LifecycleLawsTest {

  private static final int STEPS = 20;
  private static final String ACTOR = "Programmbüro";

  /** Generated programmes by generator seed ({@code seed % 100}), shared to keep the law fast. */
  private static final Map<Long, Programme> PROGRAMMES = new ConcurrentHashMap<>();

  /** Statuses reached and refusals seen over all seeds, to show the laws are not vacuous. */
  private static final Map<ConsultationStatus, Integer> REACHED = new ConcurrentHashMap<>();

  private static final java.util.concurrent.atomic.AtomicInteger REFUSALS =
      new java.util.concurrent.atomic.AtomicInteger();

  private static final java.util.concurrent.atomic.AtomicInteger SEQUENCES =
      new java.util.concurrent.atomic.AtomicInteger();

  @org.junit.jupiter.api.AfterAll
  static void everyStatusWasReached_andRefusalsWereSeen() {
    if (SEQUENCES.get() < 1_000) {
      return; // a single seed was replayed
    }
    for (ConsultationStatus status : ConsultationStatus.values()) {
      assertThat(REACHED.getOrDefault(status, 0)).as("sequences reaching " + status).isGreaterThan(20);
    }
    assertThat(REFUSALS.get()).isGreaterThan(1_000);
  }

  static LongStream seeds() {
    return LongStream.range(0, 1_000);
  }

  enum Op {
    APPROVE(ConsultationStatus.APPROVED),
    DECLINE(ConsultationStatus.DECLINED),
    CANCEL(ConsultationStatus.CANCELLED),
    START(ConsultationStatus.IN_PROGRESS),
    COMPLETE(ConsultationStatus.COMPLETED),
    ASSIGN_TEAM(null),
    LOG_SESSION(null),
    RECORD_OUTCOME(null),
    ADD_TESTIMONIAL(null);

    final ConsultationStatus target;

    Op(ConsultationStatus target) {
      this.target = target;
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomOperationSequences_obeyTheLifecycle(long seed) {
    Programme programme = PROGRAMMES.computeIfAbsent(seed % 100, s -> ProgrammeGenerator.withSeed(s).programme(8));
    ProgrammeContext context = ProgrammeContext.of(programme);
    SplittableRandom random = new SplittableRandom(seed);
    Consultation template =
        programme.consultations().get(random.nextInt(programme.consultations().size()));
    Consultation draft =
        Consultation.builder()
            .from(template)
            .id(ConsultationId.of("law-" + seed))
            .status(ConsultationStatus.REQUESTED)
            .team(List.of())
            .sessions(List.of())
            .outcomes(List.of())
            .testimonials(List.of())
            .history(List.of())
            .build();
    OperationResult<Consultation> requested = Consultation.request(draft, ACTOR, context);
    assertThat(requested.isAccepted()).as("seed %d: request of a generated consultation", seed).isTrue();
    Consultation current = requested.orElseThrow();
    int transitions = 1;
    LocalDate day = current.request().requestedOn();
    List<String> trail = new ArrayList<>();

    for (int step = 0; step < STEPS; step++) {
      Op op = Op.values()[random.nextInt(Op.values().length)];
      day = day.plusDays(random.nextInt(-3, 25));
      trail.add(op + "@" + day);
      String where = "seed " + seed + " after " + trail;
      Consultation before = current;
      Consultation copy = Consultation.builder().from(before).build();
      OperationResult<Consultation> result = apply(op, before, day, programme, context, random);

      if (result.isRefused()) {
        REFUSALS.incrementAndGet();
        assertThat(result.evaluation().hasErrors()).as(where).isTrue();
        assertThat(result.value()).as(where).isEmpty();
        assertThat(before).as(where + ": refused operation changed the value").isEqualTo(copy);
      } else {
        current = result.orElseThrow();
        if (current.status() != before.status()) {
          assertThat(op.target).as(where + ": only status operations change the status").isEqualTo(current.status());
          assertThat(before.status().canChangeTo(current.status()))
              .as(where + ": %s -> %s is not a transition", before.status(), current.status())
              .isTrue();
          transitions++;
        } else {
          assertThat(current.history()).as(where).isEqualTo(before.history());
        }
      }
      if (op.target != null && !before.status().canChangeTo(op.target)) {
        assertThat(result.isRefused()).as(where + ": transition outside the lifecycle accepted").isTrue();
      }
      assertThat(current.history()).as(where + ": history length").hasSize(transitions);
      assertInLifecycle(current, where);
      REACHED.merge(current.status(), 1, Integer::sum);
    }
    SEQUENCES.incrementAndGet();
  }

  private static void assertInLifecycle(Consultation c, String where) {
    List<HistoryEntry> history = c.history();
    assertThat(history.get(0).from()).as(where).isEmpty();
    assertThat(history.get(0).to()).as(where).isEqualTo(ConsultationStatus.REQUESTED);
    for (int i = 1; i < history.size(); i++) {
      ConsultationStatus from = history.get(i - 1).to();
      assertThat(history.get(i).from()).as(where).contains(from);
      assertThat(from.next()).as(where).contains(history.get(i).to());
    }
    assertThat(history.get(history.size() - 1).to()).as(where).isEqualTo(c.status());
  }

  private static OperationResult<Consultation> apply(
      Op op,
      Consultation c,
      LocalDate day,
      Programme programme,
      ProgrammeContext context,
      SplittableRandom random) {
    switch (op) {
      case APPROVE:
        return c.approve(day, ACTOR, context);
      case DECLINE:
        return c.decline(day, ACTOR, random.nextBoolean() ? "Außerhalb des Programms" : " ");
      case CANCEL:
        return c.cancel(day, ACTOR, random.nextInt(4) == 0 ? "" : "Gemeinderat hat abgesagt");
      case START:
        return c.start(day, ACTOR, context);
      case COMPLETE:
        return c.complete(day, ACTOR);
      case ASSIGN_TEAM:
        {
          List<Advisor> certified =
              programme.advisors().stream().filter(Advisor::isCertified).collect(java.util.stream.Collectors.toList());
          List<Advisor> advisors =
              random.nextInt(10) < 8 && !certified.isEmpty() ? certified : programme.advisors();
          int size = random.nextInt(10) < 8 ? random.nextInt(1, 3) : random.nextInt(0, 4);
          List<TeamMember> team = new ArrayList<>();
          for (int i = 0; i < size; i++) {
            team.add(
                TeamMember.of(
                    advisors.get(random.nextInt(advisors.size())).id(),
                    TeamRole.values()[random.nextInt(TeamRole.values().length)]));
          }
          return c.assignTeam(team, day, context);
        }
      case LOG_SESSION:
        {
          AdvisorId present =
              !c.team().isEmpty() && random.nextInt(5) > 0
                  ? c.team().get(random.nextInt(c.team().size())).advisor()
                  : programme.advisors().get(random.nextInt(programme.advisors().size())).id();
          LocalDate date = day;
          if (c.plannedPeriod().isPresent() && random.nextInt(10) < 8) {
            de.miglobe.core.DateRange period = c.plannedPeriod().get();
            date = day.isBefore(period.start()) ? period.start() : day.isAfter(period.end()) ? period.end() : day;
          }
          ConsultationSession session =
              ConsultationSession.builder()
                  .date(date)
                  .duration(Hours.of(random.nextInt(1, 9)))
                  .kind(SessionKind.values()[random.nextInt(SessionKind.values().length)])
                  .advisorsPresent(Set.of(present))
                  .build();
          return c.logSession(session, date.plusDays(random.nextInt(-1, 5)), context);
        }
      case RECORD_OUTCOME:
        return c.recordOutcome(
            Outcome.of(
                OutcomeKind.values()[random.nextInt(OutcomeKind.values().length)],
                "Ergebnis",
                day));
      case ADD_TESTIMONIAL:
        return c.addTestimonial(
            Testimonial.builder()
                .quote("Die Beratung hat uns gutgetan.")
                .speaker(PersonName.of("Erika", "Beispiel"))
                .published(random.nextBoolean())
                .consentGivenOn(random.nextBoolean() ? Optional.of(day) : Optional.empty())
                .build());
      default:
        throw new AssertionError(op);
    }
  }
}
