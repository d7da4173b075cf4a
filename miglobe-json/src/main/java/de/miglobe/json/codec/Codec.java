package de.miglobe.json.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Map;

/**
 * Reads and writes one type of the model on the streaming level of jackson-core. Codecs are
 * immutable singletons and know nothing of jackson-databind, so the wire format does not depend on
 * a databind version (a Jackson 3 module can adapt the same definitions).
 *
 * @param <T> the type read and written
 */
public abstract class Codec<T> {
  private final String expected;

  /**
   * @param expected what the JSON value must be, for messages, for example {@code "a string"}
   */
  Codec(String expected) {
    this.expected = expected;
  }

  /**
   * Writes a value.
   *
   * @param value the value; not null
   * @param g where to write
   * @param w the options of this write
   * @throws IOException if the generator fails
   */
  public abstract void write(T value, JsonGenerator g, WriteContext w) throws IOException;

  /**
   * Reads a value whose first token is the parser's current token. On a problem the problem is
   * recorded in {@code r}, the value is skipped, and {@code null} is returned; reading continues so
   * that further problems are found.
   *
   * @param p the parser, positioned on the value's first token
   * @param r where problems are recorded
   * @return the value, or null if a problem was recorded
   * @throws IOException on a syntax error or an exceeded limit (fatal)
   */
  public abstract T read(JsonParser p, ReadContext r) throws IOException;

  /**
   * Describes the JSON values of this codec as a JSON Schema (draft 2020-12) fragment, registering
   * named definitions where the value has a name of its own.
   *
   * @param defs where named definitions are collected
   * @return the schema fragment, as nested maps and lists
   */
  public abstract Map<String, Object> schema(SchemaDefinitions defs);

  /** @return what the JSON value must be, for messages, for example {@code "a string"} */
  final String expected() {
    return expected;
  }
}
