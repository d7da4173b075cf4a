package de.miglobe.core.id;

/** Identifies a qualification phase (Qualifizierungsphase), one cohort's training. */
public final class QualificationPhaseId extends Identifier {

  private QualificationPhaseId(String value) {
    super("QualificationPhaseId", value);
  }

  /**
   * The identifier with this value.
   *
   * @param value 1 to 64 characters from {@code [A-Za-z0-9._-]}; not null
   * @return the identifier
   * @throws de.miglobe.core.InvalidValueException if the value is not of that form
   */
  public static QualificationPhaseId of(String value) {
    return new QualificationPhaseId(value);
  }

  /** @return a fresh identifier with a random (UUID) value */
  public static QualificationPhaseId random() {
    return new QualificationPhaseId(randomValue());
  }
}
