package de.miglobe.core.id;

/** Identifies a municipality (Kommune) known to the programme. */
public final class MunicipalityId extends Identifier {

  private MunicipalityId(String value) {
    super("MunicipalityId", value);
  }

  /**
   * The identifier with this value.
   *
   * @param value 1 to 64 characters from {@code [A-Za-z0-9._-]}; not null
   * @return the identifier
   * @throws de.miglobe.core.InvalidValueException if the value is not of that form
   */
  public static MunicipalityId of(String value) {
    return new MunicipalityId(value);
  }

  /** @return a fresh identifier with a random (UUID) value */
  public static MunicipalityId random() {
    return new MunicipalityId(randomValue());
  }
}
