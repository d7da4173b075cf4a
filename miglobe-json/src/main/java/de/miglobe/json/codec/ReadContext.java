package de.miglobe.json.codec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import de.miglobe.json.JsonProblem;
import de.miglobe.json.MiGlobeJsonException;
import de.miglobe.json.ProblemCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.List;

/**
 * The state of one read: whether unknown properties are allowed, and the problems found so far
 * with their JSON Pointers. Not thread-safe; one per read.
 */
public final class ReadContext {
  /** Reading stops after this many problems, so a hostile document cannot make the list huge. */
  public static final int MAX_PROBLEMS = 100;

  private final boolean allowUnknownProperties;
  private final List<JsonProblem> problems = new ArrayList<>();
  private static final AtomicInteger SLOTS = new AtomicInteger();
  private static final Pattern QUOTED = Pattern.compile("'[^']*'?");

  private TextCache[] caches = new TextCache[0];

  /**
   * @param allowUnknownProperties true to skip properties the format does not define
   */
  public ReadContext(boolean allowUnknownProperties) {
    this.allowUnknownProperties = allowUnknownProperties;
  }

  /** @return true if unknown properties are skipped instead of reported */
  boolean allowUnknownProperties() {
    return allowUnknownProperties;
  }

  /**
   * A slot for a codec whose values are worth remembering during a read; see {@link #known}.
   *
   * @return a slot number unique to the caller
   */
  static int newSlot() {
    return SLOTS.getAndIncrement();
  }

  /**
   * The table of values a codec built from texts earlier in this read, so that a repeated
   * identifier, code or phone number is checked once and shared (less time, less memory). Kept only
   * for the read: no personal data outlives it.
   *
   * @param slot the codec's slot, from {@link #newSlot()}
   * @return the table; never null
   */
  TextCache cache(int slot) {
    if (slot >= caches.length) {
      caches = Arrays.copyOf(caches, Math.max(slot + 1, SLOTS.get()));
    }
    TextCache cache = caches[slot];
    if (cache == null) {
      cache = new TextCache();
      caches[slot] = cache;
    }
    return cache;
  }

  /** @return true if any problem was recorded */
  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** @return the problems so far, in document order */
  public List<JsonProblem> problems() {
    return problems;
  }

  /**
   * Records a problem at the value on which the parser stands, and skips that value.
   *
   * @param p the parser, on the value's first token
   * @param code what kind of problem
   * @param message what is wrong, without personal data
   * @param <T> the type the caller would have returned
   * @return always null, so callers can {@code return r.problem(...)}
   * @throws IOException if skipping fails
   * @throws de.miglobe.json.MiGlobeJsonException when {@link #MAX_PROBLEMS} is reached
   */
  public <T> T problem(JsonParser p, ProblemCode code, String message) throws IOException {
    add(JsonProblem.of(pointerOfValue(p), code, message));
    p.skipChildren();
    return null;
  }

  /** Records a problem at an explicit pointer; skips nothing. */
  void problemAt(String pointer, ProblemCode code, String message) {
    add(JsonProblem.of(pointer, code, message));
  }

  private void add(JsonProblem problem) {
    problems.add(problem);
    if (problems.size() >= MAX_PROBLEMS) {
      throw new MiGlobeJsonException(problems, null);
    }
  }

  /**
   * Records a problem for a value of the wrong JSON type and skips it.
   *
   * @return always null
   */
  <T> T wrongType(JsonParser p, Codec<?> codec) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return problem(p, ProblemCode.NULL_VALUE, "must not be null; leave an absent value out");
    }
    return problem(
        p, ProblemCode.WRONG_TYPE, "must be " + codec.expected() + ", was " + describe(p.currentToken()));
  }

  /**
   * The exception for the low-level failure that stopped reading, with every problem found before.
   *
   * @param p the parser (for the location)
   * @param e the failure
   * @return the exception to throw
   */
  public MiGlobeJsonException fatal(JsonParser p, JsonProcessingException e) {
    String pointer = p == null ? "" : pointerOf(p.getParsingContext());
    if (e instanceof StreamConstraintsException) {
      problems.add(JsonProblem.of(pointer, ProblemCode.LIMIT_EXCEEDED, limitMessage(e)));
    } else {
      problems.add(JsonProblem.of(pointer, ProblemCode.SYNTAX_ERROR, syntaxMessage(e)));
    }
    return new MiGlobeJsonException(problems, e);
  }

  /**
   * Checks that nothing follows the document and throws if any problem was found.
   *
   * @param p the parser, positioned on the document's last token
   * @throws MiGlobeJsonException if the document had problems or trailing content
   * @throws IOException if the parser fails to read past the document
   */
  public void finish(JsonParser p) throws IOException {
    if (!hasProblems() && p.nextToken() != null) {
      problems.add(
          JsonProblem.of("", ProblemCode.TRAILING_CONTENT, "must end after the document's last brace"));
    }
    if (hasProblems()) {
      throw new MiGlobeJsonException(problems, null);
    }
  }

  /** The JSON Pointer of the value on whose first token the parser stands. */
  static String pointerOfValue(JsonParser p) {
    JsonStreamContext context = p.getParsingContext();
    JsonToken token = p.currentToken();
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)
        && context.getParent() != null) {
      context = context.getParent();
    }
    return pointerOf(context);
  }

  /** The JSON Pointer of the object or array that has just ended (parser on its end token). */
  static String pointerOfEnded(JsonParser p) {
    return pointerOf(p.getParsingContext());
  }

  static String pointerOf(JsonStreamContext context) {
    if (context.inObject() && context.getCurrentName() == null) {
      // An object whose first property is not yet known: the pointer of the object itself.
      return context.getParent() == null ? "" : pointerOf(context.getParent());
    }
    if (context.inArray() && !context.hasCurrentIndex()) {
      return context.getParent() == null ? "" : pointerOf(context.getParent());
    }
    return context.pathAsPointer().toString();
  }

  static String escape(String name) {
    return name.indexOf('~') < 0 && name.indexOf('/') < 0
        ? name
        : name.replace("~", "~0").replace("/", "~1");
  }

  private static String describe(JsonToken token) {
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      default:
        return "null";
    }
  }

  private static String limitMessage(JsonProcessingException e) {
    // Jackson's message names the limit and the setting; it contains no document content.
    String message = e.getOriginalMessage();
    int cut = message.indexOf(", from `");
    return "exceeds a reading limit: " + (cut > 0 ? message.substring(0, cut) + ")" : message);
  }

  private static String syntaxMessage(JsonProcessingException e) {
    // Jackson's message may quote the document ("Unrecognized token 'ada.yilmaz'"): keep only its
    // first clause and leave out whatever it quotes, which may be personal data.
    String message = e.getOriginalMessage();
    int cut = message.indexOf(':');
    String first = cut > 0 ? message.substring(0, cut) : message;
    int newline = first.indexOf('\n');
    first = newline > 0 ? first.substring(0, newline) : first;
    return "is not well-formed JSON: " + QUOTED.matcher(first).replaceAll("'…'");
  }
}
