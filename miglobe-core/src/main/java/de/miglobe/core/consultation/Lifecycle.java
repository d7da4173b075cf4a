package de.miglobe.core.consultation;

import de.miglobe.core.rule.Evaluation;
import de.miglobe.core.rule.OperationResult;
import de.miglobe.core.rule.RuleCode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The operations behind {@link Consultation}'s lifecycle methods. */
final class Lifecycle {

  private static final Set<ConsultationStatus> OPEN =
      EnumSet.of(
          ConsultationStatus.REQUESTED, ConsultationStatus.APPROVED, ConsultationStatus.IN_PROGRESS);
  private static final Set<ConsultationStatus> WORKING =
      EnumSet.of(ConsultationStatus.IN_PROGRESS, ConsultationStatus.COMPLETED);

  private Lifecycle() {}

  static OperationResult<Consultation> request(
      Consultation draft, String actor, ConsultationContext context) {
    Objects.requireNonNull(draft, "draft");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(context, "context");
    Evaluation.Builder out = Evaluation.builder();
    if (draft.status() != ConsultationStatus.REQUESTED || !draft.history().isEmpty()) {
      out.add(
          RuleCode.CONSULTATION_TRANSITION_NOT_ALLOWED,
          "status",
          "from", draft.status().code(),
          "to", ConsultationStatus.REQUESTED.code());
    }
    ConsultationRules.municipality(draft, context, out);
    return OperationResult.of(
        out.build(),
        () ->
            Consultation.builder()
                .from(draft)
                .addHistory(
                    HistoryEntry.builder()
                        .on(draft.request().requestedOn())
                        .actor(actor)
                        .to(ConsultationStatus.REQUESTED)
                        .build())
                .build());
  }

  static OperationResult<Consultation> approve(
      Consultation c, LocalDate on, String actor, ConsultationContext context) {
    Objects.requireNonNull(context, "context");
    Evaluation.Builder out = Evaluation.builder();
    checkTransition(c, ConsultationStatus.APPROVED, on, out);
    ConsultationRules.municipality(c, context, out);
    return OperationResult.of(
        out.build(), () -> withTransition(c, ConsultationStatus.APPROVED, on, actor, null));
  }

  static OperationResult<Consultation> endWithReason(
      Consultation c, ConsultationStatus to, LocalDate on, String actor, String reason) {
    Evaluation.Builder out = Evaluation.builder();
    checkTransition(c, to, on, out);
    if (reason == null || reason.isBlank()) {
      out.add(
          RuleCode.CONSULTATION_REASON_REQUIRED,
          "history[" + c.history().size() + "].reason",
          "to", to.code());
    }
    return OperationResult.of(out.build(), () -> withTransition(c, to, on, actor, reason));
  }

  static OperationResult<Consultation> assignTeam(
      Consultation c, List<TeamMember> team, LocalDate on, ConsultationContext context) {
    Objects.requireNonNull(team, "team");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(context, "context");
    Evaluation.Builder out = Evaluation.builder();
    requireStatus(c, OPEN, "assign_team", out);
    Consultation candidate = Consultation.builder().from(c).team(team).build();
    ConsultationRules.team(candidate, on, context, out);
    if (c.status() == ConsultationStatus.IN_PROGRESS) {
      ConsultationRules.capacity(candidate, context, out);
    }
    return OperationResult.of(out.build(), () -> candidate);
  }

  static OperationResult<Consultation> start(
      Consultation c, LocalDate on, String actor, ConsultationContext context) {
    Objects.requireNonNull(context, "context");
    Evaluation.Builder out = Evaluation.builder();
    checkTransition(c, ConsultationStatus.IN_PROGRESS, on, out);
    ConsultationRules.municipality(c, context, out);
    ConsultationRules.team(c, on, context, out);
    ConsultationRules.capacity(c, context, out);
    return OperationResult.of(
        out.build(), () -> withTransition(c, ConsultationStatus.IN_PROGRESS, on, actor, null));
  }

  static OperationResult<Consultation> logSession(
      Consultation c, ConsultationSession session, LocalDate today, ConsultationContext context) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(context, "context");
    Evaluation.Builder out = Evaluation.builder();
    requireStatus(c, EnumSet.of(ConsultationStatus.IN_PROGRESS), "log_session", out);
    ConsultationRules.session(c, session, "sessions[" + c.sessions().size() + "]", today, out);
    Consultation candidate = Consultation.builder().from(c).addSession(session).build();
    ConsultationRules.hoursBudget(candidate, context.policy(), out);
    return OperationResult.of(out.build(), () -> candidate);
  }

  static OperationResult<Consultation> recordOutcome(Consultation c, Outcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    Evaluation.Builder out = Evaluation.builder();
    requireStatus(c, WORKING, "record_outcome", out);
    return OperationResult.of(
        out.build(), () -> Consultation.builder().from(c).addOutcome(outcome).build());
  }

  static OperationResult<Consultation> addTestimonial(Consultation c, Testimonial testimonial) {
    Objects.requireNonNull(testimonial, "testimonial");
    Evaluation.Builder out = Evaluation.builder();
    requireStatus(c, WORKING, "add_testimonial", out);
    ConsultationRules.testimonial(
        testimonial, "testimonials[" + c.testimonials().size() + "]", out);
    return OperationResult.of(
        out.build(), () -> Consultation.builder().from(c).addTestimonial(testimonial).build());
  }

  static OperationResult<Consultation> complete(Consultation c, LocalDate on, String actor) {
    Evaluation.Builder out = Evaluation.builder();
    checkTransition(c, ConsultationStatus.COMPLETED, on, out);
    ConsultationRules.completion(c, out);
    ConsultationRules.testimonials(c, out);
    return OperationResult.of(
        out.build(), () -> withTransition(c, ConsultationStatus.COMPLETED, on, actor, null));
  }

  private static void requireStatus(
      Consultation c, Set<ConsultationStatus> allowed, String operation, Evaluation.Builder out) {
    if (!allowed.contains(c.status())) {
      out.add(
          RuleCode.CONSULTATION_NOT_ALLOWED_IN_STATUS,
          "status",
          "operation", operation,
          "status", c.status().code());
    }
  }

  private static void checkTransition(
      Consultation c, ConsultationStatus to, LocalDate on, Evaluation.Builder out) {
    Objects.requireNonNull(on, "on");
    if (!c.status().canChangeTo(to)) {
      out.add(
          RuleCode.CONSULTATION_TRANSITION_NOT_ALLOWED,
          "status",
          "from", c.status().code(),
          "to", to.code());
    }
    if (!c.history().isEmpty()) {
      LocalDate last = c.history().get(c.history().size() - 1).on();
      if (on.isBefore(last)) {
        out.add(
            RuleCode.CONSULTATION_DATE_BEFORE_LAST_CHANGE,
            "history",
            "date", on.toString(),
            "last", last.toString());
      }
    }
  }

  private static Consultation withTransition(
      Consultation c, ConsultationStatus to, LocalDate on, String actor, String reason) {
    Consultation.Builder builder = Consultation.builder().from(c).status(to);
    if (c.history().isEmpty()) {
      // Imported data may lack the opening entry; the history must start with the request.
      builder.addHistory(
          HistoryEntry.builder()
              .on(c.request().requestedOn().isAfter(on) ? on : c.request().requestedOn())
              .actor(actor)
              .to(ConsultationStatus.REQUESTED)
              .build());
    }
    return builder
        .addHistory(
            HistoryEntry.builder()
                .on(on)
                .actor(actor)
                .from(c.status())
                .to(to)
                .reason(Optional.ofNullable(reason))
                .build())
        .build();
  }
}
