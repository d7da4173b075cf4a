package de.miglobe.core;

/**
 * Root of the one unchecked exception family that the MiGlobe library throws.
 *
 * <p>Callers that want to handle every library failure in one place catch this type; callers that
 * branch on the cause catch a subtype: {@link InvalidValueException} for a value that cannot be
 * built, and the subtypes of the rules and JSON layers. Messages never contain contact details or
 * sensitive attributes, so they are safe to log.
 */
public class MiGlobeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message that states the rule and, where harmless, the value.
   *
   * @param message the message; not null
   */
  public MiGlobeException(String message) {
    super(message);
  }

  /**
   * Creates an exception that keeps the cause.
   *
   * @param message the message; not null
   * @param cause the underlying failure; may be null
   */
  public MiGlobeException(String message, Throwable cause) {
    super(message, cause);
  }
}
