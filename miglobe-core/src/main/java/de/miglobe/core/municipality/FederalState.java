package de.miglobe.core.municipality;

import de.miglobe.core.InvalidValueException;
import de.miglobe.core.Labelled;

/**
 * The 16 German federal states (Bundesländer), each with its ISO 3166-2 code and the two-digit
 * prefix it gives to every official municipality key (08 Baden-Württemberg, 05
 * Nordrhein-Westfalen).
 */
public enum FederalState implements Labelled {
  /** Schleswig-Holstein, key prefix 01. */
  SCHLESWIG_HOLSTEIN("DE-SH", "01"),
  /** Hamburg, key prefix 02. */
  HAMBURG("DE-HH", "02"),
  /** Niedersachsen, key prefix 03. */
  NIEDERSACHSEN("DE-NI", "03"),
  /** Bremen, key prefix 04. */
  BREMEN("DE-HB", "04"),
  /** Nordrhein-Westfalen, key prefix 05. */
  NORDRHEIN_WESTFALEN("DE-NW", "05"),
  /** Hessen, key prefix 06. */
  HESSEN("DE-HE", "06"),
  /** Rheinland-Pfalz, key prefix 07. */
  RHEINLAND_PFALZ("DE-RP", "07"),
  /** Baden-Württemberg, key prefix 08. */
  BADEN_WUERTTEMBERG("DE-BW", "08"),
  /** Bayern, key prefix 09. */
  BAYERN("DE-BY", "09"),
  /** Saarland, key prefix 10. */
  SAARLAND("DE-SL", "10"),
  /** Berlin, key prefix 11. */
  BERLIN("DE-BE", "11"),
  /** Brandenburg, key prefix 12. */
  BRANDENBURG("DE-BB", "12"),
  /** Mecklenburg-Vorpommern, key prefix 13. */
  MECKLENBURG_VORPOMMERN("DE-MV", "13"),
  /** Sachsen, key prefix 14. */
  SACHSEN("DE-SN", "14"),
  /** Sachsen-Anhalt, key prefix 15. */
  SACHSEN_ANHALT("DE-ST", "15"),
  /** Thüringen, key prefix 16. */
  THUERINGEN("DE-TH", "16");

  private final String code;
  private final String keyPrefix;

  FederalState(String code, String keyPrefix) {
    this.code = code;
    this.keyPrefix = keyPrefix;
  }

  /** @return the ISO 3166-2 code, for example {@code "DE-BW"} */
  @Override
  public String code() {
    return code;
  }

  /** @return the first two digits of every official municipality key in this state */
  public String keyPrefix() {
    return keyPrefix;
  }

  /**
   * The state whose keys start with the given two digits.
   *
   * @param keyPrefix {@code "01"} to {@code "16"}
   * @return the state
   * @throws InvalidValueException if no state has that prefix
   */
  public static FederalState ofKeyPrefix(String keyPrefix) {
    for (FederalState state : values()) {
      if (state.keyPrefix.equals(keyPrefix)) {
        return state;
      }
    }
    throw InvalidValueException.of(
        "FederalState", "key prefix must be 01 to 16, was '" + keyPrefix + "'");
  }
}
