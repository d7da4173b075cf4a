package de.miglobe.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Test support: asserts that building a value fails with an exact {@link InvalidValueException}. */
public final class InvalidValueAssert {
  private InvalidValueAssert() {}

  /**
   * Runs the code and asserts it throws {@link InvalidValueException} with exactly this attribute
   * and reason, and the message {@code attribute + " " + reason}.
   *
   * @param code the code that must fail
   * @param attribute the expected {@link InvalidValueException#attribute()}
   * @param reason the expected {@link InvalidValueException#reason()}
   * @return the exception, for further assertions
   */
  public static InvalidValueException assertInvalid(
      ThrowingCallable code, String attribute, String reason) {
    Throwable thrown = catchThrowable(code);
    assertThat(thrown).isInstanceOf(InvalidValueException.class);
    InvalidValueException e = (InvalidValueException) thrown;
    assertThat(e.attribute()).as("attribute").isEqualTo(attribute);
    assertThat(e.reason()).as("reason").isEqualTo(reason);
    assertThat(e).hasMessage(attribute + " " + reason);
    return e;
  }
}
