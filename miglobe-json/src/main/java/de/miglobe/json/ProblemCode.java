package de.miglobe.json;

/**
 * The stable code of a problem found while reading a JSON document. The {@linkplain #code() code}
 * is part of the contract (it appears in problem details and UIs may branch on it); it does not
 * change when the Java name changes.
 */
public enum ProblemCode {
  /** The text is not well-formed JSON (a missing brace, a stray comma, an unquoted name). */
  SYNTAX_ERROR("syntax_error", true),
  /** A hardening limit was exceeded: nesting depth, string length, number length or size. */
  LIMIT_EXCEEDED("limit_exceeded", true),
  /** More content follows the document's closing brace. */
  TRAILING_CONTENT("trailing_content", true),
  /** A value has the wrong JSON type (a number where a string belongs, an object for an array). */
  WRONG_TYPE("wrong_type", false),
  /** A property is {@code null}; absent values are left out instead. */
  NULL_VALUE("null_value", false),
  /** A required property is missing. */
  MISSING_PROPERTY("missing_property", false),
  /** A property that the format does not define (rejected unless unknown properties are allowed). */
  UNKNOWN_PROPERTY("unknown_property", false),
  /** A property appears twice in the same object. */
  DUPLICATE_PROPERTY("duplicate_property", false),
  /** An element appears twice in an array that stands for a set. */
  DUPLICATE_ELEMENT("duplicate_element", false),
  /** A code that the closed list (enum) does not have. */
  UNKNOWN_CODE("unknown_code", false),
  /** A value that violates an invariant of the model (a key of 7 digits, an end before a start). */
  INVALID_VALUE("invalid_value", false),
  /** The {@code formatVersion} is missing at the root, malformed, or of a major version not read. */
  UNSUPPORTED_FORMAT_VERSION("unsupported_format_version", false),
  /** A redacted document (a display form with personal data left out) cannot be read back. */
  REDACTED_INPUT("redacted_input", false);

  private final String code;
  private final boolean fatal;

  ProblemCode(String code, boolean fatal) {
    this.code = code;
    this.fatal = fatal;
  }

  /**
   * The stable code, in lower snake case, as it appears on the wire.
   *
   * @return the code, for example {@code "missing_property"}; never null
   */
  public String code() {
    return code;
  }

  /**
   * Whether reading stops at this problem: after a syntax error, an exceeded limit or trailing
   * content the rest of the text cannot be trusted, so no further problems are collected.
   *
   * @return true if reading stops here
   */
  public boolean isFatal() {
    return fatal;
  }
}
