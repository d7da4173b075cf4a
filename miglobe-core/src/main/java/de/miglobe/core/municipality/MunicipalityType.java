package de.miglobe.core.municipality;

import de.miglobe.core.Labelled;

/**
 * The kind of local authority, as the official register distinguishes them. A {@link #LANDKREIS}
 * is keyed by the five digits of its district; every other type by the full eight digits.
 */
public enum MunicipalityType implements Labelled {
  /** Gemeinde: a municipality that belongs to a Landkreis (register code 64). */
  GEMEINDE("gemeinde"),
  /** Stadt: a town that belongs to a Landkreis (register code 63). */
  STADT("stadt"),
  /** Große Kreisstadt: a larger town with extra duties, inside a Landkreis (register code 67). */
  GROSSE_KREISSTADT("grosse_kreisstadt"),
  /** Stadtkreis or kreisfreie Stadt: a city that is its own district (register codes 61, 62). */
  STADTKREIS("stadtkreis"),
  /** Landkreis: a district of several municipalities (register codes 41 to 45). */
  LANDKREIS("landkreis");

  private final String code;

  MunicipalityType(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
