package de.miglobe.core.advisor;

import de.miglobe.core.internal.Invariants;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** One consent an advisor gave: its scope, when it was given and, if so, when it was withdrawn. */
@Value.Immutable
public abstract class Consent {

  Consent() {}

  /**
   * A consent given and not withdrawn.
   *
   * @param scope what is consented to; not null
   * @param givenOn the day it was given; not null
   * @return the consent
   */
  public static Consent given(ConsentScope scope, LocalDate givenOn) {
    return new Builder().scope(scope).givenOn(givenOn).build();
  }

  /** @return a builder for a consent */
  public static Builder builder() {
    return new Builder();
  }

  /** @return what is consented to */
  public abstract ConsentScope scope();

  /** @return the day the consent was given */
  public abstract LocalDate givenOn();

  /** @return the day it was withdrawn; not before {@link #givenOn()} */
  public abstract Optional<LocalDate> withdrawnOn();

  /**
   * Whether the consent is in force on a day: given on or before it and not withdrawn on or before
   * it.
   *
   * @param day the day; not null
   * @return true if in force
   */
  public boolean isInForceOn(LocalDate day) {
    return !givenOn().isAfter(day) && withdrawnOn().map(w -> w.isAfter(day)).orElse(true);
  }

  @Value.Check
  void check() {
    withdrawnOn()
        .ifPresent(
            w ->
                Invariants.require(
                    !w.isBefore(givenOn()),
                    "Consent.withdrawnOn",
                    "must not be before givenOn " + givenOn() + ", was " + w));
  }

  /** Builds a {@link Consent}. */
  public static final class Builder extends ImmutableConsent.Builder {
    Builder() {}
  }
}
