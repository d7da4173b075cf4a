package de.miglobe.core.consultation;

import de.miglobe.core.DateRange;
import de.miglobe.core.Hours;
import de.miglobe.core.InvalidValueException;
import de.miglobe.core.contact.ContactPerson;
import de.miglobe.core.id.AdvisorId;
import de.miglobe.core.id.ConsultationId;
import de.miglobe.core.id.MunicipalityId;
import de.miglobe.core.id.OrganisationId;
import de.miglobe.core.internal.Invariants;
import de.miglobe.core.rule.OperationResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A consultation (Beratungseinsatz): a municipality's request and the work a team of advisors does
 * on it, with sessions, outcomes, testimonials and the history of its lifecycle.
 *
 * <p>Invariants checked when it is built: the title is not blank; the history is a chain of
 * lifecycle transitions that starts with the request, is in date order and ends in {@link
 * #status()} (an empty history is allowed only for a consultation that is still {@link
 * ConsultationStatus#REQUESTED}, as imported data may lack it). Everything that depends on policy
 * or on other values (team size, certification, capacity, sessions within the period, budget) is a
 * rule, evaluated rather than thrown.
 */
@Value.Immutable
public abstract class Consultation {

  Consultation() {}

  /** @return a builder for a consultation */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the identifier within the programme's data */
  public abstract ConsultationId id();

  /** @return the advised municipality */
  public abstract MunicipalityId municipality();

  /** @return the format */
  public abstract ConsultationFormat format();

  /** @return the title, for example {@code "Migrantische Vereine beim Fest der Nationen"} */
  public abstract String title();

  /** @return where the consultation stands */
  public abstract ConsultationStatus status();

  /** @return the municipality's request */
  public abstract ConsultationRequest request();

  /** @return the advisors on the team, with their roles */
  public abstract List<TeamMember> team();

  /** @return the municipality's people involved */
  public abstract List<ContactPerson> municipalityContacts();

  /** @return partner organisations involved (migrant associations, initiatives) */
  public abstract Set<OrganisationId> partnerOrganisations();

  /** @return the planned period */
  public abstract Optional<DateRange> plannedPeriod();

  /** @return the hours budget (fees are paid per hour by the funder) */
  public abstract Optional<Hours> hoursBudget();

  /** @return the sessions, in the order they were logged */
  public abstract List<ConsultationSession> sessions();

  /** @return the outcomes */
  public abstract List<Outcome> outcomes();

  /** @return the testimonials */
  public abstract List<Testimonial> testimonials();

  /** @return every status change, oldest first */
  public abstract List<HistoryEntry> history();

  /** @return the sum of the sessions' durations */
  public Hours loggedHours() {
    long hundredths = 0;
    for (ConsultationSession session : sessions()) {
      hundredths += session.duration().hundredths();
    }
    return Hours.ofHundredths(Math.min(hundredths, Hours.MAX_HUNDREDTHS));
  }

  /**
   * Whether an advisor is on the team.
   *
   * @param advisor the advisor; not null
   * @return true if a team member
   */
  public boolean hasTeamMember(AdvisorId advisor) {
    return team().stream().anyMatch(m -> m.advisor().equals(advisor));
  }

  // ---- Lifecycle operations (DOMAIN.md §3 and §4.6). Each returns a new value or the reasons
  // why not; this value is never changed. Errors refuse; warnings are passed on.

  /**
   * Submits a request (Antrag): the draft, built with status {@link ConsultationStatus#REQUESTED}
   * and an empty history, gets its first history entry, dated {@link
   * ConsultationRequest#requestedOn()}.
   *
   * <p>Refused with {@code CONSULTATION_TRANSITION_NOT_ALLOWED} if the draft is not a fresh
   * request, {@code REFERENCE_UNKNOWN} or {@code MUNICIPALITY_NOT_ELIGIBLE} for the municipality.
   *
   * @param draft the consultation as requested; not null
   * @param actor who records the request; not blank
   * @param context the programme; not null
   * @return the requested consultation, or the violations
   * @throws de.miglobe.core.InvalidValueException if {@code actor} is blank
   */
  public static OperationResult<Consultation> request(
      Consultation draft, String actor, ConsultationContext context) {
    return Lifecycle.request(draft, actor, context);
  }

  /**
   * Approves a request (requested → approved); the municipality must be eligible.
   *
   * @param on the day of approval; not null, not before the last history entry
   * @param actor who approves; not blank
   * @param context the programme; not null
   * @return the approved consultation, or the violations
   * @throws de.miglobe.core.InvalidValueException if {@code actor} is blank
   */
  public OperationResult<Consultation> approve(
      LocalDate on, String actor, ConsultationContext context) {
    return Lifecycle.approve(this, on, actor, context);
  }

  /**
   * Declines a request (requested → declined), with a reason.
   *
   * @param on the day; not null
   * @param actor who declines; not blank
   * @param reason why; a blank or null reason is refused with {@code CONSULTATION_REASON_REQUIRED}
   * @return the declined consultation, or the violations
   */
  public OperationResult<Consultation> decline(LocalDate on, String actor, String reason) {
    return Lifecycle.endWithReason(this, ConsultationStatus.DECLINED, on, actor, reason);
  }

  /**
   * Cancels the consultation (requested, approved or in progress → cancelled), with a reason.
   *
   * @param on the day; not null
   * @param actor who cancels; not blank
   * @param reason why; a blank or null reason is refused with {@code CONSULTATION_REASON_REQUIRED}
   * @return the cancelled consultation, or the violations
   */
  public OperationResult<Consultation> cancel(LocalDate on, String actor, String reason) {
    return Lifecycle.endWithReason(this, ConsultationStatus.CANCELLED, on, actor, reason);
  }

  /**
   * Assigns or changes the team while the consultation is requested, approved or in progress.
   * The team rules are evaluated on {@code on} (see {@link ConsultationRules#team}); capacity too if
   * in progress. Not a status change: the history is unchanged.
   *
   * @param team the new team, replacing the old one; not null
   * @param on the day the team must be qualified on; not null
   * @param context the programme; not null
   * @return the consultation with the new team, or the violations
   */
  public OperationResult<Consultation> assignTeam(
      List<TeamMember> team, LocalDate on, ConsultationContext context) {
    return Lifecycle.assignTeam(this, team, on, context);
  }

  /**
   * Starts the work (approved → in progress): the municipality is eligible, the team is valid on
   * {@code on} and nobody exceeds their capacity.
   *
   * @param on the first day of work; not null
   * @param actor who records the start; not blank
   * @param context the programme; not null
   * @return the consultation in progress, or the violations
   */
  public OperationResult<Consultation> start(
      LocalDate on, String actor, ConsultationContext context) {
    return Lifecycle.start(this, on, actor, context);
  }

  /**
   * Logs a session while in progress: within the planned period, not after {@code today}, only
   * team members present; logged hours beyond the budget refuse, near it warn.
   *
   * @param session the session; not null
   * @param today the day given as today; not null
   * @param context the programme (for the policy); not null
   * @return the consultation with the session appended, or the violations
   */
  public OperationResult<Consultation> logSession(
      ConsultationSession session, LocalDate today, ConsultationContext context) {
    return Lifecycle.logSession(this, session, today, context);
  }

  /**
   * Records an outcome while in progress or completed.
   *
   * @param outcome the outcome; not null
   * @return the consultation with the outcome appended, or the violations
   */
  public OperationResult<Consultation> recordOutcome(Outcome outcome) {
    return Lifecycle.recordOutcome(this, outcome);
  }

  /**
   * Adds a testimonial while in progress or completed; a published one needs the speaker's
   * consent.
   *
   * @param testimonial the testimonial; not null
   * @return the consultation with the testimonial appended, or the violations
   */
  public OperationResult<Consultation> addTestimonial(Testimonial testimonial) {
    return Lifecycle.addTestimonial(this, testimonial);
  }

  /**
   * Completes the work (in progress → completed): needs at least one session and one outcome, and
   * no testimonial published without consent.
   *
   * @param on the day of completion; not null
   * @param actor who records it; not blank
   * @return the completed consultation, or the violations
   */
  public OperationResult<Consultation> complete(LocalDate on, String actor) {
    return Lifecycle.complete(this, on, actor);
  }

  @Value.Check
  Consultation normalize() {
    if (history().isEmpty()) {
      Invariants.require(
          status() == ConsultationStatus.REQUESTED,
          "Consultation.history",
          "must record how the status " + status().code() + " was reached");
    } else {
      Invariants.require(
          history().get(0).from().isEmpty(),
          "Consultation.history",
          "must start with the request");
      for (int i = 1; i < history().size(); i++) {
        HistoryEntry previous = history().get(i - 1);
        HistoryEntry entry = history().get(i);
        // Messages are built only on failure (Invariants.require would build them for every entry).
        if (!entry.from().equals(Optional.of(previous.to()))) {
          throw InvalidValueException.of(
              "Consultation.history", "entry " + i + " must start from " + previous.to().code());
        }
        if (entry.on().isBefore(previous.on())) {
          throw InvalidValueException.of(
              "Consultation.history", "entry " + i + " must not be dated before entry " + (i - 1));
        }
      }
      ConsultationStatus last = history().get(history().size() - 1).to();
      if (last != status()) {
        throw InvalidValueException.of(
            "Consultation.status",
            "must equal the last history entry's status " + last.code() + ", was " + status().code());
      }
    }
    String title = Invariants.requireLine(title(), "Consultation.title");
    return title.equals(title()) ? this : builder().from(this).title(title).build();
  }

  /** Builds a {@link Consultation}; {@link #build()} checks the invariants. */
  public static final class Builder extends ImmutableConsultation.Builder {
    Builder() {}
  }
}
