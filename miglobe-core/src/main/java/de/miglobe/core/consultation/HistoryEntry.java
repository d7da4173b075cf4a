package de.miglobe.core.consultation;

import de.miglobe.core.InvalidValueException;
import de.miglobe.core.internal.Invariants;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One change of a consultation's status: when, who, from which status (absent for the request
 * that opens the history), to which, and why.
 */
@Value.Immutable
public abstract class HistoryEntry {

  HistoryEntry() {}

  /** @return a builder for an entry */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the day of the change */
  public abstract LocalDate on();

  /** @return who made the change (a user name or role, as the caller records it) */
  public abstract String actor();

  /** @return the status before; absent for the initial request */
  public abstract Optional<ConsultationStatus> from();

  /** @return the status after */
  public abstract ConsultationStatus to();

  /** @return why, where the change needs a reason (decline, cancel) or the actor gave one */
  public abstract Optional<String> reason();

  @Value.Check
  void check() {
    Invariants.requireLine(actor(), "HistoryEntry.actor");
    reason().ifPresent(r -> Invariants.requireText(r, "HistoryEntry.reason"));
    boolean transition =
        from().isPresent() ? from().get().canChangeTo(to()) : to() == ConsultationStatus.REQUESTED;
    if (!transition) {
      // The message is built only on failure (Invariants.require would build it for every entry).
      throw InvalidValueException.of(
          "HistoryEntry.to",
          "must be a transition of the lifecycle, was "
              + from().map(ConsultationStatus::code).orElse("(none)")
              + " -> "
              + to().code());
    }
  }

  /** Builds a {@link HistoryEntry}. */
  public static final class Builder extends ImmutableHistoryEntry.Builder {
    Builder() {}
  }
}
