package de.miglobe.core.id;

/** Identifies an advisor (Berater*in) in the advisor pool. */
public final class AdvisorId extends Identifier {

  private AdvisorId(String value) {
    super("AdvisorId", value);
  }

  /**
   * The identifier with this value.
   *
   * @param value 1 to 64 characters from {@code [A-Za-z0-9._-]}; not null
   * @return the identifier
   * @throws de.miglobe.core.InvalidValueException if the value is not of that form
   */
  public static AdvisorId of(String value) {
    return new AdvisorId(value);
  }

  /** @return a fresh identifier with a random (UUID) value */
  public static AdvisorId random() {
    return new AdvisorId(randomValue());
  }
}
