package de.miglobe.json;

/**
 * Options of {@link MiGlobeJson}, each with a documented default.
 *
 * <p>{@link #REDACT_PERSONAL_DATA} is also the attribute key that switches redaction on for a
 * Jackson {@code ObjectWriter} of your own: {@code writer.withAttribute(REDACT_PERSONAL_DATA,
 * true)}.
 */
public enum MiGlobeJsonOption {
  /**
   * Skip properties the format does not define instead of reporting {@code unknown_property}.
   * Default: off (strict). Turn it on to read documents of a newer minor format version.
   */
  ALLOW_UNKNOWN_PROPERTIES(false),
  /**
   * Write the redacted form for exports and public views: no e-mail, phone, fax or address, no
   * sensitive advisor attributes, no names or profiles without consent, no testimonials without
   * consent. Redacted documents cannot be read back. Default: off.
   */
  REDACT_PERSONAL_DATA(false),
  /**
   * Write indented text (two spaces, {@code "name": value}, LF line ends, a final LF), the form of
   * the golden files. Default: on. Off writes compact text without a final line end.
   */
  PRETTY_PRINT(true);

  private final boolean enabledByDefault;

  MiGlobeJsonOption(boolean enabledByDefault) {
    this.enabledByDefault = enabledByDefault;
  }

  /** @return true if the option is on unless switched off */
  public boolean isEnabledByDefault() {
    return enabledByDefault;
  }
}
