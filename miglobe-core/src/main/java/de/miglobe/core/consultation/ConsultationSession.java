package de.miglobe.core.consultation;

import de.miglobe.core.Hours;
import de.miglobe.core.InvalidValueException;
import de.miglobe.core.id.AdvisorId;
import de.miglobe.core.internal.Invariants;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/** A session (Termin, Sitzung): a dated piece of consulting work with its length, kind and advisors present. */
@Value.Immutable
public abstract class ConsultationSession {

  ConsultationSession() {}

  /** @return a builder for a session */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the day of the session */
  public abstract LocalDate date();

  /** @return the length in hours, more than zero and at most 24 */
  public abstract Hours duration();

  /** @return what kind of work was done */
  public abstract SessionKind kind();

  /** @return the advisors who were present; at least one */
  public abstract Set<AdvisorId> advisorsPresent();

  /** @return a short summary of the session */
  public abstract Optional<String> summary();

  @Value.Check
  void check() {
    if (duration().hundredths() <= 0 || duration().compareTo(Hours.of(24)) > 0) {
      // The message is built only on failure (Invariants.require would build it for every session).
      throw InvalidValueException.of(
          "ConsultationSession.duration", "must be more than 0 and at most 24 hours, was " + duration());
    }
    Invariants.require(
        !advisorsPresent().isEmpty(),
        "ConsultationSession.advisorsPresent",
        "must name at least one advisor");
    summary().ifPresent(s -> Invariants.requireText(s, "ConsultationSession.summary"));
  }

  /** Builds a {@link ConsultationSession}. */
  public static final class Builder extends ImmutableConsultationSession.Builder {
    Builder() {}
  }
}
