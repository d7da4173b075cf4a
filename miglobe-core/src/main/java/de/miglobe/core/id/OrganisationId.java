package de.miglobe.core.id;

/** Identifies an organisation: a migrant organisation, association, initiative, partner or funder. */
public final class OrganisationId extends Identifier {

  private OrganisationId(String value) {
    super("OrganisationId", value);
  }

  /**
   * The identifier with this value.
   *
   * @param value 1 to 64 characters from {@code [A-Za-z0-9._-]}; not null
   * @return the identifier
   * @throws de.miglobe.core.InvalidValueException if the value is not of that form
   */
  public static OrganisationId of(String value) {
    return new OrganisationId(value);
  }

  /** @return a fresh identifier with a random (UUID) value */
  public static OrganisationId random() {
    return new OrganisationId(randomValue());
  }
}
