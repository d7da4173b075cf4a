package de.miglobe.core.municipality;

import de.miglobe.core.InvalidValueException;
import java.util.Optional;

/**
 * The official municipality key (Amtlicher Gemeindeschlüssel, AGS): eight digits, made of the
 * federal state (2), the Regierungsbezirk (1), the Kreis (2) and the Gemeinde (3). A Landkreis is
 * identified by its first five digits alone.
 *
 * <p>Salach is {@code 08117042}: 08 Baden-Württemberg, 1 Regierungsbezirk Stuttgart, 17 Landkreis
 * Göppingen, 042 Salach. {@code toString()} gives the digits, which {@link #of(String)} reads back.
 */
public final class MunicipalityKey {

  private final String digits;

  private MunicipalityKey(String digits) {
    this.digits = digits;
  }

  /**
   * Reads a key.
   *
   * @param digits eight digits (a municipality) or five (a Landkreis); the first two must be 01 to
   *     16; not null
   * @return the key
   * @throws InvalidValueException if the length, the characters or the state prefix are wrong
   */
  public static MunicipalityKey of(String digits) {
    if (digits == null) {
      throw InvalidValueException.of("MunicipalityKey", "must not be null");
    }
    if (digits.length() != 8 && digits.length() != 5) {
      throw InvalidValueException.of(
          "MunicipalityKey",
          "must have 8 digits (or 5 for a Landkreis), was " + digits.length());
    }
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
        throw InvalidValueException.of("MunicipalityKey", "must contain only digits 0-9");
      }
    }
    String prefix = digits.substring(0, 2);
    if (prefix.compareTo("01") < 0 || prefix.compareTo("16") > 0) {
      // Reported against the key, not FederalState, so the caller sees which value was wrong.
      throw InvalidValueException.of(
          "MunicipalityKey", "must start with a federal state's digits 01 to 16, was " + prefix);
    }
    return new MunicipalityKey(digits);
  }

  /** @return the key's digits, 8 or 5 */
  public String digits() {
    return digits;
  }

  /** @return true if this is the five-digit key of a Landkreis */
  public boolean isDistrictKey() {
    return digits.length() == 5;
  }

  /** @return the federal state the key lies in */
  public FederalState federalState() {
    return FederalState.ofKeyPrefix(digits.substring(0, 2));
  }

  /** @return the two digits of the federal state (Land), for example {@code "08"} */
  public String stateDigits() {
    return digits.substring(0, 2);
  }

  /** @return the digit of the Regierungsbezirk (0 where a state has none), for example {@code "1"} */
  public String regionDigit() {
    return digits.substring(2, 3);
  }

  /** @return the two digits of the Kreis within the Regierungsbezirk, for example {@code "17"} */
  public String districtDigits() {
    return digits.substring(3, 5);
  }

  /** @return the three digits of the Gemeinde within the Kreis; empty for a Landkreis key */
  public Optional<String> municipalityDigits() {
    return isDistrictKey() ? Optional.empty() : Optional.of(digits.substring(5, 8));
  }

  /** @return the five-digit key of the Kreis this key lies in (itself for a Landkreis key) */
  public MunicipalityKey districtKey() {
    return isDistrictKey() ? this : new MunicipalityKey(digits.substring(0, 5));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MunicipalityKey && ((MunicipalityKey) o).digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /** @return the digits */
  @Override
  public String toString() {
    return digits;
  }
}
