package de.miglobe.core.id;

/** Identifies a programme event such as a stakeholder meeting or a certificate ceremony. */
public final class ProgrammeEventId extends Identifier {

  private ProgrammeEventId(String value) {
    super("ProgrammeEventId", value);
  }

  /**
   * The identifier with this value.
   *
   * @param value 1 to 64 characters from {@code [A-Za-z0-9._-]}; not null
   * @return the identifier
   * @throws de.miglobe.core.InvalidValueException if the value is not of that form
   */
  public static ProgrammeEventId of(String value) {
    return new ProgrammeEventId(value);
  }

  /** @return a fresh identifier with a random (UUID) value */
  public static ProgrammeEventId random() {
    return new ProgrammeEventId(randomValue());
  }
}
