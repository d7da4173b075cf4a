package de.miglobe.core.internal;

import de.miglobe.core.InvalidValueException;
import de.miglobe.core.Labelled;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * The checks that value types run on themselves, so that every message has the same form:
 * {@code Type.attribute reason}. Not part of the public API.
 */
public final class Invariants {

  private Invariants() {}

  /**
   * Fails unless the condition holds.
   *
   * @param condition what must hold
   * @param attribute {@code Type.attribute}
   * @param reason the reason, starting with a verb
   */
  public static void require(boolean condition, String attribute, String reason) {
    if (!condition) {
      throw InvalidValueException.of(attribute, reason);
    }
  }

  /**
   * Requires text that is not blank (white space, no-break spaces and invisible format characters
   * such as U+200B only) and has no control characters other than line breaks and tabs; returns it
   * stripped of surrounding white space and no-break spaces.
   *
   * @param text the text
   * @param attribute {@code Type.attribute}
   * @return the stripped text
   */
  public static String requireText(String text, String attribute) {
    require(text != null, attribute, "must not be null");
    String stripped = stripSpace(text);
    // A value of invisible characters only (no-break spaces, zero-width spaces) is blank too.
    require(!isFormatOnly(stripped), attribute, "must not be blank");
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      require(
          !Character.isISOControl(c) || c == '\n' || c == '\t',
          attribute,
          "must not contain control characters");
    }
    return stripped;
  }

  /** True if every code point is an invisible format character (true for ""); a loop, no stream. */
  private static boolean isFormatOnly(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.getType(c) != Character.FORMAT) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /**
   * Strips surrounding white space, including the no-break spaces that {@link String#strip()}
   * keeps (U+00A0, U+2007, U+202F), so that a name pasted from a document equals the typed one.
   */
  private static String stripSpace(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * Requires a single line of text: like {@link #requireText} and without line breaks or tabs.
   *
   * @param text the text
   * @param attribute {@code Type.attribute}
   * @return the stripped text
   */
  public static String requireLine(String text, String attribute) {
    String stripped = requireText(text, attribute);
    require(
        stripped.indexOf('\n') < 0 && stripped.indexOf('\t') < 0,
        attribute,
        "must not contain control characters");
    return stripped;
  }

  /**
   * Requires {@code min <= value <= max}.
   *
   * @param value the value
   * @param min the smallest allowed
   * @param max the largest allowed
   * @param attribute {@code Type.attribute}
   */
  public static void requireBetween(long value, long min, long max, String attribute) {
    // Not require(...): its message would be built on every call, also when the value is fine.
    if (value < min || value > max) {
      throw InvalidValueException.of(attribute, "must be between " + min + " and " + max + ", was " + value);
    }
  }

  /**
   * Requires that no two elements share a key.
   *
   * @param elements the elements
   * @param key what must be unique
   * @param attribute {@code Type.attribute}
   * @param <T> element type
   * @param <K> key type
   */
  public static <T, K> void requireUnique(
      Collection<T> elements, Function<T, K> key, String attribute) {
    Set<K> seen = new HashSet<>();
    for (T element : elements) {
      K k = key.apply(element);
      if (!seen.add(k)) {
        // Closed lists are named by their stable code, as users see them in JSON and the UI.
        Object shown = k instanceof Labelled ? ((Labelled) k).code() : k;
        throw InvalidValueException.of(attribute, "must not contain " + shown + " twice");
      }
    }
  }
}
