package de.miglobe.core;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thrown when a value cannot be built because one of its own invariants does not hold: a missing
 * required attribute, a blank name, a municipality key of the wrong length.
 *
 * <p>The message names the attribute ({@code Type.attribute}) and the reason, for example
 * {@code "MunicipalityKey.value must have 8 digits (or 5 for a Landkreis), was 7"}. It never repeats
 * a contact detail or a sensitive attribute. {@link #attribute()} and {@link #reason()} give the
 * two parts separately, for error reports.
 *
 * <p>Rules that span several values (team size, certification, lifecycle) are not thrown; they are
 * evaluated into explained results by the rules layer.
 */
public final class InvalidValueException extends MiGlobeException {

  private static final long serialVersionUID = 1L;
  private static final Pattern MISSING =
      Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[(.*)]");
  private static final Pattern BARE_NAME = Pattern.compile("[A-Za-z_][\\w.]*");
  // The generated adders report a null element of a collection attribute as "name element".
  private static final Pattern NULL_ELEMENT = Pattern.compile("([A-Za-z_][\\w.]*) element");

  /** The attribute that failed, {@code Type.attribute}; part of the serialized form. */
  private final String attribute;

  /** Why it failed, starting with a verb; part of the serialized form. */
  private final String reason;

  private InvalidValueException(String attribute, String reason) {
    super(attribute + " " + reason);
    this.attribute = attribute;
    this.reason = reason;
  }

  /**
   * Used by the generated builders for a missing required attribute or a {@code null} argument;
   * the message is rewritten into the library's {@code attribute reason} form.
   *
   * @param generatedMessage the message of the generated code; not null
   */
  public InvalidValueException(String generatedMessage) {
    this(attributeOf(generatedMessage), reasonOf(generatedMessage));
  }

  /**
   * Creates the exception for one attribute.
   *
   * @param attribute the attribute, as {@code Type.attribute}; not null
   * @param reason why the value is invalid, starting with a verb ("must not be blank"); not null
   * @return the exception, ready to throw
   */
  public static InvalidValueException of(String attribute, String reason) {
    return new InvalidValueException(
        Objects.requireNonNull(attribute, "attribute"), Objects.requireNonNull(reason, "reason"));
  }

  /**
   * The attribute that is invalid, as {@code Type.attribute} (several are joined by commas when a
   * builder misses more than one).
   *
   * @return the attribute; never null
   */
  public String attribute() {
    return attribute;
  }

  /**
   * Why the attribute is invalid, for example {@code "must not be blank"}.
   *
   * @return the reason; never null
   */
  public String reason() {
    return reason;
  }

  private static String attributeOf(String message) {
    Matcher missing = MISSING.matcher(String.valueOf(message));
    if (missing.matches()) {
      String type = missing.group(1);
      StringBuilder names = new StringBuilder();
      for (String name : missing.group(2).split(",\\s*")) {
        names.append(names.length() == 0 ? "" : ", ").append(type).append('.').append(name);
      }
      return names.toString();
    }
    Matcher element = NULL_ELEMENT.matcher(String.valueOf(message));
    if (element.matches()) {
      return element.group(1);
    }
    return BARE_NAME.matcher(String.valueOf(message)).matches() ? message : "value";
  }

  private static String reasonOf(String message) {
    if (MISSING.matcher(String.valueOf(message)).matches()) {
      return "is required but was not set";
    }
    if (NULL_ELEMENT.matcher(String.valueOf(message)).matches()) {
      return "must not contain null";
    }
    return BARE_NAME.matcher(String.valueOf(message)).matches()
        ? "must not be null"
        : String.valueOf(message);
  }
}
