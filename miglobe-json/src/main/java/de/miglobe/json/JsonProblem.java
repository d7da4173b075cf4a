package de.miglobe.json;

import java.util.Objects;

/**
 * One problem found in a JSON document: where (an RFC 6901 JSON Pointer into the document), what
 * kind ({@link ProblemCode}) and a message in English for developers.
 *
 * <p>Messages never repeat the offending value when it could be personal data; they state the rule
 * ("must have 8 digits (or 5 for a Landkreis), was 7").
 */
public final class JsonProblem {
  private final String pointer;
  private final ProblemCode code;
  private final String message;

  private JsonProblem(String pointer, ProblemCode code, String message) {
    this.pointer = pointer;
    this.code = code;
    this.message = message;
  }

  /**
   * A problem.
   *
   * @param pointer the RFC 6901 JSON Pointer of the value concerned, {@code ""} for the whole
   *     document; not null
   * @param code what kind of problem; not null
   * @param message what is wrong, in English; not null
   * @return the problem
   */
  public static JsonProblem of(String pointer, ProblemCode code, String message) {
    return new JsonProblem(
        Objects.requireNonNull(pointer, "pointer"),
        Objects.requireNonNull(code, "code"),
        Objects.requireNonNull(message, "message"));
  }

  /** @return the RFC 6901 JSON Pointer of the value concerned; {@code ""} is the whole document */
  public String pointer() {
    return pointer;
  }

  /** @return the kind of problem */
  public ProblemCode code() {
    return code;
  }

  /** @return what is wrong, in English, without personal data */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonProblem
        && ((JsonProblem) o).pointer.equals(pointer)
        && ((JsonProblem) o).code == code
        && ((JsonProblem) o).message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pointer, code, message);
  }

  /** @return {@code pointer code: message}, for example {@code "/key invalid_value: must ..."} */
  @Override
  public String toString() {
    return (pointer.isEmpty() ? "(document)" : pointer) + " " + code.code() + ": " + message;
  }
}
