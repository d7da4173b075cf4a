package de.miglobe.core.id;

/** Identifies a consultation (Beratungseinsatz) with one municipality. */
public final class ConsultationId extends Identifier {

  private ConsultationId(String value) {
    super("ConsultationId", value);
  }

  /**
   * The identifier with this value.
   *
   * @param value 1 to 64 characters from {@code [A-Za-z0-9._-]}; not null
   * @return the identifier
   * @throws de.miglobe.core.InvalidValueException if the value is not of that form
   */
  public static ConsultationId of(String value) {
    return new ConsultationId(value);
  }

  /** @return a fresh identifier with a random (UUID) value */
  public static ConsultationId random() {
    return new ConsultationId(randomValue());
  }
}
