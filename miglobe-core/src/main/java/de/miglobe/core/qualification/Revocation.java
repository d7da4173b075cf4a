package de.miglobe.core.qualification;

import de.miglobe.core.internal.Invariants;
import java.time.LocalDate;
import org.immutables.value.Value;

/** The revocation of a certificate: when and why. */
@Value.Immutable
public abstract class Revocation {

  Revocation() {}

  /**
   * A revocation.
   *
   * @param on the day of revocation; not null
   * @param reason why; not blank
   * @return the revocation
   */
  public static Revocation of(LocalDate on, String reason) {
    return new Builder().on(on).reason(reason).build();
  }

  /** @return the day of revocation */
  public abstract LocalDate on();

  /** @return why the certificate was revoked */
  public abstract String reason();

  @Value.Check
  Revocation normalize() {
    String reason = Invariants.requireText(reason(), "Revocation.reason");
    return reason.equals(reason()) ? this : new Builder().from(this).reason(reason).build();
  }

  /** Builds a {@link Revocation}. */
  public static final class Builder extends ImmutableRevocation.Builder {
    Builder() {}
  }
}
