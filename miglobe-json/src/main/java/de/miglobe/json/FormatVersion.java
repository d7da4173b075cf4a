package de.miglobe.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import de.miglobe.json.codec.ReadContext;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The version of the wire format that every top-level document carries in {@value #PROPERTY}.
 *
 * <p>Versions are {@code major.minor}. This library writes {@value #CURRENT} and reads every
 * {@code 1.x}: a minor version only adds optional properties or codes, which a reader of an older
 * minor version rejects only in strict mode. A new major version is needed for anything else (see
 * {@code docs/json-format.md}, "Versioning").
 */
public final class FormatVersion {
  /** The name of the property that carries the version. */
  public static final String PROPERTY = "formatVersion";

  /** The version this library writes. */
  public static final String CURRENT = "1.0";

  /** The major version this library reads. */
  public static final int MAJOR = 1;

  private static final Pattern FORM = Pattern.compile("(0|[1-9][0-9]{0,3})\\.(0|[1-9][0-9]{0,3})");

  private FormatVersion() {}

  /**
   * Checks the version on which the parser stands; records a problem if it is not readable.
   *
   * @param p the parser, on the version's value
   * @param r where problems are recorded
   * @param seenBefore true if the object had a version already (a duplicate)
   * @return true if the version is readable
   * @throws IOException if the parser fails
   */
  public static boolean check(JsonParser p, ReadContext r, boolean seenBefore) throws IOException {
    if (seenBefore) {
      return r.problem(p, ProblemCode.DUPLICATE_PROPERTY, "must appear only once") != null;
    }
    if (p.currentToken() != JsonToken.VALUE_STRING || !FORM.matcher(p.getText()).matches()) {
      return r.problem(
          p, ProblemCode.UNSUPPORTED_FORMAT_VERSION, "must be a string major.minor such as \"" + CURRENT + "\"") != null;
    }
    String text = p.getText();
    if (Integer.parseInt(text.substring(0, text.indexOf('.'))) != MAJOR) {
      return r.problem(
          p, ProblemCode.UNSUPPORTED_FORMAT_VERSION, "must have major version " + MAJOR + " (1.x)") != null;
    }
    return true;
  }
}
