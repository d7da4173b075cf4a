package de.miglobe.core.consultation;

import de.miglobe.core.DateRange;
import de.miglobe.core.Hours;
import de.miglobe.core.advisor.Advisor;
import de.miglobe.core.advisor.AdvisorStatus;
import de.miglobe.core.id.AdvisorId;
import de.miglobe.core.municipality.Municipality;
import de.miglobe.core.policy.ProgrammePolicy;
import de.miglobe.core.rule.Evaluation;
import de.miglobe.core.rule.RuleCode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of DOMAIN.md §4.6 for one consultation, each evaluated into violations with paths
 * relative to the consultation ({@code team[1]}, {@code sessions[0].date}). The lifecycle
 * operations of {@link Consultation} and the whole-programme validation use them; a UI can call
 * them to ask "may I?" before an operation.
 *
 * <p>Every method adds to the given {@link Evaluation.Builder} and never throws for a valid
 * consultation and context.
 */
public final class ConsultationRules {

  private ConsultationRules() {}

  /**
   * The municipality exists in the context and lies in a region the policy serves ({@link
   * RuleCode#REFERENCE_UNKNOWN}, {@link RuleCode#MUNICIPALITY_NOT_ELIGIBLE}; path {@code
   * municipality}).
   *
   * @param consultation the consultation; not null
   * @param context the programme; not null
   * @param out receives the violations; not null
   */
  public static void municipality(
      Consultation consultation, ConsultationContext context, Evaluation.Builder out) {
    Optional<Municipality> municipality = context.municipality(consultation.municipality());
    if (municipality.isEmpty()) {
      out.add(
          RuleCode.REFERENCE_UNKNOWN,
          "municipality",
          "kind", "municipality",
          "id", consultation.municipality().value());
    } else if (!context.policy().regionsServed().contains(municipality.get().federalState())) {
      out.add(
          RuleCode.MUNICIPALITY_NOT_ELIGIBLE,
          "municipality",
          "municipality", consultation.municipality().value(),
          "state", municipality.get().federalState().code());
    }
  }

  /**
   * The team's size and composition: between the policy's minimum and maximum (a team smaller
   * than expected is a warning), nobody twice, every member known and certified or in a phase
   * running on {@code day}, and, if the policy asks for it, a certified member on a team with
   * trainees. Paths: {@code team} for the size, {@code team[i]} for a member.
   *
   * @param consultation the consultation; not null
   * @param day the day the team must be qualified on (start of work, or today); not null
   * @param context the programme; not null
   * @param out receives the violations; not null
   */
  public static void team(
      Consultation consultation, LocalDate day, ConsultationContext context, Evaluation.Builder out) {
    teamSize(consultation.team(), context.policy(), out);
    List<TeamMember> team = consultation.team();
    Set<AdvisorId> seen = team.size() > 4 ? new HashSet<>() : null;
    boolean anyCertified = false;
    boolean anyTrainee = false;
    for (int i = 0; i < team.size(); i++) {
      AdvisorId id = team.get(i).advisor();
      if (seen != null ? !seen.add(id) : appearsBefore(team, i)) {
        out.add(RuleCode.CONSULTATION_TEAM_DUPLICATE_ADVISOR, "team[" + i + "]", "advisor", id.value());
        continue;
      }
      Optional<Advisor> advisor = context.advisor(id);
      if (advisor.isEmpty()) {
        out.add(RuleCode.REFERENCE_UNKNOWN, "team[" + i + "]", "kind", "advisor", "id", id.value());
        continue;
      }
      if (advisor.get().status() == AdvisorStatus.CERTIFIED) {
        anyCertified = true;
      } else if (context.isInRunningPhase(id, day)) {
        anyTrainee = true;
      } else {
        out.add(
            RuleCode.CONSULTATION_ADVISOR_NOT_QUALIFIED,
            "team[" + i + "]",
            "advisor", id.value(),
            "status", advisor.get().status().code());
      }
    }
    if (anyTrainee && !anyCertified && context.policy().certifiedMemberRequiredWithTrainees()) {
      out.add(RuleCode.CONSULTATION_TEAM_WITHOUT_CERTIFIED_ADVISOR, "team");
    }
  }

