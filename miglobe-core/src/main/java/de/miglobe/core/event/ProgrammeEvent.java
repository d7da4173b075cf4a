package de.miglobe.core.event;

import de.miglobe.core.id.AdvisorId;
import de.miglobe.core.id.CertificateId;
import de.miglobe.core.id.ProgrammeEventId;
import de.miglobe.core.internal.Invariants;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A programme event: a stakeholder meeting such as the one at Literaturhaus Stuttgart on
 * 2018-09-28, a certificate ceremony, an advisor exchange, a talk or a seminar. Advisors can host
 * it; certificates can be handed over at it.
 */
@Value.Immutable
public abstract class ProgrammeEvent {

  ProgrammeEvent() {}

  /** @return a builder for an event */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the identifier within the programme's data */
  public abstract ProgrammeEventId id();

  /** @return what kind of event */
  public abstract ProgrammeEventKind kind();

  /** @return the title, for example {@code "Zweites MiGlobe-Stakeholder-Treffen"} */
  public abstract String title();

  /** @return the day of the event */
  public abstract LocalDate date();

  /** @return the venue, for example {@code "Literaturhaus Stuttgart"} */
  public abstract Optional<String> venue();

  /** @return the advisors who host it */
  public abstract Set<AdvisorId> hosts();

  /** @return the agenda, in order */
  public abstract List<AgendaItem> agenda();

  /** @return the certificates handed over at the event */
  public abstract Set<CertificateId> certificatesHandedOver();

  /** @return what came out of it, for example {@code "Ideen für die Weiterentwicklung gesammelt"} */
  public abstract List<String> outcomes();

  @Value.Check
  ProgrammeEvent normalize() {
    outcomes().forEach(o -> Invariants.requireText(o, "ProgrammeEvent.outcomes"));
    Optional<String> venue = venue().map(v -> Invariants.requireLine(v, "ProgrammeEvent.venue"));
    String title = Invariants.requireLine(title(), "ProgrammeEvent.title");
    if (title.equals(title()) && venue.equals(venue())) {
      return this;
    }
    return builder().from(this).title(title).venue(venue).build();
  }

  /** Builds a {@link ProgrammeEvent}. */
  public static final class Builder extends ImmutableProgrammeEvent.Builder {
    Builder() {}
  }
}
