package de.miglobe.core.advisor;

import de.miglobe.core.internal.Invariants;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an advisor agreed to: at most one {@link Consent} per {@link ConsentScope}, each with the
 * day it was given and, if withdrawn, the day of withdrawal.
 */
@Value.Immutable
public abstract class ConsentRecord {

  private static final ConsentRecord NONE = new Builder().build();

  ConsentRecord() {}

  /** @return a builder for a consent record */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a record in which nothing is consented to */
  public static ConsentRecord none() {
    return NONE;
  }

  /** @return the consents, at most one per scope */
  public abstract List<Consent> consents();

  /**
   * The consent for a scope, if one was ever given.
   *
   * @param scope the scope; not null
   * @return the consent
   */
  public Optional<Consent> consent(ConsentScope scope) {
    return consents().stream().filter(c -> c.scope() == scope).findFirst();
  }

  /**
   * Whether a scope is consented to and the consent not withdrawn (at any date).
   *
   * @param scope the scope; not null
   * @return true if given and never withdrawn
   */
  public boolean isGranted(ConsentScope scope) {
    return consent(scope).map(c -> c.withdrawnOn().isEmpty()).orElse(false);
  }

  @Value.Check
  void check() {
    Invariants.requireUnique(consents(), Consent::scope, "ConsentRecord.consents");
  }

  /** Builds a {@link ConsentRecord}. */
  public static final class Builder extends ImmutableConsentRecord.Builder {
    Builder() {}
  }
}
