package de.miglobe.core.organisation;

import de.miglobe.core.Labelled;

/** What kind of actor an organisation is in the programme's network. */
public enum OrganisationKind implements Labelled {
  /** Migrantische (Selbst-)Organisation. */
  MIGRANT_ORGANISATION("migrant_organisation"),
  /** Verein. */
  ASSOCIATION("association"),
  /** Initiative. */
  INITIATIVE("initiative"),
  /** Kommunaler Arbeitskreis, for example the one that runs a festival. */
  MUNICIPAL_WORKING_GROUP("municipal_working_group"),
  /** Träger or Projektpartner, for example Forum der Kulturen Stuttgart e. V. */
  PROGRAMME_PARTNER("programme_partner"),
  /** Förderer, for example SKEW. */
  FUNDER("funder");

  private final String code;

  OrganisationKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
