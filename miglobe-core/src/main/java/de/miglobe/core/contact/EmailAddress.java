package de.miglobe.core.contact;

import de.miglobe.core.InvalidValueException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address, syntax-checked, with its domain in lower case and its local part kept as
 * given ({@code Tirza.Emmering@Forum-der-Kulturen.de} becomes {@code
 * Tirza.Emmering@forum-der-kulturen.de}).
 *
 * <p>The syntax accepted is the common "dot-atom" form of RFC 5322 with an ASCII domain of at least
 * two labels; quoted local parts and address literals are rejected. {@code toString()} hides the
 * address (it is personal data); {@link #value()} gives it.
 */
public final class EmailAddress {

  private static final Pattern LOCAL =
      Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
  private static final Pattern DOMAIN =
      Pattern.compile(
          "([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]([A-Za-z0-9-]{0,61}[A-Za-z0-9])");

  private final String value;

  private EmailAddress(String value) {
    this.value = value;
  }

  /**
   * Checks and normalises an address.
   *
   * @param address the address as typed, without surrounding white space; not null
   * @return the address with its domain in lower case
   * @throws InvalidValueException if the address is not of the form {@code local@domain.tld}; the
   *     message does not repeat the address
   */
  public static EmailAddress of(String address) {
    if (address == null) {
      throw InvalidValueException.of("EmailAddress", "must not be null");
    }
    int at = address.lastIndexOf('@');
    if (address.length() > 254
        || at <= 0
        || at > 64
        || !LOCAL.matcher(address.substring(0, at)).matches()
        || !DOMAIN.matcher(address.substring(at + 1)).matches()) {
      throw InvalidValueException.of(
          "EmailAddress", "must have the form local-part@domain.tld (at most 254 characters)");
    }
    return new EmailAddress(
        address.substring(0, at + 1) + address.substring(at + 1).toLowerCase(Locale.ROOT));
  }

  /** @return the normalised address, for sending mail */
  public String value() {
    return value;
  }

  /** @return the domain part, in lower case */
  public String domain() {
    return value.substring(value.lastIndexOf('@') + 1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EmailAddress && ((EmailAddress) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** @return {@code "EmailAddress[***]"}: the address is personal data */
  @Override
  public String toString() {
    return "EmailAddress[***]";
  }
}
