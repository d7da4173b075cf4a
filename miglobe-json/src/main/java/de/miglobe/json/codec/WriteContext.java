package de.miglobe.json.codec;

/** The options of one write: whether personal data is redacted. */
public final class WriteContext {
  /** Writes everything. */
  public static final WriteContext FULL = new WriteContext(false);
  /** Leaves out personal data (see {@code docs/json-format.md}, section "Redacted form"). */
  public static final WriteContext REDACTED = new WriteContext(true);

  private final boolean redacted;

  private WriteContext(boolean redacted) {
    this.redacted = redacted;
  }

  /** @return true if personal data is left out */
  public boolean redacted() {
    return redacted;
  }
}
