package de.miglobe.core;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A language as an ISO 639 code: the two-letter ISO 639-1 code where one exists ({@code "mn"}
 * Mongolian, {@code "ar"} Arabic), else a three-letter ISO 639-2/3 code ({@code "tzm"}).
 *
 * <p>Codes are lower case; {@code toString()} gives the code, which {@link #of(String)} reads back.
 */
public final class LanguageCode {

  private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());
  private static final Pattern THREE_LETTERS = Pattern.compile("[a-z]{3}");

  private final String code;

  private LanguageCode(String code) {
    this.code = code;
  }

  /**
   * A language by its code.
   *
   * @param code an ISO 639-1 code, or an ISO 639-2/3 code of three lower-case letters; not null
   * @return the language
   * @throws InvalidValueException if the code is not of that form
   */
  public static LanguageCode of(String code) {
    if (code == null) {
      throw InvalidValueException.of("LanguageCode", "must not be null");
    }
    if (!ISO_639_1.contains(code) && !THREE_LETTERS.matcher(code).matches()) {
      throw InvalidValueException.of(
          "LanguageCode",
          "must be an ISO 639-1 code or three lower-case letters (ISO 639-2/3), was '"
              + code
              + "'");
    }
    return new LanguageCode(code);
  }

  /** @return the ISO 639 code */
  public String code() {
    return code;
  }

  /**
   * The language's name in the given language, as the JDK knows it.
   *
   * @param inLanguage the language of the name; not null
   * @return the name, for example {@code "Mongolisch"}; the code where the JDK knows no name
   */
  public String displayName(Locale inLanguage) {
    return Locale.forLanguageTag(code).getDisplayLanguage(inLanguage);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LanguageCode && ((LanguageCode) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** @return the ISO 639 code */
  @Override
  public String toString() {
    return code;
  }
}
