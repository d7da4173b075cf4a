package de.miglobe.core.consultation;

import de.miglobe.core.DateRange;
import de.miglobe.core.Hours;
import de.miglobe.core.contact.ContactPerson;
import de.miglobe.core.id.AdvisorId;
import de.miglobe.core.id.ConsultationId;
import de.miglobe.core.id.MunicipalityId;
import de.miglobe.core.id.OrganisationId;
import de.miglobe.core.internal.Invariants;
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
        Invariants.require(
            entry.from().equals(Optional.of(previous.to())),
            "Consultation.history",
            "entry " + i + " must start from " + previous.to().code());
        Invariants.require(
            !entry.on().isBefore(previous.on()),
            "Consultation.history",
            "entry " + i + " must not be dated before entry " + (i - 1));
      }
      Invariants.require(
          history().get(history().size() - 1).to() == status(),
          "Consultation.status",
          "must equal the last history entry's status "
              + history().get(history().size() - 1).to().code()
              + ", was "
              + status().code());
    }
    String title = Invariants.requireLine(title(), "Consultation.title");
    return title.equals(title()) ? this : builder().from(this).title(title).build();
  }

  /** Builds a {@link Consultation}; {@link #build()} checks the invariants. */
  public static final class Builder extends ImmutableConsultation.Builder {
    Builder() {}
  }
}
