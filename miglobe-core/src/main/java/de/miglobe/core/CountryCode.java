package de.miglobe.core;

import java.util.Locale;
import java.util.Set;

/**
 * A country as an ISO 3166-1 alpha-2 code ({@code "MN"} Mongolia, {@code "TG"} Togo): a partner
 * municipality's country, or an advisor's country of origin or experience.
 *
 * <p>Codes are upper case; {@code toString()} gives the code, which {@link #of(String)} reads back.
 */
public final class CountryCode {

  private static final Set<String> ISO_3166_1 = Set.of(Locale.getISOCountries());

  private final String code;

  private CountryCode(String code) {
    this.code = code;
  }

  /**
   * A country by its code.
   *
   * @param code an assigned ISO 3166-1 alpha-2 code in upper case; not null
   * @return the country
   * @throws InvalidValueException if the code is not an assigned alpha-2 code
   */
  public static CountryCode of(String code) {
    if (code == null) {
      throw InvalidValueException.of("CountryCode", "must not be null");
    }
    if (!ISO_3166_1.contains(code)) {
      // The value is not repeated: a country of origin is a sensitive attribute (GDPR Art. 9).
      throw InvalidValueException.of(
          "CountryCode",
          "must be an assigned ISO 3166-1 alpha-2 code in upper case such as DE, had "
              + code.length()
              + " characters");
    }
    return new CountryCode(code);
  }

  /** @return the ISO 3166-1 alpha-2 code */
  public String code() {
    return code;
  }

  /**
   * The country's name in the given language, as the JDK knows it.
   *
   * @param inLanguage the language of the name; not null
   * @return the name, for example {@code "Mongolei"}
   */
  public String displayName(Locale inLanguage) {
    return new Locale("", code).getDisplayCountry(inLanguage);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CountryCode && ((CountryCode) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** @return the ISO 3166-1 alpha-2 code */
  @Override
  public String toString() {
    return code;
  }
}
