package de.miglobe.core.id;

import de.miglobe.core.InvalidValueException;
import java.util.UUID;

/**
 * Base of the identifier types: an opaque, case-sensitive string of 1 to 64 characters from
 * {@code [A-Za-z0-9._-]}.
 *
 * <p>Each aggregate has its own final subtype, so an {@link AdvisorId} can never be passed where a
 * {@link ConsultationId} is expected. Two identifiers are equal when they are of the same type and
 * have the same value; {@code toString()} gives the value exactly.
 */
public abstract class Identifier implements Comparable<Identifier> {

  private final String value;

  /**
   * Validates and keeps the value.
   *
   * @param type the simple name of the subtype, for messages
   * @param value the value
   * @throws InvalidValueException if the value is null or not of the identifier form
   */
  Identifier(String type, String value) {
    if (value == null) {
      throw InvalidValueException.of(type, "must not be null");
    }
    if (!hasForm(value)) {
      throw InvalidValueException.of(
          type,
          value.isEmpty() || value.length() > 64
              ? "must have 1 to 64 characters, had " + value.length()
              : "must contain only A-Z, a-z, 0-9, '.', '_' and '-'");
    }
    this.value = value;
  }

  /** The form {@code [A-Za-z0-9._-]{1,64}}, checked without a regular expression (a hot path of reading). */
  private static boolean hasForm(String value) {
    int length = value.length();
    if (length < 1 || length > 64) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (!((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '.'
          || c == '_'
          || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** @return a fresh random value (a UUID), for the {@code random()} factories */
  static String randomValue() {
    return UUID.randomUUID().toString();
  }

  /** @return the identifier's value, exactly as given */
  public final String value() {
    return value;
  }

  /**
   * Orders identifiers of one type by value (code-point order); identifiers of different types by
   * type name first.
   */
  @Override
  public final int compareTo(Identifier other) {
    int byType = getClass().getName().compareTo(other.getClass().getName());
    return byType != 0 ? byType : value.compareTo(other.value);
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((Identifier) o).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode() * 31 + getClass().getSimpleName().hashCode();
  }

  /** @return the value, exactly as given */
  @Override
  public final String toString() {
    return value;
  }
}
