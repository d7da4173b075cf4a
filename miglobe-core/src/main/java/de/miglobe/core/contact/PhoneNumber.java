package de.miglobe.core.contact;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import de.miglobe.core.InvalidValueException;
import java.util.regex.Pattern;

/**
 * A phone or fax number: the notation the user typed, kept for display, and its E.164 form for
 * dialling and comparison ({@code "07 11/248 48 08-36"} is {@code +49711248480836}).
 *
 * <p>Numbers without a country prefix are read as German. Only the characters of German and
 * international notations are accepted (digits, {@code + ( ) / . -} and spaces; no letters, no
 * "Tel."). Parsing and the plausibility check (a valid number for its country: area code and
 * digit count, so a bare area code or a local number without one is rejected) use Google's
 * libphonenumber. Two numbers are equal when their E.164 forms are equal and they were
 * typed alike. {@code toString()} hides the number (it is personal data).
 */
public final class PhoneNumber {

  private static final PhoneNumberUtil PHONE_NUMBERS = PhoneNumberUtil.getInstance();
  private static final Pattern NOTATION = Pattern.compile("[0-9+()/. -]+");

  private final String typed;
  private final String e164;

  private PhoneNumber(String typed, String e164) {
    this.typed = typed;
    this.e164 = e164;
  }

  /**
   * Reads a number in German or international notation.
   *
   * @param typed the number as typed, for example {@code "07 11/248 48 08-36"} or {@code "+49 711
   *     2484808-36"}; not null
   * @return the number
   * @throws InvalidValueException if the text has other characters than a phone notation or is not
   *     a valid number for its country; the message does not repeat it
   */
  public static PhoneNumber of(String typed) {
    if (typed == null) {
      throw InvalidValueException.of("PhoneNumber", "must not be null");
    }
    if (typed.isBlank() || typed.length() > 40) {
      throw InvalidValueException.of("PhoneNumber", "must have 1 to 40 characters");
    }
    if (!NOTATION.matcher(typed.strip()).matches()) {
      throw InvalidValueException.of(
          "PhoneNumber", "must be a phone number in German or international notation");
    }
    try {
      Phonenumber.PhoneNumber parsed = PHONE_NUMBERS.parse(typed, "DE");
      // isPossibleNumber accepts "0711" (as +490711) and local numbers without an area code.
      if (!PHONE_NUMBERS.isValidNumber(parsed)) {
        throw InvalidValueException.of(
            "PhoneNumber",
            "must be a valid number for its country (check the area code and the digit count)");
      }
      return new PhoneNumber(
          typed.strip(), PHONE_NUMBERS.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164));
    } catch (NumberParseException e) {
      throw InvalidValueException.of(
          "PhoneNumber", "must be a phone number in German or international notation");
    }
  }

  /** @return the number as the user typed it (surrounding white space removed), for display */
  public String typed() {
    return typed;
  }

  /** @return the number in E.164 form, for example {@code "+49711248480836"} */
  public String e164() {
    return e164;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PhoneNumber
        && ((PhoneNumber) o).e164.equals(e164)
        && ((PhoneNumber) o).typed.equals(typed);
  }

  @Override
  public int hashCode() {
    return e164.hashCode();
  }

  /** @return {@code "PhoneNumber[***]"}: the number is personal data */
  @Override
  public String toString() {
    return "PhoneNumber[***]";
  }
}