  private static boolean appearsBefore(List<TeamMember> team, int index) {
    AdvisorId id = team.get(index).advisor();
    for (int j = 0; j < index; j++) {
      if (team.get(j).advisor().equals(id)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The team's size only (path {@code team}).
   *
   * @param team the team; not null
   * @param policy the policy; not null
   * @param out receives the violations; not null
   */
  public static void teamSize(List<TeamMember> team, ProgrammePolicy policy, Evaluation.Builder out) {
    int size = team.size();
    if (size < policy.minTeamSize()) {
      out.add(
          RuleCode.CONSULTATION_TEAM_TOO_SMALL,
          "team",
          "size", Integer.toString(size),
          "min", Integer.toString(policy.minTeamSize()));
    } else if (size > policy.maxTeamSize()) {
      out.add(
          RuleCode.CONSULTATION_TEAM_TOO_LARGE,
          "team",
          "size", Integer.toString(size),
          "max", Integer.toString(policy.maxTeamSize()));
    } else if (size < policy.expectedTeamSize()) {
      out.add(
          RuleCode.CONSULTATION_TEAM_NOT_TANDEM,
          "team",
          "size", Integer.toString(size),
          "expected", Integer.toString(policy.expectedTeamSize()));
    }
  }

  /**
   * No team member would exceed their capacity if this consultation is (or stays) in progress
   * ({@link RuleCode#ADVISOR_CAPACITY_EXCEEDED}, path {@code team[i]}).
   *
   * @param consultation the consultation; not null
   * @param context the programme; not null
   * @param out receives the violations; not null
   */
  public static void capacity(
      Consultation consultation, ConsultationContext context, Evaluation.Builder out) {
    List<TeamMember> team = consultation.team();
    for (int i = 0; i < team.size(); i++) {
      AdvisorId id = team.get(i).advisor();
      Optional<Advisor> advisor = context.advisor(id);
      if (advisor.isEmpty()) {
        continue;
      }
      int count = context.consultationsInProgress(id, consultation.id()) + 1;
      if (count > advisor.get().capacity()) {
        out.add(
            RuleCode.ADVISOR_CAPACITY_EXCEEDED,
            "team[" + i + "]",
            "advisor", id.value(),
            "count", Integer.toString(count),
            "capacity", Integer.toString(advisor.get().capacity()));
      }
    }
  }

  /**
   * A session lies in the planned period, not after today, and only team members were present
   * (paths {@code <path>.date}, {@code <path>.advisorsPresent}).
   *
   * @param consultation the consultation; not null
   * @param session the session; not null
   * @param path the session's path, for example {@code sessions[2]}; not null
   * @param today the day given as today; not null
   * @param out receives the violations; not null
   */
  public static void session(
      Consultation consultation,
      ConsultationSession session,
      String path,
      LocalDate today,
      Evaluation.Builder out) {
    session(consultation, session, path, -1, today, out);
  }

  /** The session rules; the path is {@code path}, or {@code sessions[index]} built only when needed. */
  private static void session(
      Consultation consultation,
      ConsultationSession session,
      String givenPath,
      int index,
      LocalDate today,
      Evaluation.Builder out) {
    Optional<DateRange> period = consultation.plannedPeriod();
    LocalDate date = session.date();
    boolean outside = period.isPresent() && !period.get().contains(date);
    boolean future = date.isAfter(today);
    boolean strangers = false;
    for (AdvisorId present : session.advisorsPresent()) {
      if (!onTeam(consultation, present)) {
        strangers = true;
        break;
      }
    }
    if (!outside && !future && !strangers) {
      return;
    }
    String path = givenPath != null ? givenPath : "sessions[" + index + "]";
    if (outside) {
      out.add(
          RuleCode.SESSION_OUTSIDE_PERIOD,
          path + ".date",
          "date", session.date().toString(),
          "start", period.get().start().toString(),
          "end", period.get().end().toString());
    }
    if (future) {
      out.add(
          RuleCode.SESSION_AFTER_TODAY,
          path + ".date",
          "date", session.date().toString(),
          "today", today.toString());
    }
    for (AdvisorId present : session.advisorsPresent()) {
      if (!onTeam(consultation, present)) {
        out.add(
            RuleCode.SESSION_ADVISOR_NOT_ON_TEAM,
            path + ".advisorsPresent",
            "advisor", present.value());
      }
    }
  }

  /**
   * Every session (see {@link #session}), with paths {@code sessions[i]}.
   *
   * @param consultation the consultation; not null
   * @param today the day given as today; not null
   * @param out receives the violations; not null
   */
  public static void sessions(Consultation consultation, LocalDate today, Evaluation.Builder out) {
    List<ConsultationSession> sessions = consultation.sessions();
    for (int i = 0; i < sessions.size(); i++) {
      session(consultation, sessions.get(i), null, i, today, out);
    }
  }

  private static boolean onTeam(Consultation consultation, AdvisorId advisor) {
    List<TeamMember> team = consultation.team();
    for (int i = 0; i < team.size(); i++) {
      if (team.get(i).advisor().equals(advisor)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Logged hours against the budget: a warning from the policy's warning share on, an error beyond
   * the budget (path {@code hoursBudget}). No budget, no rule.
   *
   * @param consultation the consultation; not null
   * @param policy the policy; not null
   * @param out receives the violations; not null
   */
  public static void hoursBudget(
      Consultation consultation, ProgrammePolicy policy, Evaluation.Builder out) {
    Optional<Hours> budget = consultation.hoursBudget();
    if (budget.isEmpty()) {
      return;
    }
    Hours logged = consultation.loggedHours();
    if (logged.compareTo(budget.get()) > 0) {
      out.add(
          RuleCode.HOURS_BUDGET_EXCEEDED,
          "hoursBudget",
          "logged", logged.toString(),
          "budget", budget.get().toString());
    } else if (logged.hundredths() * 100
        >= budget.get().hundredths() * (long) policy.hoursBudgetWarningPercent()
        && logged.hundredths() > 0) {
      out.add(
          RuleCode.HOURS_BUDGET_NEARLY_USED,
          "hoursBudget",
          "logged", logged.toString(),
          "budget", budget.get().toString(),
          "percent", Integer.toString(policy.hoursBudgetWarningPercent()));
    }
  }

  /**
   * A published testimonial has the speaker's consent (path {@code testimonials[i]}).
   *
   * @param consultation the consultation; not null
   * @param out receives the violations; not null
   */
  public static void testimonials(Consultation consultation, Evaluation.Builder out) {
    List<Testimonial> testimonials = consultation.testimonials();
    for (int i = 0; i < testimonials.size(); i++) {
      testimonial(testimonials.get(i), "testimonials[" + i + "]", out);
    }
  }

  /**
   * A testimonial that is published has the speaker's consent.
   *
   * @param testimonial the testimonial; not null
   * @param path its path; not null
   * @param out receives the violations; not null
   */
  public static void testimonial(Testimonial testimonial, String path, Evaluation.Builder out) {
    if (testimonial.published() && !testimonial.hasConsent()) {
      out.add(RuleCode.TESTIMONIAL_WITHOUT_CONSENT, path);
    }
  }

  /**
   * What completion needs: at least one session (path {@code sessions}) and one outcome (path
   * {@code outcomes}).
   *
   * @param consultation the consultation; not null
   * @param out receives the violations; not null
   */
  public static void completion(Consultation consultation, Evaluation.Builder out) {
    if (consultation.sessions().isEmpty()) {
      out.add(RuleCode.CONSULTATION_COMPLETION_WITHOUT_SESSION, "sessions");
    }
    if (consultation.outcomes().isEmpty()) {
      out.add(RuleCode.CONSULTATION_COMPLETION_WITHOUT_OUTCOME, "outcomes");
    }
  }

  /**
   * Every rule that applies to a consultation in its current status, as the whole-programme
   * validation runs them (capacity excepted: the programme counts it per advisor): municipality
   * eligibility unless declined or cancelled; team rules while in progress (qualification on {@code
   * today}) and team size once completed; sessions, hours budget and testimonials always;
   * completion needs once completed.
   *
   * @param consultation the consultation; not null
   * @param today the day given as today; not null
   * @param context the programme; not null
   * @return the violations, with paths relative to the consultation
   */
  public static Evaluation evaluate(
      Consultation consultation, LocalDate today, ConsultationContext context) {
    Objects.requireNonNull(consultation, "consultation");
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(context, "context");
    Evaluation.Builder out = Evaluation.builder();
    ConsultationStatus status = consultation.status();
    if (status != ConsultationStatus.DECLINED && status != ConsultationStatus.CANCELLED) {
      municipality(consultation, context, out);
    } else if (context.municipality(consultation.municipality()).isEmpty()) {
      out.add(
          RuleCode.REFERENCE_UNKNOWN,
          "municipality",
          "kind", "municipality",
          "id", consultation.municipality().value());
    }
    if (status == ConsultationStatus.IN_PROGRESS) {
      team(consultation, today, context, out);
    } else if (status == ConsultationStatus.COMPLETED) {
      teamSize(consultation.team(), context.policy(), out);
    }
    sessions(consultation, today, out);
    hoursBudget(consultation, context.policy(), out);
    testimonials(consultation, out);
    if (status == ConsultationStatus.COMPLETED) {
      completion(consultation, out);
    }
    return out.build();
  }
}
