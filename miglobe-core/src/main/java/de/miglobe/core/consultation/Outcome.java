package de.miglobe.core.consultation;

import de.miglobe.core.internal.Invariants;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * An outcome (Ergebnis) of a consultation: its kind, a description and the day it was recorded
 * ("migrant associations on board for the Fest der Nationen"; "racism taken up as a follow-up
 * topic").
 */
@Value.Immutable
public abstract class Outcome {

  Outcome() {}

  /**
   * An outcome.
   *
   * @param kind what kind of result; not null
   * @param description what was achieved; not blank
   * @param recordedOn the day it was recorded; not null
   * @return the outcome
   */
  public static Outcome of(OutcomeKind kind, String description, LocalDate recordedOn) {
    return new Builder().kind(kind).description(description).recordedOn(recordedOn).build();
  }

  /** @return what kind of result */
  public abstract OutcomeKind kind();

  /** @return what was achieved */
  public abstract String description();

  /** @return the day it was recorded */
  public abstract LocalDate recordedOn();

  @Value.Check
  void check() {
    Invariants.requireText(description(), "Outcome.description");
  }

  /** Builds an {@link Outcome}. */
  public static final class Builder extends ImmutableOutcome.Builder {
    Builder() {}
  }
}
